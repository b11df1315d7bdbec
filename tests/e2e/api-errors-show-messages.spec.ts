// Each kind of API failure shows its own visible message; a retry is offered only where
// retrying can help (rate limit, server error), not for a bad key or API version.
import { expect, test } from '@playwright/test';
import { mockOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';

const cases = [
  { status: 401, kind: 'unauthorized', retry: false },
  { status: 406, kind: 'bad-version', retry: false },
  { status: 429, kind: 'rate-limited', retry: true },
  { status: 500, kind: 'server', retry: true },
];

for (const { status, kind, retry } of cases) {
  test(`API status ${status} shows a "${kind}" message ${retry ? 'with' : 'without'} a retry`, async ({
    page,
  }) => {
    // 429 and 5xx are retried three times with backoff before the message shows.
    test.setTimeout(45_000);
    const faultBase = `${mockOrigin}/__fault/status=${status}`;
    // The board reads its API base only from the page's data-api-base attribute.
    await page.route(`${mockOrigin}/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const configured = `data-api-base="${mockOrigin}"`;
      expect(html, 'the mock injects its own origin as API base').toContain(configured);
      await route.fulfill({ response, body: html.replace(configured, `data-api-base="${faultBase}"`) });
    });
    const apiStatuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${faultBase}/v1/`)) apiStatuses.push(response.status());
    });

    const board = new BoardPage(page);
    await board.open('/');
    await expect(board.error).toBeVisible({ timeout: 15_000 });
    await expect(board.error).toHaveAttribute('data-kind', kind);
    await expect(board.error.locator('.tt-error-message')).toHaveText(/\S{3,}/);
    await expect(board.loading).toHaveCount(0);
    await expect(board.jobList).toHaveCount(0);
    expect(apiStatuses.length, 'the API was asked').toBeGreaterThan(0);
    expect(new Set(apiStatuses), 'every API answer had the injected status').toEqual(new Set([status]));
    expect(apiStatuses, retry ? 'one request plus three retries' : 'no retry').toHaveLength(retry ? 4 : 1);

    if (retry) {
      await expect(board.retryButton).toBeVisible();
      await expect(board.error.getByRole('button')).toHaveCount(1);
    } else {
      await expect(board.error.getByRole('button')).toHaveCount(0);
    }
  });
}
