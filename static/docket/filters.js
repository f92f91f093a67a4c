// Live filter forms (hx-get with hx-push-url): one search makes one request and one
// history entry. Typing then pressing Enter raises a keyup, a change and a submit, and
// each would be its own request; a request whose filters are those already asked for
// is dropped here. A served file, since the Content-Security-Policy allows no inline script.
//
// Back and Forward between those entries reload the page from the server (htmx keeps no
// history cache). A Back pressed while a page is still loading, before htmx listens for it,
// changes the address but not the page: the form and results would be for another search.
// Once ready, a page whose address is not the one it was rendered for reloads itself.
(function () {
  "use strict";
  var asked = new WeakMap();

  function query(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function sameAddress(a, b) {
    return (
      a.pathname === b.pathname &&
      new URLSearchParams(a.search).toString() === new URLSearchParams(b.search).toString()
    );
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-live-filter]").forEach(function (form) {
      asked.set(form, query(form));
      var renderedFor = new URL(form.dataset.renderedFor, location.href);
      if (!sameAddress(renderedFor, location)) {
        location.reload();
      }
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
