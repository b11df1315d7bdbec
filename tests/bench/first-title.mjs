// Benchmark: how long a visitor waits for the first job title, for the script-tag embed and
// the full-page board, against a static HTML page listing the same jobs from the same mock
// with the same compression; on loopback and under slow 4G + 4x CPU. Cold loads only (a new
// browser context each: empty cache, no localStorage). Also the requests made before the first
// title and the bytes each shipped file costs. Prints figures; asserts nothing.
// Usage: node tests/bench/first-title.mjs [loads=7] [port=18096] (the company site gets port+1)
import { cpus, loadavg } from 'node:os';
import { launchChromium } from './lib/chromium.mjs';
import { addFirstTitleProbe, firstTitleStamp } from './lib/first-title-probe.mjs';
import { mockStats, resetMockStats, startMock } from './lib/mock-process.mjs';
import { watchNetwork } from './lib/network-watch.mjs';
import { applyProfile, PROFILES } from './lib/profiles.mjs';
import { compressedSizes } from './lib/shipped-bytes.mjs';
import { median, min, range, table } from './lib/summary.mjs';

const loads = Number(process.argv[2] ?? 7);
const port = Number(process.argv[3] ?? 18096);
const LOAD_TIMEOUT_MS = 60_000;

// The static page is the baseline every ratio divides by, so it comes first.
const CASES = [
  { name: 'static', label: 'static HTML page', url: (mock) => `${mock.origin}/__bench/static-jobs` },
  { name: 'embed', label: 'embed (embed.js, other origin)', url: (mock) => `${mock.siteOrigin}/__bench/embed` },
  { name: 'board', label: 'full-page board (index.html)', url: (mock) => `${mock.origin}/` },
];

// Issue 9's goals for median first title / static median; read by people, never asserted.
const GOALS = { loopback: { embed: 2.0, board: 2.0 }, slow4g: { embed: 3.0, board: 2.5 } };

/** One cold load of `kase` under `profile`: first-title time, requests, what was shipped. */
async function coldLoad(browser, mock, kase, profile) {
  const context = await browser.newContext();
  try {
    await addFirstTitleProbe(context);
    const page = await context.newPage();
    await applyProfile(await context.newCDPSession(page), profile);
    const network = watchNetwork(page);
    await resetMockStats(mock.origin);
    const stamp = firstTitleStamp(page, LOAD_TIMEOUT_MS);
    await page.goto(kase.url(mock), { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const firstTitleMs = await stamp;
    const finished = await network.settled(LOAD_TIMEOUT_MS);
    const { documentEnd, resources } = await page.evaluate(() => ({
      documentEnd: performance.getEntriesByType('navigation')[0]?.responseEnd,
      resources: performance.getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd })),
    }));
    const { preflights } = await mockStats(mock.origin);
    return { firstTitleMs, preflights, finished, milestones: milestones(documentEnd, resources),
      ...requestsBeforeTitle(resources, firstTitleMs) };
  } finally {
    await context.close();
  }
}

// When the answers the first title can wait for arrived, to show what its critical path is.
const MILESTONES = [
  ['loader', (url) => /\/(embed|first-request)\.js$/.test(url.pathname)],
  ['module', (url) => /\/careers-widget-[0-9a-f]+\.js$/.test(url.pathname)],
  ['wasm', (url) => url.pathname.endsWith('_bg.wasm')],
  ['API page 1', (url) => url.pathname === '/v1/jobs' && (url.searchParams.get('page[number]') ?? '1') === '1'],
];

/** ms from navigation start to the end of the document and of each milestone's first response. */
function milestones(documentEnd, resources) {
  const ends = { document: documentEnd };
  for (const [name, matches] of MILESTONES) {
    ends[name] = resources.find((entry) => matches(new URL(entry.url)))?.end;
  }
  return ends;
}

/**
 * Counts from the page's Resource Timing, on the same clock as the title stamp. Requests
 * count when they started before the title; API answers count when they arrived before it
 * (only those can have delayed it). A round trip is a wave of API requests: one that started
 * after an earlier answer arrived could have waited for it, so it opens the next wave.
 */
function requestsBeforeTitle(resources, firstTitleMs) {
  const isApi = (entry) => new URL(entry.url).pathname.startsWith('/v1/');
  const started = resources.filter((entry) => entry.start < firstTitleMs);
  const answered = resources.filter((entry) => isApi(entry) && entry.end <= firstTitleMs)
    .sort((a, b) => a.start - b.start);
  let roundTrips = 0;
  let waveFirstAnswer = -Infinity;
  for (const entry of answered) {
    if (entry.start >= waveFirstAnswer) {
      roundTrips += 1;
      waveFirstAnswer = entry.end;
    } else {
      waveFirstAnswer = Math.min(waveFirstAnswer, entry.end);
    }
  }
  return {
    // + 1: the document itself has no resource entry.
    requestsStarted: started.length + 1,
    apiStarted: started.filter(isApi).length,
    apiAnswered: answered.length,
    apiRoundTrips: roundTrips,
    requestsInLoad: resources.length + 1,
  };
}

/**
 * Every case `loads` times per profile, interleaved (static, embed, board, static, …) so
 * a burst of background load hits all cases alike, after one uncounted warm-up round that
 * pages in the mock's files and Chromium's code.
 */
async function measureAll(browser, mock) {
  const results = {};
  for (const profile of PROFILES) {
    results[profile.name] = Object.fromEntries(CASES.map((kase) => [kase.name, []]));
    for (let round = -1; round < loads; round++) {
      for (const kase of CASES) {
        const load = await coldLoad(browser, mock, kase, profile);
        if (round >= 0) results[profile.name][kase.name].push(load);
      }
    }
  }
  return results;
}

