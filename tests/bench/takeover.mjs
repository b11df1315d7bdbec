// Benchmark: the `careers snapshot` site's takeover, when the widget replaces the prerendered
// list with its own. (a) How much of the first screen changes between the page with JavaScript
// off and the page once the widget fired `teamtailor:ready`; (b) LCP with the widget against
// the same page with its scripts stripped; (c) main-thread blocking after first paint for the
// snapshot board, the live full-page board and the embed. 4x CPU for (b) and (c); every page at
// 1000x900. Prints figures; asserts nothing.
// Usage: node tests/bench/takeover.mjs [runs=3]
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchChromium } from './lib/chromium.mjs';
import { machineLine } from './lib/machine.mjs';
import {
  blockingAfterFcp, CPU_4X, loadAndCollect, newProbedPage, readySignal, VIEWPORT, warmUp,
} from './lib/page-metrics.mjs';
import { startMockWithSnapshot } from './lib/snapshot-site.mjs';
import { median, medianSpread, table } from './lib/summary.mjs';

const runs = Number(process.argv[2] ?? 3);
const TIMEOUT_MS = 60_000;
const ms = (value) => `${Math.round(value)} ms`;

// (a) ------------------------------------------------------------------------------------------

/** The first screen as a visitor without JavaScript sees it: the prerendered list only. */
async function screenshotWithoutJs(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    return await page.screenshot();
  } finally {
    await context.close();
  }
}

/** The first screen once the widget has taken over: after `teamtailor:ready` and two frames. */
async function screenshotAfterReady(browser, url) {
  const { context, page } = await newProbedPage(browser);
  try {
    const ready = readySignal(page, TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await ready;
    // Two frames: the one that applies what `ready` rendered, and one that is painted after it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return await page.screenshot();
  } finally {
    await context.close();
  }
}

/**
 * Pixels that differ at all (pixelmatch with threshold 0 and anti-aliased pixels counted: any
 * channel difference), and pixelmatch's default count (threshold 0.1, anti-aliasing ignored),
 * which leaves out differences too faint to see. Also returns the default diff image.
 */
function pixelDiff(before, after) {
  const [a, b] = [PNG.sync.read(before), PNG.sync.read(after)];
  if (a.width !== b.width || a.height !== b.height) throw new Error('screenshots of different sizes');
  const { width, height } = a;
  const diff = new PNG({ width, height });
  return {
    total: width * height,
    changed: pixelmatch(a.data, b.data, null, width, height, { threshold: 0, includeAA: true }),
    visible: pixelmatch(a.data, b.data, diff.data, width, height),
    diffPng: PNG.sync.write(diff),
  };
}

async function measureRepaint(browser, url, keepDir) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const noJs = await screenshotWithoutJs(browser, url);
    const ready = await screenshotAfterReady(browser, url);
    const diff = pixelDiff(noJs, ready);
    results.push(diff);
    // The last run's pictures, for a person to look at what changed.
    await writeFile(path.join(keepDir, 'no-js.png'), noJs);
    await writeFile(path.join(keepDir, 'after-ready.png'), ready);
    await writeFile(path.join(keepDir, 'diff.png'), diff.diffPng);
  }
  const percent = (value) => `${value.toFixed(2)} %`;
  const share = (key) => results.map((diff) => (100 * diff[key]) / diff.total);
  return table([
    ['pixels that differ', 'count', 'share of the screen'],
    ['any channel difference (threshold 0)', medianSpread(results.map((diff) => diff.changed)), medianSpread(share('changed'), percent)],
    ['pixelmatch default (threshold 0.1, no AA)', medianSpread(results.map((diff) => diff.visible)), medianSpread(share('visible'), percent)],
  ]);
}

// (b) ------------------------------------------------------------------------------------------

/** The document without its scripts and without the preloads of the widget's .js and .wasm. */
function withoutScripts(html) {
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, (tag) =>
      (/\brel=["']?(modulepreload|preload)\b/i.test(tag) && /\bhref=["']?[^"'\s>]*\.(js|wasm)\b/i.test(tag) ? '' : tag));
  if (/<script\b/i.test(stripped)) throw new Error('a <script> survived the stripping');
  return stripped;
}

