// An init script that records what the browser reports about a load (LCP, first paint, long
// tasks, layout shifts) and when the widget fired `teamtailor:ready`, and the bench's side of it.
import { applyProfile } from './profiles.mjs';

/** The viewport of every page these benchmarks load (a laptop window, the board's two-column width). */
export const VIEWPORT = { width: 1000, height: 900 };

/** 4x CPU, no network throttling: DevTools' "4x slowdown", on loopback. */
export const CPU_4X = { name: 'cpu4x', label: '4x CPU', network: null, cpuRate: 4 };
export const UNTHROTTLED = { name: 'none', label: 'no throttling', network: null, cpuRate: 1 };

/** How the console message that says `teamtailor:ready` fired starts (see first-title-probe.mjs for why the console). */
const READY_MARKER = '__benchReadyMs ';

/** Adds the probe (and so `readySignal`) to every page of `context`. */
export function addMetricsProbe(context) {
  return context.addInitScript(metricsProbe, READY_MARKER);
}

/** A new context at VIEWPORT with the probe, and its first page under `profile`. */
export async function newProbedPage(browser, profile = UNTHROTTLED, contextOptions = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...contextOptions });
  await addMetricsProbe(context);
  const page = await context.newPage();
  await applyProfile(await context.newCDPSession(page), profile);
  return { context, page };
}

/**
 * Observers installed before any of the page's scripts run, so nothing has to be buffered
 * (buffered: true is there anyway). Everything lands in `window.__benchMetrics`, read once the
 * measuring window is over. Serialised by Playwright: it must not close over anything.
 */
function metricsProbe(readyMarker) {
  if (window !== window.top) return;
  const metrics = { fcp: null, lcp: null, lcpElement: null, longTasks: [], shifts: [], readyMs: null, unsupported: [] };
  window.__benchMetrics = metrics;
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : '?';
    const classes = [...node.classList].slice(0, 2).map((name) => `.${name}`).join('');
    return `${node.localName}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      metrics.unsupported.push(type);
    }
  };
  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') metrics.fcp = entry.startTime; });
  // The last candidate is the LCP; startTime is its renderTime (or loadTime).
  observe('largest-contentful-paint', (entry) => {
    metrics.lcp = entry.startTime;
    metrics.lcpElement = describe(entry.element);
  });
  observe('longtask', (entry) => metrics.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  // Shifts right after a click or key press are expected and excluded from CLS.
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    metrics.shifts.push({ start: entry.startTime, value: entry.value,
      sources: (entry.sources ?? []).map((source) => describe(source.node)) });
  });
  // The event bubbles and is composed, so the document hears the embed's shadow-DOM board too.
  document.addEventListener('teamtailor:ready', () => {
    metrics.readyMs = performance.now();
    console.debug(`${readyMarker}${metrics.readyMs}`);
  }, { once: true });
}

/** Resolves (to Date.now()) when `page` says `teamtailor:ready` fired; call before navigating (needs addMetricsProbe). */
export function readySignal(page, timeout) {
  return page.waitForEvent('console', { predicate: (message) => message.text().startsWith(READY_MARKER), timeout })
    .then(() => Date.now());
}

/**
 * Loads `url` in `page` and returns `window.__benchMetrics` at whichever is later: `afterLoadMs`
 * after the load event, or (when `expectReady`) `afterReadyMs` after `teamtailor:ready`.
 * Nothing is evaluated in the page until then, so the bench adds no work to the measured window.
 */
export async function loadAndCollect(page, url, { afterLoadMs, afterReadyMs = 0, expectReady, timeout = 60_000 }) {
  // Settled to a value so a timeout while goto is still running is not an unhandled rejection.
  const ready = expectReady ? readySignal(page, timeout).catch((error) => error) : null;
  await page.goto(url, { waitUntil: 'load', timeout });
  const loadedAt = Date.now();
  const readyAt = ready ? await ready : -Infinity;
  if (readyAt instanceof Error) throw new Error(`no teamtailor:ready from ${url}: ${readyAt.message}`);
  await sleep(Math.max(loadedAt + afterLoadMs, readyAt + afterReadyMs) - Date.now());
  const metrics = await page.evaluate(() => window.__benchMetrics);
  // A figure of 0 from an observer that never ran would read as a perfect score.
  if (metrics.unsupported.length) throw new Error(`this Chromium does not observe ${metrics.unsupported.join(', ')}`);
  return metrics;
}

/**
 * Total time beyond 50 ms per long task after first contentful paint, as Lighthouse counts TBT:
 * a task that started before FCP counts only with its part after it.
 */
export function blockingAfterFcp(metrics) {
  return metrics.longTasks.reduce((total, task) => {
    const start = Math.max(task.start, metrics.fcp ?? 0);
    return total + Math.max(0, task.start + task.duration - start - 50);
  }, 0);
}

/** Sum of the layout shifts without recent input (every shift, not CLS's largest session window). */
export const layoutShiftSum = (metrics) => metrics.shifts.reduce((total, shift) => total + shift.value, 0);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Loads each URL once, unthrottled, until `teamtailor:ready`: pages in the mock's files and
 * Chromium's code so the first counted run is not the only cold one.
 */
export async function warmUp(browser, urls) {
  for (const url of urls) {
    const { context, page } = await newProbedPage(browser);
    try {
      await loadAndCollect(page, url, { afterLoadMs: 0, expectReady: true });
    } finally {
      await context.close();
    }
  }
}
