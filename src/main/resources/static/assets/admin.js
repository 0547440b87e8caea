// Newsroom screens: small progressive enhancements only; every form works without this file.
(function () {
  // Buttons marked data-confirm ask before submitting their form.
  document.addEventListener("submit", function (e) {
    var b = e.submitter;
    if (b && b.dataset.confirm && !window.confirm(b.dataset.confirm)) e.preventDefault();
  });
  // Buttons marked data-copy="ID" copy that field's value (a secret shown once); hidden without this file.
  document.querySelectorAll("button[data-copy]").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      var field = document.getElementById(b.dataset.copy);
      navigator.clipboard.writeText(field.value).then(function () { b.textContent = "Copied"; },
        function () { field.select(); });
    });
  });
})();
