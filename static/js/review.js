// Progressive enhancements of the review pages; every page works without this file.
(function () {
  "use strict";

  // After an entry is swapped into the panel, move focus to its heading so keyboard and
  // screen-reader users land on what they opened; mark the chosen row in the list.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target) { return; }
    var panel = document.getElementById("review-panel");
    if (panel && target.id === "review-panel") {
      var layout = document.querySelector(".review-layout");
      if (layout && panel.querySelector(".entry-header")) { layout.classList.add("review-layout--open"); }
      var alert = panel.querySelector("[role=alert]");
      var heading = alert || panel.querySelector("#review-panel-heading");
      if (heading) {
        if (!heading.hasAttribute("tabindex")) { heading.setAttribute("tabindex", "-1"); }
        heading.focus({ preventScroll: false });
      }
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".entry-link") : null;
    if (!link) { return; }
    document.querySelectorAll("#queue-table tr.is-selected").forEach(function (row) {
      row.classList.remove("is-selected");
    });
    document.querySelectorAll("#queue-table .entry-link[aria-current]").forEach(function (other) {
      other.removeAttribute("aria-current");
    });
    var row = link.closest("tr");
    if (row) { row.classList.add("is-selected"); }
    link.setAttribute("aria-current", "true");
  });
})();
