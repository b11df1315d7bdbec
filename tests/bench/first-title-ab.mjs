// A/B benchmark: the first job title of two builds of the widget, loaded in turns, so that a
// change of a few milliseconds shows through this VM's noise (the loopback figures of
// first-title.mjs move by tens of ms between runs). Each build gets its own mock; every round
// loads the static page, then each build's embed and full-page board, each in a new browser
// context. Prints medians and the ratio to the static page; asserts nothing.
// Usage: node tests/bench/first-title-ab.mjs <dist A> <dist B> [loads=25] [port=18120] [profile=loopback]
// (profile: a name from lib/profiles.mjs, `loopback` or `slow4g`)
import { launchChromium } from './lib/chromium.mjs';
import { addFirstTitleProbe, firstTitleStamp } from './lib/first-title-probe.mjs';
import { applyProfile, PROFILES } from './lib/profiles.mjs';
import { startMock } from './lib/mock-process.mjs';
import { median, table } from './lib/summary.mjs';

const [distA, distB] = process.argv.slice(2, 4);
if (!distA || !distB) throw new Error('usage: first-title-ab.mjs <dist A> <dist B> [loads] [port]');
const loads = Number(process.argv[4] ?? 25);
const port = Number(process.argv[5] ?? 18120);
const profile = PROFILES.find((known) => known.name === (process.argv[6] ?? 'loopback'));
if (!profile) throw new Error(`unknown profile ${process.argv[6]}; known: ${PROFILES.map((known) => known.name)}`);

/** ms to the first painted job title, and when the first API request started. */
async function coldLoad(browser, url) {
  const context = await browser.newContext();
  try {
    await addFirstTitleProbe(context);
    const page = await context.newPage();
    await applyProfile(await context.newCDPSession(page), profile);
    const stamp = firstTitleStamp(page, 60_000);
    await page.goto(url, { waitUntil: 'commit' });
    const title = await stamp;
    const apiStart = await page.evaluate(() =>
      performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.startsWith('/v1/'))?.startTime);
    return { title, apiStart };
  } finally {
    await context.close();
  }
}

const mocks = [
  await startMock({ port, sitePort: port + 1, dist: distA }),
  await startMock({ port: port + 2, sitePort: port + 3, dist: distB }),
];
const cases = [{ label: 'static HTML page', url: `${mocks[0].origin}/__bench/static-jobs` }];
for (const [at, mock] of mocks.entries()) {
  const build = `${at === 0 ? 'A' : 'B'} (${at === 0 ? distA : distB})`;
  cases.push({ label: `${build} embed`, url: `${mock.siteOrigin}/__bench/embed` });
  cases.push({ label: `${build} full-page board`, url: `${mock.origin}/` });
}
const browser = await launchChromium();
try {
  const results = cases.map(() => []);
  // Round -1 warms the mocks' files and Chromium's code up and is not counted.
  for (let round = -1; round < loads; round++) {
    for (const [at, kase] of cases.entries()) {
      const load = await coldLoad(browser, kase.url);
      if (round >= 0) results[at].push(load);
    }
  }
  const staticMedian = median(results[0].map((load) => load.title));
  const rows = [['case', 'first title median', 'x static', 'first API request started (median)']];
  for (const [at, kase] of cases.entries()) {
    const title = median(results[at].map((load) => load.title));
    const starts = results[at].map((load) => load.apiStart).filter((start) => start !== undefined);
    rows.push([kase.label, `${Math.round(title)} ms`, `${(title / staticMedian).toFixed(2)}x`,
      starts.length ? `${Math.round(median(starts))} ms` : '-']);
  }
  console.log(`first job title, ${profile.label}, ${loads} cold loads per case, taken in turns\n${table(rows)}`);
} finally {
  await browser.close();
  for (const mock of mocks) mock.stop();
}
