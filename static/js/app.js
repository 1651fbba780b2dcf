// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Idle logoff: after the idle limit, reload so the server's logoff takes effect and the
  // sign-in page replaces any clinical content left on screen.
  var minutes = parseInt(document.body.dataset.idleMinutes || "0", 10);
  if (minutes > 0) {
    var timer;
    var reset = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { window.location.reload(); }, (minutes * 60 + 5) * 1000);
    };
    ["keydown", "pointerdown", "htmx:afterRequest"].forEach(function (name) {
      document.addEventListener(name, reset, { passive: true });
    });
    reset();
  }
})();
