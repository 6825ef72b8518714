/*
 * 冰城反诈 — loaded first by the service worker (importScripts in astro.config.mjs).
 * Workbox calls Promise.allSettled, which iOS Safari 12 (the supported floor) lacks. Written by
 * hand: one function, and a polyfill library would be larger than the worker's own code.
 */
if (typeof Promise.allSettled !== 'function') {
  Promise.allSettled = function (items) {
    return Promise.all(
      Array.prototype.map.call(items, function (item) {
        return Promise.resolve(item).then(
          function (value) {
            return { status: 'fulfilled', value: value };
          },
          function (reason) {
            return { status: 'rejected', reason: reason };
          },
        );
      }),
    );
  };
}
