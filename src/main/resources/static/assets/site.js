// Relative times ("4 hours ago") computed in the browser, so cached pages stay right; the absolute time stays in the title.
(function () {
  function rel(ms) {
    var m = Math.floor(ms / 60000);
    if (m < 1) return "just now";
    if (m < 60) return m + (m === 1 ? " minute ago" : " minutes ago");
    var h = Math.floor(m / 60);
    if (h < 24) return h + (h === 1 ? " hour ago" : " hours ago");
    var d = Math.floor(h / 24);
    return d < 8 ? d + (d === 1 ? " day ago" : " days ago") : null;
  }
  function update() {
    var now = Date.now();
    document.querySelectorAll("time[data-relative]").forEach(function (t) {
      if (!t.dataset.absolute) t.dataset.absolute = t.textContent;
      var r = rel(now - Date.parse(t.getAttribute("datetime")));
      t.textContent = r || t.dataset.absolute;
      t.title = t.dataset.absolute;
    });
  }
  document.addEventListener("DOMContentLoaded", function () { update(); setInterval(update, 60000); });
})();
