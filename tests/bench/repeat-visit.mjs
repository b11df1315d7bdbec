// Benchmark: a repeat visit when the API is slow. The first visit loads the board fully, which
// writes the localStorage cache; the second, in the same browser context (same HTTP cache and
// localStorage), has every API request held 3 s. The board should paint the cached jobs without
// waiting for them. For the full-page board and the embed on the company site, no throttling,
// 1000x900. Prints the first painted job title (ms from navigation start); asserts nothing.
// Usage: node tests/bench/repeat-visit.mjs [runs=3]
import { delayApiViaCdp, delayApiViaRoute } from './lib/api-delay.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { addFirstTitleProbe, firstTitleStamp } from './lib/first-title-probe.mjs';
import { freePort } from './lib/free-port.mjs';
import { machineLine } from './lib/machine.mjs';
import { startMock } from './lib/mock-process.mjs';
import { addMetricsProbe, readySignal, VIEWPORT } from './lib/page-metrics.mjs';
import { medianSpread, table } from './lib/summary.mjs';

const runs = Number(process.argv[2] ?? 3);
const API_DELAY_MS = 3000;
const TIMEOUT_MS = 60_000;
const CACHE_PREFIX = 'tt-jobs:';
// How the second visit's API requests are held: the first keeps the HTTP cache; the second is
// the plain `page.route` way, which Playwright runs with the HTTP cache disabled.
const HOLDS = [
  { name: 'cdp', label: 'repeat visit, API held 3 s', hold: (page, cdp) => delayApiViaCdp(cdp, API_DELAY_MS) },
  { name: 'route', label: 'same, held by page.route (no HTTP cache)', hold: (page) => delayApiViaRoute(page, API_DELAY_MS) },
];

/** First title of a first visit (cold: a new context); returns once the page has written its localStorage cache. */
async function firstVisit(context, url) {
  const page = await context.newPage();
  try {
    const stamp = firstTitleStamp(page, TIMEOUT_MS);
    const ready = readySignal(page, TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const title = await stamp;
    await ready;
    // Polled from outside: this visit's timing is already taken.
    await page.waitForFunction((prefix) => Object.keys(localStorage).some((key) => key.startsWith(prefix)),
      CACHE_PREFIX, { timeout: TIMEOUT_MS });
    return title;
  } finally {
    await page.close();
  }
}

/** First title of the second visit, with the API held by `hold`; and how many requests were held. */
async function repeatVisit(context, url, hold) {
  const page = await context.newPage();
  try {
    const held = await hold.hold(page, await context.newCDPSession(page));
    const stamp = firstTitleStamp(page, TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const title = await stamp;
    return { title, held: held.count() };
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  }
}

async function measure(browser, kase) {
  const results = { first: [], ...Object.fromEntries(HOLDS.map((hold) => [hold.name, []])) };
  for (let run = 0; run < runs; run++) {
    for (const hold of HOLDS) {
      // A fresh context per pair of visits: empty cache and localStorage before the first.
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        await addFirstTitleProbe(context);
        await addMetricsProbe(context);
        results.first.push(await firstVisit(context, kase.url));
        results[hold.name].push(await repeatVisit(context, kase.url, hold));
      } finally {
        await context.close();
      }
    }
  }
  const ms = (value) => `${Math.round(value)} ms`;
  return [
    [kase.label, 'first visit (cold, API not held)', medianSpread(results.first, ms), '-'],
    ...HOLDS.map((hold) => [kase.label, hold.label, medianSpread(results[hold.name].map((visit) => visit.title), ms),
      medianSpread(results[hold.name].map((visit) => visit.held))]),
  ];
}

const mock = await startMock({ port: await freePort(), sitePort: await freePort() });
const browser = await launchChromium();
try {
  console.log(`repeat visit with a slow API: ${runs} runs per case, median (min–max); viewport ${VIEWPORT.width}x${VIEWPORT.height}, no throttling`);
  console.log(machineLine(browser));
  const rows = [['case', 'visit', 'first job title', 'API requests held by then']];
  for (const kase of [
    { label: 'full-page board (/)', url: `${mock.origin}/` },
    { label: 'embed on the company site (/)', url: `${mock.siteOrigin}/` },
  ]) {
    rows.push(...await measure(browser, kase));
  }
  console.log(`\n${table(rows)}`);
  console.log(`\n${machineLine(browser)} (at the end)`);
} finally {
  await browser.close();
  mock.stop();
}
