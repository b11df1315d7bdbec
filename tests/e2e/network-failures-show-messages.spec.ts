// Failures that are not an HTTP error status: a request that never answers, an API that
// cannot be reached, and bodies that are not the JSON:API document expected. Each ends in a
// visible message, never an endless spinner.
import { expect, test, type Page } from '@playwright/test';
import { mockOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';

/** Serves the board with `data-api-base` swapped for `apiBase`. */
async function boardWithApiBase(page: Page, apiBase: string): Promise<BoardPage> {
  await page.route(`${mockOrigin}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      `data-api-base="${mockOrigin}"`,
      `data-api-base="${apiBase}"`,
    );
    await route.fulfill({ response, body: html });
  });
  const board = new BoardPage(page);
  await board.open('/');
  return board;
}

test('a request that hangs is abandoned after 10 s and reported as a timeout', async ({ page }) => {
  test.setTimeout(40_000);
  const started = Date.now();
  const board = await boardWithApiBase(page, `${mockOrigin}/__fault/latency_ms=20000`);
  await expect(board.loading).toBeVisible();
  await expect(board.error).toHaveAttribute('data-kind', 'timeout', { timeout: 20_000 });
  const waited = Date.now() - started;
  expect(waited, 'gave up at the 10 s limit, not at the 20 s answer').toBeGreaterThanOrEqual(9_500);
  expect(waited).toBeLessThan(19_000);
  await expect(board.retryButton).toBeVisible();
  await expect(board.loading).toHaveCount(0);
});

test('an unreachable API is a network error with a retry', async ({ page }) => {
  test.setTimeout(30_000);
  // Port 9 (discard) has no listener here, so every request is refused.
  const board = await boardWithApiBase(page, 'http://127.0.0.1:9');
  await expect(board.error).toHaveAttribute('data-kind', 'network', { timeout: 15_000 });
  await expect(board.retryButton).toBeVisible();
});

for (const [fault, what] of [
  ['truncate', 'a truncated body'],
  ['html_error', 'an HTML error page'],
] as const) {
  test(`${what} is reported, not shown as an empty board`, async ({ page }) => {
    test.setTimeout(30_000);
    const board = await boardWithApiBase(page, `${mockOrigin}/__fault/${fault}`);
    await expect(board.error).toBeVisible({ timeout: 15_000 });
    // A truncated 200 body cannot be parsed; the HTML page comes with a 502.
    await expect(board.error).toHaveAttribute('data-kind', fault === 'truncate' ? 'malformed' : 'server');
    await expect(board.jobList).toHaveCount(0);
  });
}
