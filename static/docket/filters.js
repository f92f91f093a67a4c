// Live filter forms (hx-get with hx-push-url): one search makes one request and one
// history entry. Typing then pressing Enter raises a keyup, a change and a submit, and
// each would be its own request; a request whose filters are those already asked for
// is dropped here. A served file, since the Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  var asked = new WeakMap();

  function query(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-live-filter]").forEach(function (form) {
      asked.set(form, query(form));
    });
  });

  document.addEventListener("htmx:confirm", function (event) {
    var form = event.detail.elt;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-live-filter")) {
      return;
    }
    var wanted = query(form);
    if (asked.get(form) === wanted) {
      event.preventDefault();
      return;
    }
    asked.set(form, wanted);
  });
})();