function firstTitleTable(results) {
  const header = ['case'];
  for (const profile of PROFILES) header.push(`${profile.label}: median`, 'min', 'x static', 'goal');
  const rows = [header];
  for (const kase of CASES) {
    const row = [kase.label];
    for (const profile of PROFILES) {
      const times = results[profile.name][kase.name].map((load) => load.firstTitleMs);
      const baseline = median(results[profile.name].static.map((load) => load.firstTitleMs));
      const goal = GOALS[profile.name][kase.name];
      row.push(`${Math.round(median(times))} ms`, `${Math.round(min(times))} ms`,
        `${(median(times) / baseline).toFixed(2)}x`, goal ? `<= ${goal.toFixed(1)}x` : '');
    }
    rows.push(row);
  }
  return table(rows);
}

function milestoneTable(results) {
  const names = ['document', ...MILESTONES.map(([name]) => name)];
  const rows = [['case', 'profile', ...names.map((name) => `${name} done`), 'first title']];
  for (const kase of CASES) {
    for (const profile of PROFILES) {
      const loadsOfCase = results[profile.name][kase.name];
      const at = (values) => {
        const known = values.filter((value) => value !== undefined);
        return known.length ? `${Math.round(median(known))} ms` : '-';
      };
      rows.push([kase.label, profile.label,
        ...names.map((name) => at(loadsOfCase.map((load) => load.milestones[name]))),
        at(loadsOfCase.map((load) => load.firstTitleMs))]);
    }
  }
  return table(rows);
}

function requestTable(results) {
  const rows = [['case', 'profile', 'requests started before title', 'API started', 'API answered',
    'API round trips answered', 'preflights', 'requests in load']];
  for (const kase of CASES) {
    for (const profile of PROFILES) {
      const of = (key) => range(results[profile.name][kase.name].map((load) => load[key]));
      rows.push([kase.label, profile.label, of('requestsStarted'), of('apiStarted'), of('apiAnswered'),
        of('apiRoundTrips'), of('preflights'), of('requestsInLoad')]);
    }
  }
  return table(rows);
}

/**
 * Everything the loopback loads fetched (documents, widget files, API answers), keyed by a
 * readable name, with the cases that used it and one request's encoded size as received.
 */
function shippedFiles(results) {
  const files = new Map();
  for (const kase of CASES) {
    for (const request of results.loopback[kase.name].flatMap((load) => load.finished)) {
      if (request.method !== 'GET' || request.status !== 200) continue;
      const name = fileName(new URL(request.url));
      const entry = files.get(name) ?? { name, url: request.url, cases: new Set(), sent: request };
      entry.cases.add(kase.name);
      files.set(name, entry);
    }
  }
  return [...files.values()];
}

/** The path, plus the page number for API lists (their query strings only carry the key). */
function fileName(url) {
  const page = url.searchParams.get('page[number]');
  const origin = url.port === String(port) ? '' : '[site]';
  return `${origin}${url.pathname}${url.pathname === '/v1/jobs' ? ` page ${page ?? 1}` : ''}`;
}

/** Raw, gzip -9 and brotli -q 11 sizes of each file, fetched again uncompressed by Node. */
async function shippedBytesTable(files) {
  const rows = [['file', 'used by', 'raw B', 'gzip -9 B', 'brotli -q11 B', 'sent by the mock B']];
  const totals = Object.fromEntries(CASES.map((kase) => [kase.name, { raw: 0, gzip: 0, brotli: 0, sent: 0 }]));
  const sized = await Promise.all(files.map(async (file) => ({ ...file, sizes: compressedSizes(await rawBytes(file.url)) })));
  sized.sort((a, b) => b.sizes.raw - a.sizes.raw);
  for (const file of sized) {
    for (const name of file.cases) {
      for (const key of ['raw', 'gzip', 'brotli']) totals[name][key] += file.sizes[key];
      totals[name].sent += file.sent.bodyBytes;
    }
    rows.push([file.name, [...file.cases].join(', '), file.sizes.raw, file.sizes.gzip, file.sizes.brotli,
      `${file.sent.bodyBytes} ${file.sent.encoding}`]);
  }
  for (const kase of CASES) {
    const total = totals[kase.name];
    rows.push([`TOTAL ${kase.label}`, '', total.raw, total.gzip, total.brotli, total.sent]);
  }
  return table(rows);
}

/** The decoded body of `url` (Node's fetch undoes the mock's compression). */
async function rawBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

function machineLine(browser) {
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  return `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}; Chromium ${browser.version()}; load average ${load}`;
}

const mock = await startMock({ port, sitePort: port + 1 });
const browser = await launchChromium();
try {
  console.log(`first job title: ${loads} cold loads per case and profile (median, min), after 1 warm-up round`);
  console.log(machineLine(browser));
  const results = await measureAll(browser, mock);
  console.log(`\n${firstTitleTable(results)}`);
  console.log(`\nwhere the time goes (medians, ms from navigation start to each response's end)\n${milestoneTable(results)}`);
  console.log(`\nrequests per load (range over the loads; preflights as counted by the mock)\n${requestTable(results)}`);
  console.log('\nshipped bytes of a cold first view on loopback ([site] = the host page\'s origin; ' +
    `"sent" = the body as it crossed the wire)\n${await shippedBytesTable(shippedFiles(results))}`);
  console.log(`\n${machineLine(browser)} (at the end)`);
} finally {
  await browser.close();
  mock.stop();
}
