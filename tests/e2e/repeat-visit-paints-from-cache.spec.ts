// A repeat visit shows the list from the localStorage cache as soon as the wasm is in, before
// the API answers, then refreshes in the background.
import { expect, test, type Page } from '@playwright/test';
import { publishedJobCount } from './mock-server';
import { BoardPage } from './pages/board-page';

/** When the first job title entered the board, in `performance.now()` time (init script). */
async function recordFirstTitle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as { ttFirstTitleAt?: number };
    const observer = new MutationObserver(() => {
      // The full-page board renders in light DOM, inside main#tt-board.
      if (document.querySelector('main#tt-board .tt-job-title')) {
        seen.ttFirstTitleAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * The responseEnd of every fetch of the widget's own wasm (`careers-widget-*_bg.wasm`, not the
 * job pages' chunk it fetches later), with its URL.
 */
async function widgetWasmResponseEnds(page: Page): Promise<{ name: string; responseEnd: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => /\/careers-widget-[0-9a-f]+_bg\.wasm$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ name: entry.name, responseEnd: entry.responseEnd })),
  );
}

/**
 * How long after the wasm's response the cached list may paint. It paints as soon as the wasm
 * has started (tens of ms); the widget once waited up to 1 s for the loader's first rows while
 * the API was slow, which this catches, with room left for a slow CI machine.
 */
const CACHED_PAINT_AFTER_WASM_MS = 600;

test('a repeat visit paints the cached list as soon as the wasm is in, before any API response', async ({
  page,
  request,
}) => {
  const jobCount = await publishedJobCount(request);
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);

  // Second visit: hold every API request, unanswered, until the cached list has painted.
  let releaseApi!: () => void;
  const apiHeld = new Promise<void>((resolve) => (releaseApi = resolve));
  const answered: string[] = [];
  await page.route('**/v1/**', async (route) => {
    await apiHeld;
    answered.push(route.request().url());
    await route.continue();
  });
  await recordFirstTitle(page);
  await page.reload();

  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobCount));
  // (a) By order of events: nothing the API could have said was out when the titles showed.
  expect(answered, 'API responses before the cached list showed').toEqual([]);

  // (b) By the clock: the titles came right after the wasm, not a wait later.
  const firstTitleAt = await page.evaluate(
    () => (window as unknown as { ttFirstTitleAt?: number }).ttFirstTitleAt ?? null,
  );
  expect(firstTitleAt, 'the first job title was seen entering main#tt-board').not.toBeNull();
  const wasm = await widgetWasmResponseEnds(page);
  expect(wasm, "the widget's wasm was fetched once").toHaveLength(1);
  const afterWasm = firstTitleAt! - wasm[0].responseEnd;
  expect(
    afterWasm,
    `the cached list painted ${afterWasm.toFixed(0)} ms after the wasm's response end ` +
      `(${wasm[0].responseEnd.toFixed(0)} ms; first title at ${firstTitleAt!.toFixed(0)} ms)`,
  ).toBeLessThanOrEqual(CACHED_PAINT_AFTER_WASM_MS);

  // The background refresh still happens once the API answers.
  const refresh = page.waitForResponse((response) => response.url().includes('/v1/jobs'));
  releaseApi();
  expect((await refresh).status()).toBe(200);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobCount));
  await expect(board.error).toHaveCount(0);
});

test('a failed refresh keeps the cached list, says it may be out of date and reports once', async ({
  page,
  request,
}) => {
  test.setTimeout(40_000);
  const jobCount = await publishedJobCount(request);
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);

  await page.addInitScript(() => {
    const errors: unknown[] = [];
    (window as unknown as { ttErrors: unknown[] }).ttErrors = errors;
    document.addEventListener('teamtailor:error', (event) =>
      errors.push((event as CustomEvent).detail),
    );
  });
  // The network is gone: every attempt (the first and its retries) fails.
  await page.route('**/v1/**', (route) => route.abort('connectionrefused'));
  await page.reload();

  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobCount));
  await expect(board.root.locator('.tt-refresh-failed')).toBeVisible({ timeout: 20_000 });
  await expect(board.error).toHaveCount(0);
  const errors = await page.evaluate(() => (window as unknown as { ttErrors: unknown[] }).ttErrors);
  expect(errors).toEqual([{ kind: 'network', status: null }]);
});

test('a refused key purges the cache and shows the error instead of stale jobs', async ({
  page,
  request,
}) => {
  const jobCount = await publishedJobCount(request);
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);

  await page.route('**/v1/**', (route) => route.fulfill({ status: 401, body: '' }));
  await page.reload();
  await expect(board.error).toHaveAttribute('data-kind', 'unauthorized');
  await expect(board.jobRows).toHaveCount(0);
  const cached = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('tt-jobs:')),
  );
  expect(cached, 'cache entries left after a 401').toEqual([]);
});
