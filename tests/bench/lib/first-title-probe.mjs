// The init script that stamps the first job title, run in the page before any of its scripts,
// and the bench's side of it.

/** How the console message that carries the stamp starts: the bench reads it without running anything in the page. */
const MARKER = '__benchFirstTitleMs ';

/** Adds the probe to every page of `context`. */
export function addFirstTitleProbe(context) {
  return context.addInitScript(firstTitleProbe, MARKER);
}

/**
 * Writes `marker` and `performance.now()` (ms since navigation start, the page's own clock)
 * to the console in the first animation frame where a `.tt-job .tt-job-title` has text and a
 * layout box: the frame that paints it. Polling per frame reads the same for a static page, a
 * light-DOM board and a shadow-DOM embed; a MutationObserver would see neither layout nor
 * shadow roots. Serialised by Playwright, so it must not close over anything: the marker
 * comes as its argument.
 */
function firstTitleProbe(marker) {
  if (window !== window.top) return;
  const roots = [document];
  // The embed renders into a shadow root, which document.querySelector does not reach.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };
  const titleShown = () => roots.some((root) => {
    const title = root.querySelector('.tt-job .tt-job-title');
    return title !== null && title.textContent.trim() !== '' && title.getBoundingClientRect().height > 0;
  });
  const poll = () => {
    if (titleShown()) console.debug(`${marker}${performance.now()}`);
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Resolves to the first-title stamp of `page`'s next load, read from the console message the
 * probe writes. Call it before navigating. Polling from outside (`page.waitForFunction`) would
 * first install Playwright's injected script in the page: ~20 ms of main-thread work on
 * loopback (a trace showed it), landing in the middle of the widget's load but after the
 * static page had already painted.
 */
export function firstTitleStamp(page, timeout) {
  return page
    .waitForEvent('console', { predicate: (message) => message.text().startsWith(MARKER), timeout })
    .then((message) => Number(message.text().slice(MARKER.length)));
}
