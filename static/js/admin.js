// Progressive enhancements of the admin pages; every page works without this file.
(function () {
  "use strict";

  // After htmx replaces a region, move focus to the news so keyboard and screen-reader
  // users land on it: the thresholds preview, the chain verification result.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.elt;
    if (!target || !target.id) { return; }
    if (target.id === "thresholds-form") {
      var preview = document.getElementById("preview");
      if (preview && preview.children.length) { preview.focus(); }
    } else if (target.id === "verify-result") {
      target.focus();
    }
  });

  // A threshold edited after the preview makes the preview stale: the save button waits
  // for a new preview (the server checks this too).
  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#thresholds-form");
    if (!form) { return; }
    var save = form.querySelector("button[value='save']");
    if (save && !save.disabled) {
      save.disabled = true;
      save.textContent = "Preview again to save these values";
    }
  });
})();
