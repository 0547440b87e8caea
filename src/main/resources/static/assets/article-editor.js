// The article editor (admin/article-editor.jte): autosave, a warning before leaving unsaved changes, bylines
// reordered in place, and an image picker on the media library. The form works without any of this.
(function () {
  "use strict";
  var form = document.getElementById("article-form");
  if (!form) return;
  var status = document.getElementById("autosave-status");
  var csrfHeader = document.querySelector("meta[name=csrf-header]").content;
  var csrfToken = document.querySelector("meta[name=csrf-token]").content;
  var changes = 0, saved = 0, submitting = false, stopped = false, timer = null;
  var AUTOSAVE_DELAY = 3000;

  function say(text, link) {
    if (!status) return;
    status.textContent = text;
    if (link) {
      var a = document.createElement("a");
      a.href = link; a.target = "_blank"; a.rel = "noopener"; a.textContent = " See what they changed.";
      status.appendChild(a);
    }
  }

  function changed() {
    changes++;
    if (form.dataset.autosave && !stopped) {
      clearTimeout(timer);
      timer = setTimeout(autosave, AUTOSAVE_DELAY);
    }
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  // Leaving with unsaved changes asks first; pressing one of the form's own buttons is not leaving.
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (e) {
    if (!submitting && changes > saved) { e.preventDefault(); e.returnValue = ""; }
  });

  function setVersion(v) {
    document.querySelectorAll("input[name=version]").forEach(function (i) { i.value = v; });
  }

  function autosave() {
    if (submitting || stopped || changes === saved) return;
    var upTo = changes;
    var body = new URLSearchParams(new FormData(form));
    body.delete("addByline");
    say("Saving…");
    var headers = { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" };
    headers[csrfHeader] = csrfToken;
    fetch(form.dataset.autosave, { method: "POST", headers: headers, body: body, credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (json) { return { status: r.status, json: json }; }); })
      .then(function (r) {
        if (r.status === 200) {
          setVersion(r.json.version);
          saved = Math.max(saved, upTo);
          say("Saved automatically, " + r.json.savedAt + ".");
        } else if (r.status === 409) {
          stopped = true;
          say(r.json.message + " Automatic saving has stopped; press Save to decide.", r.json.compare);
        } else {
          say(r.json.message || "Not saved automatically.");
        }
      })
      .catch(function () { say("Could not save automatically. Your changes are still here; press Save."); });
  }

  // Bylines: move, remove and add in place instead of reloading the page.
  var list = form.querySelector("[data-byline-list]");
  var picker = form.querySelector("#addByline");
  function renumber() {
    var items = list.querySelectorAll("[data-byline]");
    items.forEach(function (li, i) {
      li.querySelector("[data-move=up]").disabled = i === 0;
      li.querySelector("[data-move=down]").disabled = i === items.length - 1;
    });
  }
  function bylineItem(slug, name) {
    var li = document.createElement("li");
    li.setAttribute("data-byline", "");
    var input = document.createElement("input");
    input.type = "hidden"; input.name = "bylines"; input.value = slug;
    var label = document.createElement("span");
    label.className = "byline-name"; label.textContent = name;
    var buttons = document.createElement("span");
    buttons.className = "byline-buttons";
    [["up", "↑", "Move " + name + " up"], ["down", "↓", "Move " + name + " down"], ["remove", "Remove", "Remove " + name]]
      .forEach(function (b) {
        var button = document.createElement("button");
        button.type = "submit"; button.name = "byline"; button.className = "small secondary";
        button.setAttribute("data-move", b[0]); button.textContent = b[1]; button.setAttribute("aria-label", b[2]);
        buttons.appendChild(button);
      });
    li.append(input, label, buttons);
    return li;
  }
  form.addEventListener("click", function (e) {
    var button = e.target.closest("button[data-move]");
    if (!button || !list) return;
    e.preventDefault();
    var move = button.getAttribute("data-move");
    var li = button.closest("[data-byline]");
    if (move === "up" && li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
    else if (move === "down" && li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
    else if (move === "remove") {
      var slug = li.querySelector("input").value, name = li.querySelector(".byline-name").textContent;
      li.remove();
      picker.add(new Option(name, slug));
    } else if (move === "add" && picker.value) {
      var option = picker.selectedOptions[0];
      list.appendChild(bylineItem(option.value, option.textContent.replace(/ \(desk\)$/, "")));
      option.remove();
      picker.value = "";
    } else return;
    renumber();
    var focus = move === "add" ? picker : (li && li.isConnected ? li.querySelector("[data-move=" + move + "]") : picker);
    if (focus && !focus.disabled) focus.focus();
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });

  // Images: a picker on the media library beside each image number field.
  form.querySelectorAll("[data-image-field]").forEach(function (section) {
    var kind = section.getAttribute("data-image-field");
    var idField = section.querySelector(kind === "lead" ? "#leadMediaId" : "#socialMediaId");
    if (!idField || idField.disabled) return;
    var open = document.createElement("button");
    open.type = "button"; open.className = "secondary small"; open.textContent = "Choose from the library…";
    idField.insertAdjacentElement("afterend", open);
    open.addEventListener("click", function () { pickImage(function (item) {
      idField.value = item.id;
      if (kind === "lead") {
        [["#leadAlt", item.alt], ["#leadCaption", item.caption], ["#leadCredit", item.credit]].forEach(function (f) {
          var input = section.querySelector(f[0]);
          if (input && !input.value && f[1]) input.value = f[1];
        });
      }
      var img = section.querySelector("img.image-preview");
      if (!img) {
        img = document.createElement("img"); img.className = "image-preview"; img.alt = "";
        section.querySelector("h2").insertAdjacentElement("afterend", img);
      }
      img.src = item.src;
      form.dispatchEvent(new Event("input", { bubbles: true }));
    }); });
  });

  function pickImage(chosen) {
    var dialog = document.createElement("dialog");
    dialog.className = "picker";
    dialog.setAttribute("aria-label", "Choose an image");
    dialog.innerHTML = '<form method="dialog" class="picker-search"><label for="picker-q">Search the library</label>'
      + '<input id="picker-q" type="search" placeholder="Caption, credit, alt text or file name">'
      + '<button type="submit" class="secondary" value="search">Search</button><button type="submit" value="close" class="link">Close</button></form>'
      + '<p class="hint picker-status" role="status"></p><ul class="picker-grid"></ul>'
      + '<details><summary>Upload a new image</summary><div class="picker-upload form">'
      + '<label for="picker-file">File</label><input id="picker-file" type="file" accept="image/jpeg,image/png,image/webp">'
      + '<label for="picker-alt">Alt text</label><input id="picker-alt" type="text">'
      + '<label for="picker-caption">Caption</label><input id="picker-caption" type="text">'
      + '<label for="picker-credit">Credit</label><input id="picker-credit" type="text">'
      + '<button type="button" class="secondary picker-send">Upload</button></div></details>';
    document.body.appendChild(dialog);
    var q = dialog.querySelector("#picker-q"), grid = dialog.querySelector(".picker-grid");
    var note = dialog.querySelector(".picker-status");
    function pick(item) { chosen(item); dialog.close(); }
    function show(items) {
      grid.textContent = "";
      items.forEach(function (item) {
        var li = document.createElement("li"), b = document.createElement("button"), img = document.createElement("img");
        b.type = "button"; b.className = "picker-item";
        img.src = item.src; img.alt = item.alt || "";
        b.append(img, document.createTextNode(item.caption || item.alt || ("Image " + item.id)));
        b.addEventListener("click", function () { pick(item); });
        li.appendChild(b); grid.appendChild(li);
      });
      note.textContent = items.length ? "" : "No images match.";
    }
    function search() {
      note.textContent = "Searching…";
      fetch("/admin/media/search.json?page=1&q=" + encodeURIComponent(q.value), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (json) { show(json.items || []); })
        .catch(function () { note.textContent = "The media library cannot be searched just now. Type the image number instead."; });
    }
    dialog.querySelector(".picker-search").addEventListener("submit", function (e) {
      if (e.submitter && e.submitter.value === "search") { e.preventDefault(); search(); }
    });
    dialog.querySelector(".picker-send").addEventListener("click", function () {
      var file = dialog.querySelector("#picker-file").files[0];
      if (!file) { note.textContent = "Choose a file first."; return; }
      var data = new FormData();
      data.append("file", file);
      ["alt", "caption", "credit"].forEach(function (f) { data.append(f, dialog.querySelector("#picker-" + f).value); });
      var headers = { "Accept": "application/json" };
      headers[csrfHeader] = csrfToken;
      note.textContent = "Uploading…";
      fetch("/admin/media", { method: "POST", headers: headers, body: data, credentials: "same-origin" })
        .then(function (r) { return r.json().then(function (json) { return { ok: r.status === 201, json: json }; }); })
        .then(function (r) { if (r.ok) pick(r.json); else note.textContent = r.json.detail || "The upload was refused."; })
        .catch(function () { note.textContent = "The upload failed."; });
    });
    dialog.addEventListener("close", function () { dialog.remove(); });
    dialog.showModal();
    search();
  }
})();
