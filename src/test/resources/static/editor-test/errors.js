// Script errors and refused loads (a module missing, a CSP refusal), for a failing test to report.
window.editorTestErrors = [];
window.addEventListener("error", function (e) {
  window.editorTestErrors.push(e.message || "could not load " + (e.target && (e.target.src || e.target.href)));
}, true);
document.addEventListener("securitypolicyviolation", function (e) {
  window.editorTestErrors.push("CSP refused " + e.blockedURI + " (" + e.violatedDirective + ")");
});
