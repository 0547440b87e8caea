// Test only (journeys.EditorTestPage): the editor calls the endpoints of its contract; this sends the call whose
// endpoint is not built yet (the article search of the editor page) to the test page's stand-in, so the editor's
// own code runs unchanged. The media picker's calls go to the real endpoints.
(function () {
  var routes = {
    "/admin/articles/search.json": "/admin/editor-test/articles/search.json"
  };
  function reroute(url) {
    var at = url.indexOf("?");
    var path = at < 0 ? url : url.slice(0, at);
    return routes[path] ? routes[path] + (at < 0 ? "" : url.slice(at)) : url;
  }
  var fetch = window.fetch;
  window.fetch = function (input, init) {
    return fetch.call(window, typeof input === "string" ? reroute(input) : input, init);
  };
})();

// Script errors and refused loads (a module missing, a CSP refusal), for a failing test to report.
window.editorTestErrors = [];
window.addEventListener("error", function (e) {
  window.editorTestErrors.push(e.message || "could not load " + (e.target && (e.target.src || e.target.href)));
}, true);
document.addEventListener("securitypolicyviolation", function (e) {
  window.editorTestErrors.push("CSP refused " + e.blockedURI + " (" + e.violatedDirective + ")");
});
