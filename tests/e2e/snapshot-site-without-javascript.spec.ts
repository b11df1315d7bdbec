// `careers snapshot` output read with JavaScript off: every published job is listed and each
// job page stands on its own (title, JSON-LD). With JavaScript on, the widget takes over.
import { expect, test } from '@playwright/test';
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

test('the prerendered board lists every published job without JavaScript', async ({ browser, request }) => {
  const jobs = await fetchPublishedJobs(request);
  expect(jobs.length).toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);

  const links = page.locator('[data-careers-prerendered] ul.careers-list > li > a');
  await expect(links).toHaveCount(jobs.length);
  const titles = await links.allInnerTexts();
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

test('with JavaScript the widget replaces the prerendered list and reads jobs.json', async ({ page, request }) => {
  test.skip(!(await request.get(`${site.origin}/embed.js`)).ok(), 'the snapshot was built without dist/');
  const jobs = await fetchPublishedJobs(request);
  const snapshotRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/jobs.json')) snapshotRequests.push(r.url());
  });
  await page.goto(`${site.origin}/`);
  const board = new BoardPage(page);
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(jobs.length));
  await expect(page.locator('[data-careers-prerendered]')).toHaveCount(0);
  expect(snapshotRequests.length).toBeGreaterThan(0);
});

test('the folder works moved under another path: one jobs.json request, the prefetch adopted', async ({ page, request }) => {
  test.skip(!(await request.get(`${site.origin}/embed.js`)).ok(), 'the snapshot was built without dist/');
  const jobs = await fetchPublishedJobs(request);
  // The same files answered under /moved/careers/, as if the folder had been uploaded there.
  await page.route(`${site.origin}/moved/careers/**`, async (route) => {
    const url = route.request().url().replace('/moved/careers/', '/');
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const snapshotRequests: string[] = [];
  const apiRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/jobs.json')) snapshotRequests.push(r.url());
    if (r.url().includes('/v1/')) apiRequests.push(r.url());
  });
  await page.goto(`${site.origin}/moved/careers/`);
  const board = new BoardPage(page);
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(jobs.length));
  expect(snapshotRequests, 'data-source="jobs.json" read next to the page, once').toEqual([
    `${site.origin}/moved/careers/jobs.json`,
  ]);
  expect(apiRequests).toEqual([]);
});
