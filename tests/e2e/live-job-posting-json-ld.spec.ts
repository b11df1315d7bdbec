// Live-mode SEO: with data-company-name the open job's JSON-LD JobPosting is in the host
// document's <head> (one, for the job that shows; gone on the list), and the full-page board
// also points the canonical link at the job. Without the attribute no JSON-LD is added and the
// console says how to get it, once per page.
import { expect, test, type Page } from '@playwright/test';
import { fetchPublishedJobs, type ApiJob } from './demo-jobs';
import { mockOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';
import { JobPage } from './pages/job-page';

test.use({ permissions: ['local-network-access'] });

/** Every JSON-LD script in the document's head, parsed. */
async function headJsonLd(page: Page): Promise<Record<string, any>[]> {
  const texts = await page.evaluate(() =>
    [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  );
  return texts.map((text) => JSON.parse(text));
}

/** The href of every canonical link in the document. */
async function canonicalHrefs(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
  );
}

/** Two listed jobs from the first rows of `board`, with what the API says about them. */
async function twoListedJobs(board: BoardPage, jobs: ApiJob[]): Promise<[ApiJob, ApiJob]> {
  await board.waitForTakeover();
  const ids = (await board.renderedJobIds()).slice(0, 2);
  const [first, second] = ids.map((id) => jobs.find((job) => job.id === id));
  if (!first || !second) throw new Error(`rows ${ids} are not published jobs`);
  return [first, second];
}

test('embed with data-company-name: the open job\'s JobPosting is in <head> until the list shows', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await site.open('/job-posting');
  await board.waitForJobs();
  expect(await headJsonLd(page), 'no JSON-LD on the list').toEqual([]);
  const canonicalBefore = await canonicalHrefs(page);
  const [first, second] = await twoListedJobs(board, jobs);

  await board.titleOf(board.jobRow(first.id)).click();
  await expect(jobPage.heading).toHaveText(first.title);
  await expect.poll(async () => (await headJsonLd(page)).length).toBe(1);
  const [posting] = await headJsonLd(page);
  expect(posting['@type']).toBe('JobPosting');
  expect(posting.title).toBe(first.title);
  expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Northwind' });
  expect(posting.identifier.value).toBe(first.id);
  expect(new URL(posting.url).searchParams.get('tt_job')).toBe(first.id);
  expect(posting.description.length, 'a description').toBeGreaterThan(0);
  expect(await canonicalHrefs(page), 'an embed leaves the host page\'s canonical link alone').toEqual(canonicalBefore);

  await jobPage.backButton.click();
  await board.waitForJobs();
  await expect.poll(() => headJsonLd(page), 'removed on the way back to the list').toEqual([]);

  await board.titleOf(board.jobRow(second.id)).click();
  await expect(jobPage.heading).toHaveText(second.title);
  await expect.poll(async () => (await headJsonLd(page)).map((p) => p.title)).toEqual([second.title]);

  // Browser back from one job to the list also takes it away.
  await page.goBack();
  await board.waitForJobs();
  await expect.poll(() => headJsonLd(page)).toEqual([]);
});

test('full-page board with data-company-name: JobPosting and canonical link follow the open job', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  // The mock serves dist's index.html; this run's copy gets the attribute on #tt-board.
  await page.route((url) => url.origin === mockOrigin && url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/id="?tt-board"?/, 'id="tt-board" data-company-name="Northwind"');
    await route.fulfill({ response, body: html });
  });
  const job = jobs[0];
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);
  await board.open(`/?tt_job=${job.id}&ref=newsletter`);
  await expect(jobPage.heading).toHaveText(job.title);
  await expect.poll(async () => (await headJsonLd(page)).map((p) => p.title)).toEqual([job.title]);
  const expectedUrl = `${mockOrigin}/?tt_job=${job.id}`;
  expect((await headJsonLd(page))[0].url).toBe(expectedUrl);
  expect(await canonicalHrefs(page), 'one canonical link: the job, without the page\'s other parameters').toEqual([expectedUrl]);

  await jobPage.backButton.click();
  await board.waitForJobs();
  await expect.poll(() => headJsonLd(page)).toEqual([]);
  expect(await canonicalHrefs(page), 'the link the board added is gone').toEqual([]);
});

test('without data-company-name no JSON-LD is added and one console hint says why', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const hints: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('data-company-name')) hints.push(message.text());
  });
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await site.open('/');
  await board.waitForJobs();
  const [first, second] = await twoListedJobs(board, jobs);
  for (const job of [first, second]) {
    await board.titleOf(board.jobRow(job.id)).click();
    await expect(jobPage.heading).toHaveText(job.title);
    expect(await headJsonLd(page), `no JSON-LD for ${job.id}`).toEqual([]);
    await jobPage.backButton.click();
    await board.waitForJobs();
  }
  expect(hints, 'one hint per page, not one per job').toHaveLength(1);
});
