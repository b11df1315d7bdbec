// With data-shadow="none" the board renders straight into the host element (no shadow root):
// its markup is part of the page's own DOM, and it lists, searches and opens jobs as usual.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs, idsOf, matchesQuery, searchableText } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

test('data-shadow="none": the board is light DOM in the host element and works', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');

  await site.open('/light-dom');
  const tags = await site.embedTags();
  expect(tags.map((tag) => [tag.target, tag.shadow])).toEqual([['#careers', 'none']]);
  await board.waitForAllJobs(jobs.length);

  expect(await site.hasShadowRoot('#careers'), 'the host element has no shadow root').toBe(false);
  // document.querySelectorAll does not pierce shadow roots: these rows are light DOM.
  const lightRows = () => page.evaluate(() => document.querySelectorAll('#careers .tt-job').length);
  expect(await lightRows()).toBe(await board.jobRows.count());
  expect(await lightRows()).toBeGreaterThan(0);
  // The board's stylesheet went into the page's head, once.
  const sheets = await page.evaluate(() =>
    [...document.head.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link as HTMLLinkElement).href),
  );
  expect(sheets.filter((href) => /\/board-[^/]*\.css$/.test(href)), 'board stylesheet in <head>').toHaveLength(1);
  const rowBorder = await board.jobRows.first().evaluate((row) => getComputedStyle(row).borderTopStyle);
  expect(rowBorder, 'board CSS is applied').toBe('solid');

  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(idsOf(jobs));

  // Search and open a job.
  const job = jobs[Math.floor(jobs.length / 2)];
  const expected = jobs.filter((j) => matchesQuery(searchableText(j), job.title));
  await board.searchInput.fill(job.title);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await board.titleOf(board.jobRow(job.id)).click();
  await expect(jobPage.heading).toHaveText(job.title);
  expect(site.params().get('tt_job')).toBe(job.id);
  expect(
    await page.evaluate(() => document.querySelector('#careers h1')?.textContent?.trim()),
    'the job page is light DOM too',
  ).toBe(job.title);

  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  expect(site.params().has('tt_job')).toBe(false);
});
