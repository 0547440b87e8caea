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

// One view of an article page for "Most read" (stats.ViewBeacon): its number only, no cookie sent or set.
// Counted from the page so that pages from the page cache or a CDN count too; a prerendered page waits until shown.
(function () {
  var article = document.querySelector("article[data-article-id]");
  if (!article) return;
  var url = "/stats/view/" + article.getAttribute("data-article-id");
  function send() {
    if (window.fetch) fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(function () {});
    else if (navigator.sendBeacon) navigator.sendBeacon(url);
  }
  if (document.prerendering) document.addEventListener("prerenderingchange", send, { once: true });
  else send();
})();
