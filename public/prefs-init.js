/*
 * 冰城反诈 — reading preferences, applied before the first paint (no flash of small text).
 * Loaded as a plain blocking <script src> in <head> (CSP: no inline scripts). It reads the
 * reader's saved choice from localStorage (no cookies, nothing leaves the device) and sets
 * data-text-size / data-contrast on <html>; global.css does the rest. With no saved contrast
 * choice, the system's "increase contrast" setting (prefers-contrast: more) turns it on.
 * src/scripts/reading-controls.ts writes the same key; keep the two in step.
 */
(function () {
  var html = document.documentElement;
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('bingcheng-reading') || '{}') || {};
  } catch (e) {
    /* storage blocked (private mode, some in-app browsers): standard settings */
  }
  if (prefs.size === 'large' || prefs.size === 'xlarge') html.setAttribute('data-text-size', prefs.size);
  var high =
    prefs.contrast === 'high' ||
    (prefs.contrast === undefined && window.matchMedia && matchMedia('(prefers-contrast: more)').matches);
  if (high) html.setAttribute('data-contrast', 'high');
  html.setAttribute('data-js', '');
})();
