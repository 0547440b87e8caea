// A running send's page: its figures refreshed from the send's JSON every few seconds; the whole page reloads once
// the send has ended, to show the report. Without this file a reload shows the same figures.
(function () {
  var panel = document.querySelector("[data-progress]");
  if (!panel) return;
  var head = document.querySelector("[data-field=state]");
  function show(p) {
    document.querySelectorAll("[data-field]").forEach(function (el) {
      var v = p[el.dataset.field];
      if (typeof v === "string") el.textContent = v;
    });
    if (head) head.className = "tag " + p.stateClass;
    panel.querySelector("progress").value = p.percent;
  }
  function tick() {
    fetch(panel.dataset.progress, {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) return setTimeout(tick, 5000);
        show(p);
        if (p.running) setTimeout(tick, 2000); else window.location.reload();
      }, function () { setTimeout(tick, 5000); });
  }
  setTimeout(tick, 2000);
})();
