// Benchmark: layout shift (the sum of every `layout-shift` entry without recent input, i.e. CLS
// without its session windows) of a deep-linked job page of the full-page board, where the
// job page, its picture and the application iframe arrive after the first paint; and, for
// comparison, of the snapshot board's takeover and the live board's list. At 4x CPU and
// without throttling, 1000x900. Prints figures; asserts nothing.
// Usage: node tests/bench/layout-shift.mjs [runs=3]
import { launchChromium } from './lib/chromium.mjs';
import { machineLine } from './lib/machine.mjs';
import {
  CPU_4X, layoutShiftSum, loadAndCollect, newProbedPage, UNTHROTTLED, VIEWPORT, warmUp,
} from './lib/page-metrics.mjs';
import { startMockWithSnapshot } from './lib/snapshot-site.mjs';
import { medianSpread, table } from './lib/summary.mjs';

const runs = Number(process.argv[2] ?? 3);
const PROFILES = [CPU_4X, UNTHROTTLED];

/** The id of the first job the API lists: a published one. */
async function firstJobId(origin) {
  const response = await fetch(`${origin}/v1/jobs?api_key=demo-public-key&api_version=20240904`);
  if (!response.ok) throw new Error(`GET /v1/jobs answered ${response.status}`);
  return (await response.json()).data[0].id;
}

/** One cold load of `url` under `profile`, watched for 5 s after load (or 2 s after ready). */
async function shiftsOf(browser, url, profile) {
  const { context, page } = await newProbedPage(browser, profile);
  try {
    return await loadAndCollect(page, url, { afterLoadMs: 5000, afterReadyMs: 2000, expectReady: true });
  } finally {
    await context.close();
  }
}

/** The biggest shift of the run with the biggest sum, with the elements that moved: where to look. */
function worstShift(loads) {
  const worst = loads.reduce((a, b) => (layoutShiftSum(b) > layoutShiftSum(a) ? b : a));
  const shift = worst.shifts.reduce((a, b) => (b.value > a.value ? b : a), { value: 0, sources: [] });
  if (!shift.value) return '-';
  return `${shift.value.toFixed(4)} at ${Math.round(shift.start)} ms: ${[...new Set(shift.sources)].join(', ')}`;
}

const mock = await startMockWithSnapshot();
const browser = await launchChromium();
try {
  const jobId = await firstJobId(mock.origin);
  const cases = [
    { label: `deep-linked job page (/?tt_job=${jobId})`, url: `${mock.origin}/?tt_job=${jobId}` },
    { label: 'snapshot board (/snapshot/)', url: mock.snapshotUrl },
    { label: 'live board list (/)', url: `${mock.origin}/` },
  ];
  console.log(`layout shift: ${runs} cold loads per case and profile, median (min–max); viewport ${VIEWPORT.width}x${VIEWPORT.height}`);
  console.log(machineLine(browser));
  await warmUp(browser, cases.map((kase) => kase.url));
  const results = new Map();
  // Interleaved, so a burst of background load hits every case alike.
  for (let run = 0; run < runs; run++) {
    for (const profile of PROFILES) {
      for (const kase of cases) {
        const key = `${kase.label}|${profile.name}`;
        results.set(key, [...(results.get(key) ?? []), await shiftsOf(browser, kase.url, profile)]);
      }
    }
  }
  const rows = [['case', 'profile', 'layout shift (sum)', 'shifts', 'largest shift (worst run) and what moved']];
  for (const kase of cases) {
    for (const profile of PROFILES) {
      const loads = results.get(`${kase.label}|${profile.name}`);
      rows.push([kase.label, profile.label, medianSpread(loads.map(layoutShiftSum), (value) => value.toFixed(4)),
        medianSpread(loads.map((load) => load.shifts.length)), worstShift(loads)]);
    }
  }
  console.log(`\n${table(rows)}`);
  console.log(`\n${machineLine(browser)} (at the end)`);
} finally {
  await browser.close();
  await mock.stop();
}