/** One cold 4x-CPU load of the snapshot board, with or without its scripts; its LCP entry. */
async function lcpLoad(browser, url, stripped) {
  const { context, page } = await newProbedPage(browser, CPU_4X);
  try {
    const scripts = [];
    page.on('request', (request) => { if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) scripts.push(request.url()); });
    // Both cases take the same detour through Playwright, so the stripped page gains nothing from it.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ status: response.status(), contentType: 'text/html; charset=utf-8',
        body: stripped ? withoutScripts(html) : html });
    });
    const metrics = await loadAndCollect(page, url,
      { afterLoadMs: 3000, afterReadyMs: 1000, expectReady: !stripped, timeout: TIMEOUT_MS });
    if (stripped && scripts.length) throw new Error(`the stripped page still fetched ${scripts.join(', ')}`);
    return metrics;
  } finally {
    await context.close();
  }
}

async function measureLcp(browser, url) {
  const results = { widget: [], stripped: [] };
  for (let run = 0; run < runs; run++) {
    results.widget.push(await lcpLoad(browser, url, false));
    results.stripped.push(await lcpLoad(browser, url, true));
  }
  const rows = [['snapshot board (/snapshot/), 4x CPU', 'LCP', 'LCP element (last run)', 'FCP', 'teamtailor:ready']];
  for (const [name, label] of [['widget', 'with the widget'], ['stripped', 'scripts stripped']]) {
    const loads = results[name];
    rows.push([label, medianSpread(loads.map((load) => load.lcp), ms), loads.at(-1).lcpElement,
      medianSpread(loads.map((load) => load.fcp), ms), name === 'widget' ? medianSpread(loads.map((load) => load.readyMs), ms) : '-']);
  }
  const ratio = median(results.widget.map((load) => load.lcp)) / median(results.stripped.map((load) => load.lcp));
  return `${table(rows)}\nmedian LCP with the widget / without: ${ratio.toFixed(2)}x`;
}

// (c) ------------------------------------------------------------------------------------------

async function measureBlocking(browser, cases) {
  const results = Object.fromEntries(cases.map((kase) => [kase.label, []]));
  for (let run = 0; run < runs; run++) {
    for (const kase of cases) {
      const { context, page } = await newProbedPage(browser, CPU_4X);
      try {
        results[kase.label].push(await loadAndCollect(page, kase.url,
          { afterLoadMs: 5000, afterReadyMs: 2000, expectReady: true, timeout: TIMEOUT_MS }));
      } finally {
        await context.close();
      }
    }
  }
  const rows = [['case, 4x CPU', 'blocking beyond 50 ms after FCP', 'long tasks after FCP', 'longest task', 'FCP', 'teamtailor:ready']];
  for (const kase of cases) {
    const loads = results[kase.label];
    const afterFcp = (load) => load.longTasks.filter((task) => task.start + task.duration > load.fcp);
    rows.push([kase.label,
      medianSpread(loads.map(blockingAfterFcp), ms),
      medianSpread(loads.map((load) => afterFcp(load).length)),
      medianSpread(loads.map((load) => Math.max(0, ...load.longTasks.map((task) => task.duration))), ms),
      medianSpread(loads.map((load) => load.fcp), ms),
      medianSpread(loads.map((load) => load.readyMs), ms)]);
  }
  return table(rows);
}

const mock = await startMockWithSnapshot();
const browser = await launchChromium();
try {
  console.log(`snapshot takeover: ${runs} runs per figure, median (min–max); viewport ${VIEWPORT.width}x${VIEWPORT.height}`);
  console.log(machineLine(browser));
  await warmUp(browser, [mock.snapshotUrl, `${mock.origin}/`, `${mock.siteOrigin}/`]);
  const keepDir = await mkdtemp(path.join(tmpdir(), 'careers-takeover-'));
  console.log(`\n(a) first screen, JavaScript off vs after teamtailor:ready (no throttling)\n${await measureRepaint(browser, mock.snapshotUrl, keepDir)}`);
  console.log(`last run's screenshots and pixelmatch diff: ${keepDir}`);
  console.log(`\n(b) largest contentful paint, read at load + 3 s or ready + 1 s, whichever is later\n${await measureLcp(browser, mock.snapshotUrl)}`);
  console.log('\n(c) long tasks, collected until load + 5 s or ready + 2 s, whichever is later\n' + await measureBlocking(browser, [
    { label: 'snapshot board (/snapshot/)', url: mock.snapshotUrl },
    { label: 'live full-page board (/)', url: `${mock.origin}/` },
    { label: 'embed on the company site (/)', url: `${mock.siteOrigin}/` },
  ]));
  console.log(`\n${machineLine(browser)} (at the end)`);
} finally {
  await browser.close();
  await mock.stop();
}
