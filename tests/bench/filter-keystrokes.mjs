// Benchmark: how long the board takes per keystroke and per facet change with N generated
// jobs, in headless Chromium. Prints figures; asserts nothing (budgets are read, not tested).
// Usage: node tests/bench/filter-keystrokes.mjs [jobs=2000] [port=18095]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { MOCK_BIN } from './lib/mock-binary.mjs';

const jobs = Number(process.argv[2] ?? 2000);
const port = Number(process.argv[3] ?? 18095);
const origin = `http://127.0.0.1:${port}`;

const mock = spawn(MOCK_BIN,
  ['--port', String(port), '--dist', 'dist', '--jobs', String(jobs), '--rate-limit', '100000'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  mock.stdout.on('data', (chunk) => { if (String(chunk).includes('listening on')) resolve(); });
  mock.on('exit', (code) => reject(new Error(`mock exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const apiRequests = [];
  page.on('request', (request) => { if (request.url().includes('/v1/')) apiRequests.push(request.method()); });
  const started = Date.now();
  await page.goto(origin + '/');
  await page.locator('.tt-job').first().waitFor();
  const firstJobMs = Date.now() - started;
  await page.waitForFunction(
    (n) => (document.querySelector('.tt-result-count')?.textContent ?? '').startsWith(String(n)), jobs);
  const allJobsMs = Date.now() - started;
  const requestsOnLoad = apiRequests.length;

  // One keystroke = set the value, fire `input`, then wait for a macrotask so every
  // microtask-scheduled effect (filtering, facet counts, list diff) has run.
  const timings = await page.evaluate(async () => {
    const input = document.querySelector('#tt-search-input');
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    const keystrokes = [];
    for (const text of ['engineer stockholm', 'design', 'sales lon', 'ö', 'product']) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      for (let i = 1; i <= text.length; i++) {
        const t0 = performance.now();
        input.value = text.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await nextTask();
        keystrokes.push(performance.now() - t0);
      }
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    const facets = [];
    for (const id of ['tt-facet-department', 'tt-facet-location', 'tt-facet-remote']) {
      const select = document.getElementById(id);
      if (!select) continue;
      for (const option of [...select.options].slice(1, 4)) {
        const t0 = performance.now();
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await nextTask();
        facets.push(performance.now() - t0);
      }
      const again = document.getElementById(id);
      again.value = '';
      again.dispatchEvent(new Event('change', { bubbles: true }));
      await nextTask();
    }
    return { keystrokes, facets };
  });
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms (n=${values.length})`;
  };
  console.log(`jobs: ${jobs}`);
  console.log(`API requests on first visit: ${requestsOnLoad} (${apiRequests.filter((m) => m === 'OPTIONS').length} OPTIONS)`);
  console.log(`first job visible: ${firstJobMs} ms; all ${jobs} jobs counted: ${allJobsMs} ms`);
  console.log(`search keystroke: ${stats(timings.keystrokes)}`);
  console.log(`facet change: ${stats(timings.facets)}`);
  console.log(`API requests while searching/filtering: ${apiRequests.length - requestsOnLoad}`);
} finally {
  await browser.close();
  mock.kill();
}
