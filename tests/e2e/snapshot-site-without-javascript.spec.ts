// `careers snapshot` output read with JavaScript off: every published job is listed and each
// job page stands on its own (title, JSON-LD). With JavaScript on, the widget takes over.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { startSnapshotSite, type SnapshotSite } from './snapshot-site';

let site: SnapshotSite;

test.beforeAll(async () => {
  // The first run may compile the CLI.
  test.setTimeout(15 * 60_000);
  site = await startSnapshotSite('snapshot-site');
});

test.afterAll(async () => {
  await site?.close();
});

/** Skips a widget test when the snapshot was written without the widget's files. */
async function skipWithoutWidget(request: APIRequestContext): Promise<void> {
  test.skip(!(await request.get(`${site.origin}/embed.js`)).ok(), 'the snapshot was built without dist/');
}

/** The URLs of the page's requests that `matches`, as they start. */
function requestsMatching(page: Page, matches: (url: string) => boolean): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (matches(r.url())) seen.push(r.url());
  });
  return seen;
}

const isSnapshot = (url: string) => url.endsWith('/jobs.json');
const isApi = (url: string) => url.includes('/v1/');

test('the prerendered board lists every published job without JavaScript', async ({ browser, request }) => {
  const jobs = await fetchPublishedJobs(request);
  expect(jobs.length).toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);

  // The board's first screen, then the rest of the rows (in a <noscript>, shown with
  // JavaScript off), all links to the static job pages.
  const links = page.locator('[data-tt-first-rows="page"] .tt-job-list > .tt-job > a.tt-job-title');
  await expect(links).toHaveCount(jobs.length);
  await expect(page.locator('.tt-show-more')).toBeHidden();
  // textContent: rows off screen are not rendered yet (content-visibility), so they have no
  // innerText, though their text is in the page.
  const titles = await links.allTextContents();
  expect([...titles].sort()).toEqual(jobs.map((job) => job.title).sort());

  await links.first().click();
  await expect(page.locator('h1')).toHaveText(titles[0]);
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  const posting = JSON.parse(jsonLd ?? '{}');
  expect(posting['@type']).toBe('JobPosting');
  expect(posting.title).toBe(titles[0]);
  expect(posting.hiringOrganization.name).toBe('Northwind');
  await context.close();
});

test('with JavaScript the widget takes the prerendered board over and reads jobs.json', async ({ page, request }) => {
  await skipWithoutWidget(request);
  const jobs = await fetchPublishedJobs(request);
  const snapshotRequests = requestsMatching(page, isSnapshot);
  await page.goto(`${site.origin}/`);
  const board = new BoardPage(page);
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(jobs.length));
  await expect(page.locator('[data-tt-first-rows]')).toHaveCount(0);
  // The rows link to the board's own job view once the widget has them.
  await expect(board.jobRows.first().locator('a.tt-job-title')).toHaveAttribute('href', /[?&]tt_job=/);
  expect(snapshotRequests.length).toBeGreaterThan(0);
});

test('the folder works moved under another path: one jobs.json request, the prefetch adopted', async ({ page, request }) => {
  await skipWithoutWidget(request);
  const jobs = await fetchPublishedJobs(request);
  // The same files answered under /moved/careers/, as if the folder had been uploaded there.
  await page.route(`${site.origin}/moved/careers/**`, async (route) => {
    const url = route.request().url().replace('/moved/careers/', '/');
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const snapshotRequests = requestsMatching(page, isSnapshot);
  const apiRequests = requestsMatching(page, isApi);
  await page.goto(`${site.origin}/moved/careers/`);
  const board = new BoardPage(page);
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(jobs.length));
  expect(snapshotRequests, 'data-source="jobs.json" read next to the page, once').toEqual([
    `${site.origin}/moved/careers/jobs.json`,
  ]);
  expect(apiRequests).toEqual([]);
});

test('search works on the snapshot site and sends no API request', async ({ page, request }) => {
  await skipWithoutWidget(request);
  const jobs = await fetchPublishedJobs(request);
  const apiRequests = requestsMatching(page, isApi);
  await page.goto(`${site.origin}/`);
  const board = new BoardPage(page);
  await board.waitForJobs();
  // Search also matches bodies, so the check is on what it must do: narrow the list and put
  // the job whose title matches first.
  const word = 'redovisningsekonom';
  const byTitle = jobs.filter((job) => job.title.toLowerCase().includes(word));
  expect(byTitle.length).toBeGreaterThan(0);
  await board.searchInput.fill(word);
  await expect(board.jobRows.first().locator('.tt-job-title')).toHaveText(byTitle[0].title);
  expect(await board.jobRows.count()).toBeLessThan(jobs.length);
  expect(apiRequests).toEqual([]);
});

test('an embed whose data-source is the snapshot lists every job with no API request', async ({ page, request }) => {
  await skipWithoutWidget(request);
  const jobs = await fetchPublishedJobs(request);
  // A company page on the same CDN origin, embedding the board from the snapshot's files.
  await page.route(`${site.origin}/company-page`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><h1>Northwind</h1><div id="careers"></div>
        <script src="${site.origin}/embed.js" defer data-source="${site.origin}/jobs.json"
                data-target="#careers"></script></body></html>`,
    }),
  );
  const apiRequests = requestsMatching(page, isApi);
  await page.goto(`${site.origin}/company-page`);
  const board = new BoardPage(page, page.locator('#careers'));
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(jobs.length));
  expect(apiRequests).toEqual([]);
});
