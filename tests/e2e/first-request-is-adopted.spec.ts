// The loader scripts start the board's first API request before the module and the wasm
// arrive, and the wasm adopts that answer: one request per page, none asked twice.
import { expect, test, type Request } from '@playwright/test';
import { mockOrigin, publishedJobCount } from './mock-server';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

function apiPath(request: Request): string | null {
  const url = new URL(request.url());
  return url.pathname.startsWith('/v1/') ? `${url.pathname}?page=${url.searchParams.get('page[number]')}` : null;
}

for (const [name, open] of [
  ['embed', async (page: import('@playwright/test').Page, query: string) => {
    const site = new CompanySite(page);
    await site.open(`/${query}`);
    return site.board('#careers');
  }],
  ['full-page board', async (page: import('@playwright/test').Page, query: string) => {
    const board = new BoardPage(page);
    await board.open(`/${query}`);
    return board;
  }],
] as const) {
  test(`${name}: page 1 is asked for before the wasm arrives, and only once`, async ({ page, request }) => {
    const jobCount = await publishedJobCount(request);
    const seen: Request[] = [];
    const events: string[] = [];
    let pageOneAsked!: () => void;
    const pageOne = new Promise<void>((resolve) => (pageOneAsked = resolve));
    page.on('request', (r) => {
      seen.push(r);
      if (apiPath(r) === '/v1/jobs?page=1') {
        events.push('page 1 asked');
        pageOneAsked();
      }
    });
    // The wasm is held until page 1 is asked for (or 5 s pass): only a request started before
    // the wasm runs can come first. (The job pages' chunk, fetched after the board mounts, is
    // another wasm file.)
    await page.route(/\/careers-widget-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await Promise.race([pageOne, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      events.push('wasm released');
      await route.continue();
    });
    const board = await open(page, '');
    await board.waitForAllJobs(jobCount);

    const api = seen.map(apiPath).filter((path): path is string => path !== null);
    expect(api.sort()).toEqual(['/v1/jobs?page=1', '/v1/jobs?page=2', '/v1/jobs?page=3']);
    // Before the loader scripts, page 1 was asked for only after the wasm had arrived and run.
    expect(events, 'page 1 travels while the wasm downloads').toEqual(['page 1 asked', 'wasm released']);
  });
}

test('a deep link asks for its job by id once, alongside page 1', async ({ page, request }) => {
  const jobCount = await publishedJobCount(request);
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === mockOrigin && url.pathname.startsWith('/v1/jobs/')) seen.push(url.pathname);
  });
  const board = new BoardPage(page);
  await board.open('/?tt_job=7175');
  await expect(page.locator('.tt-job-closed .tt-job-heading')).toBeVisible();
  await board.open('/');
  await board.waitForAllJobs(jobCount);
  expect(seen).toEqual(['/v1/jobs/7175']);
});
