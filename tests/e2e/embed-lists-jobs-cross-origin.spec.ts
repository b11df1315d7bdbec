// The company site embeds the board from another origin with a script tag: it lists every
// published job without CORS preflights, and the open job lives in the HOST page's URL.
import { expect, test, type Request } from '@playwright/test';
import { fetchPublishedJobs, idsOf } from './demo-jobs';
import { demoApiKey, mockOrigin, mockStats, siteOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

// Chromium's Local Network Access may ask before a page reaches another loopback origin; a
// public site calling the public Teamtailor API is never asked (see board-no-preflight).
test.use({ permissions: ['local-network-access'] });

test.beforeAll(() => {
  expect(new URL(siteOrigin).origin, 'the company site is another origin').not.toBe(mockOrigin);
});

test('the embedded board lists every job, API keyed in the query, no preflight', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const before = await mockStats(request);
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));

  const site = new CompanySite(page);
  await site.open('/');
  const board = site.board('#careers');
  await board.waitForAllJobs(jobs.length);
  expect(await site.hasShadowRoot('#careers'), 'the board renders in a shadow root').toBe(true);
  await board.showAllJobs();
  await expect(board.jobRows).toHaveCount(jobs.length);
  expect((await board.renderedJobIds()).sort()).toEqual(idsOf(jobs));

  // Chromium does not report preflights as page requests, so the mock's counter is the proof.
  const after = await mockStats(request);
  expect(after.preflights, 'CORS preflights the mock received').toBe(before.preflights);
  expect(requests.filter((r) => r.method() === 'OPTIONS').map((r) => r.url())).toEqual([]);

  const apiRequests = requests.filter((r) => new URL(r.url()).pathname.startsWith('/v1/'));
  expect(apiRequests.length, 'the API was asked').toBeGreaterThan(0);
  for (const apiRequest of apiRequests) {
    const url = new URL(apiRequest.url());
    expect(url.origin, 'API requests go to data-api-base, not the host page').toBe(mockOrigin);
    expect(url.searchParams.get('api_key'), apiRequest.url()).toBe(demoApiKey);
    expect((await apiRequest.allHeaders())['authorization'], apiRequest.url()).toBeUndefined();
  }
  const widgetFiles = requests.filter((r) => new URL(r.url()).origin === mockOrigin && !apiRequests.includes(r));
  expect(
    widgetFiles.map((r) => new URL(r.url()).pathname),
    'embed.js and what it loads come from the widget origin',
  ).toContain('/embed.js');
});

test('opening a job pushes ?tt_job=ID onto the host page; back returns to the list', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');

  await site.open('/');
  await board.waitForAllJobs(jobs.length);
  const firstId = (await board.renderedJobIds())[0];
  const job = jobs.find((j) => j.id === firstId)!;
  await board.titleOf(board.jobRow(firstId)).click();

  await expect(jobPage.heading).toHaveText(job.title);
  const url = new URL(page.url());
  expect(url.origin, 'still on the host page').toBe(siteOrigin);
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('tt_job')).toBe(firstId);
  await expect(board.jobList).toHaveCount(0);

  // A history entry was pushed: the browser's back button closes the job.
  await page.goBack();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  await expect(jobPage.article).toHaveCount(0);
  expect(new URL(page.url()).origin).toBe(siteOrigin);
  expect(site.params().has('tt_job')).toBe(false);
});

test('a deep link to a job from API page 3 opens it; back keeps host params and hash', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const target = jobs.find((job) => job.apiPage === 3);
  expect(target, 'the API spreads the jobs over 3+ pages').toBeDefined();
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');

  await site.open(`/?tt_job=${encodeURIComponent(target!.id)}&utm_source=x#top`);
  await expect(jobPage.heading).toHaveText(target!.title);
  await expect(jobPage.notFound).toHaveCount(0);
  await expect(board.jobList).toHaveCount(0);

  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  const url = new URL(page.url());
  expect(url.origin).toBe(siteOrigin);
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('utm_source')).toBe('x');
  expect(url.searchParams.has('tt_job')).toBe(false);
  expect(url.hash).toBe('#top');
});
