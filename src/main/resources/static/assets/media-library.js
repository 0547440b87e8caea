// The media library's uploader: files dropped on the page or picked are sent one by one to POST /admin/media
// (JSON), each with a progress bar and its own error. Without this script the upload form posts as usual.
(function () {
  "use strict";
  var panel = document.querySelector("[data-uploader]");
  if (!panel) return;
  var form = panel.querySelector("form");
  var input = form.querySelector("input[type=file]");
  var list = panel.querySelector(".uploads");
  var overlay = panel.querySelector(".drop-overlay");
  var maxBytes = Number(panel.dataset.maxBytes);
  var limit = panel.dataset.limit;
  var header = document.querySelector("meta[name=csrf-header]").content;
  var token = document.querySelector("meta[name=csrf-token]").content;
  var queue = [];
  var busy = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function add(files) {
    Array.prototype.forEach.call(files, function (file) {
      var row = el("li", "waiting");
      var bar = el("progress");
      bar.max = 100;
      bar.value = 0;
      var state = el("span", "state", "Waiting…");
      row.append(el("span", "name", file.name), bar, state);
      list.append(row);
      if (file.size > maxBytes) {
        fail(row, "Larger than the " + limit + " limit for each image; not sent.");
      } else {
        queue.push({ file: file, row: row, bar: bar, state: state });
      }
    });
    next();
  }

  function fail(row, message) {
    row.className = "failed";
    row.querySelector("progress").remove();
    row.querySelector(".state").textContent = message;
  }

  function next() {
    if (busy || queue.length === 0) return;
    busy = true;
    send(queue.shift(), function () { busy = false; next(); });
  }

  function send(job, done) {
    var body = new FormData();
    body.append("file", job.file);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/admin/media");
    xhr.setRequestHeader(header, token);
    xhr.setRequestHeader("Accept", "application/json");
    job.row.className = "sending";
    job.state.textContent = "Uploading…";
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) job.bar.value = Math.round(100 * e.loaded / e.total);
    };
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON: say the status */ }
      if (xhr.status === 201) {
        job.bar.value = 100;
        job.row.className = "done";
        job.state.textContent = "";
        var link = el("a", null, "Uploaded: add alt text");
        link.href = "/admin/media/" + answer.id;
        job.state.append(link);
        show(answer, job.file.name);
      } else {
        fail(job.row, answer.detail || "The server refused it (" + xhr.status + ").");
      }
      done();
    };
    xhr.onerror = function () {
      fail(job.row, "The connection broke off; try again.");
      done();
    };
    xhr.send(body);
  }

  // The new image goes first in the grid, marked as lacking alt text until someone writes one.
  function show(item, name) {
    var grid = document.getElementById("media-grid");
    var card = el("li", "media-card fresh");
    var a = el("a");
    a.href = "/admin/media/" + item.id;
    var img = el("img");
    img.src = item.src;
    img.alt = item.alt || "";
    a.append(img, el("span", "label", item.caption || name));
    card.append(a, el("span", "facts", item.width + " × " + item.height));
    if (!item.alt) card.append(el("span", "tag warn", "No alt text"));
    grid.prepend(card);
    var empty = document.querySelector(".empty");
    if (empty) empty.remove();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    add(input.files);
    form.reset();
  });
  input.addEventListener("change", function () {
    add(input.files);
    form.reset();
  });

  function carriesFiles(e) {
    return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, "Files") >= 0;
  }
  var depth = 0;
  document.addEventListener("dragenter", function (e) {
    if (!carriesFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", function () {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener("dragover", function (e) {
    if (carriesFiles(e)) e.preventDefault();
  });
  document.addEventListener("drop", function (e) {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    add(e.dataTransfer.files);
  });
})();
