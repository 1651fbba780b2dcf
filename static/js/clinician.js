// Progressive enhancements of the clinician pages; every page works without this file.
(function () {
  "use strict";

  // Live character count under the disclosure text.
  function updateCount(textarea) {
    var counter = document.getElementById("text-count");
    if (!counter) { return; }
    var limit = parseInt(counter.dataset.limit || "0", 10);
    var length = textarea.value.length;
    counter.textContent = length.toLocaleString() + " of " + limit.toLocaleString() + " characters";
    counter.classList.toggle("field-error", length > limit);
  }

  function init() {
    var text = document.getElementById("id_text");
    if (text && document.getElementById("text-count")) {
      text.addEventListener("input", function () { updateCount(text); });
      updateCount(text);
    }
    // After a page that reports errors loads, start at the error summary.
    var summary = document.querySelector("[data-autofocus]");
    if (summary) { summary.focus(); }
  }

  // htmx answers a form with errors with 4xx; on the clinician's forms those answers hold
  // the form with its messages, so swap them in like a success.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var origin = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.detail.elt;
    if ((status === 409 || status === 422) && origin && origin.closest("[data-clinician-form]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Keep focus somewhere sensible when the element that had it was swapped away
  // (a pagination link, the reply form): move it to the region that was replaced.
  document.addEventListener("htmx:afterSwap", function (event) {
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) { return; }
    var target = event.detail.target;
    var region = target && target.id ? document.getElementById(target.id) : null;
    if (region && region.hasAttribute("tabindex")) { region.focus(); }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
