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

  // Optional quick choices can be un-picked: each group's Clear button shows while a choice
  // is picked; clearing counts as input, so the live feedback follows.
  function wireClearButtons(root) {
    root.querySelectorAll("[data-clear-choice]:not([data-wired])").forEach(function (button) {
      var group = button.closest("fieldset");
      var sync = function () { button.hidden = !group.querySelector("input[type=radio]:checked"); };
      button.dataset.wired = "true";
      group.addEventListener("change", sync);
      button.addEventListener("click", function () {
        group.querySelectorAll("input[type=radio]:checked").forEach(function (radio) { radio.checked = false; });
        sync();
        group.querySelector("input[type=radio]").focus();
        group.dispatchEvent(new Event("input", { bubbles: true }));
      });
      sync();
    });
  }

  // A form swapped in by htmx (one returned with errors) gets its buttons wired too.
  document.addEventListener("htmx:load", function (event) { wireClearButtons(event.target); });

  function init() {
    var text = document.getElementById("id_text");
    if (text && document.getElementById("text-count") && !text.dataset.wired) {
      text.dataset.wired = "true";
      text.addEventListener("input", function () { updateCount(text); });
      updateCount(text);
    }
    wireClearButtons(document);
    // After a page that reports errors loads, start at the error summary.
    var summary = document.querySelector("[data-autofocus]");
    if (summary) { summary.focus(); }
  }

  // htmx answers a form with errors with 4xx; on the clinician's forms those answers hold
  // the form with its messages, so swap them in like a success. A 410 holds the new-entry
  // form with what was typed on a draft deleted in another tab.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var origin = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.detail.elt;
    var kept = status === 409 || status === 410 || status === 422;
    if (kept && origin && origin.closest("[data-clinician-form]")) {
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

  // A whole page swapped in by htmx is set up like one loaded by the browser.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.target === document.body) { init(); }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
