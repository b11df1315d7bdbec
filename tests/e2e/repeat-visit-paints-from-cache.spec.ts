// A repeat visit shows the list from the localStorage cache before the API answers, then
// refreshes in the background.
import { expect, test } from '@playwright/test';
import { publishedJobCount } from './mock-server';
import { BoardPage } from './pages/board-page';

test('a repeat visit lists every job before any API response arrives', async ({ page, request }) => {
  const jobCount = await publishedJobCount(request);
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);

  // Second visit: hold every API response until the list has been checked.
  let releaseApi!: () => void;
  const apiHeld = new Promise<void>((resolve) => (releaseApi = resolve));
  const answered: string[] = [];
  await page.route('**/v1/**', async (route) => {
    await apiHeld;
    answered.push(route.request().url());
    await route.continue();
  });
  await page.reload();

  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobCount));
  expect(answered, 'API responses before the cached list showed').toEqual([]);

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
