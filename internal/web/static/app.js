// Progressive enhancement only: every page reads without this script.
// After following a link to a claim (#ID), move keyboard focus to its
// sentence so screen readers announce it.
(function () {
  function focusTarget() {
    if (!location.hash) return;
    var id = decodeURIComponent(location.hash.slice(1));
    var el = document.getElementById(id);
    if (!el) return;
    var s = el.closest('.sentence') || el;
    s.setAttribute('tabindex', '-1');
    s.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', focusTarget);
  document.addEventListener('DOMContentLoaded', focusTarget);
})();
