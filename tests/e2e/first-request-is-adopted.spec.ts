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

test('full-page board: index.html preloads page 1 before first-request.js arrives, and it is used', async ({ page, request }) => {
  const jobCount = await publishedJobCount(request);
  const pageOneRequests: string[] = [];
  const events: string[] = [];
  const warnings: string[] = [];
  let pageOneAsked!: () => void;
  const pageOne = new Promise<void>((resolve) => (pageOneAsked = resolve));
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  page.on('request', (r) => {
    if (apiPath(r) === '/v1/jobs?page=1') {
      pageOneRequests.push(r.url());
      events.push('page 1 asked');
      pageOneAsked();
    }
  });
  // The loader script is held until page 1 is asked for (or 5 s pass): only the page's own
  // preload can ask first.
  await page.route(/\/first-request\.js$/, async (route) => {
    await Promise.race([pageOne, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    events.push('first-request.js released');
    await route.continue();
  });
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);

  expect(events.slice(0, 2)).toEqual(['page 1 asked', 'first-request.js released']);
  expect(pageOneRequests, 'the preload is the one request for page 1').toHaveLength(1);
  expect(warnings.filter((text) => text.includes('[teamtailor]'))).toEqual([]);
});

test('full-page board: a preload the board does not ask for is named in a console warning', async ({ page, request }) => {
  const jobCount = await publishedJobCount(request);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // index.html as a company would leave it after changing the key on the board only.
  await page.route((url) => url.pathname === '/' || url.pathname === '/index.html', async (route) => {
    const answer = await route.fetch();
    const html = (await answer.text()).replace('api_key=demo-public-key', 'api_key=an-old-key');
    await route.fulfill({ response: answer, body: html });
  });
  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobCount);
  expect(warnings.join('\n')).toContain('api_key=an-old-key');
  expect(warnings.join('\n')).toContain('which the board does not ask for');
});
