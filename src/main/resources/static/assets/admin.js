// Newsroom screens: small progressive enhancements only; every form works without this file.
(function () {
  // Buttons marked data-confirm ask before submitting their form.
  document.addEventListener("submit", function (e) {
    var b = e.submitter;
    if (b && b.dataset.confirm && !window.confirm(b.dataset.confirm)) e.preventDefault();
  });
})();
