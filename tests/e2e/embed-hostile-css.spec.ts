// A host page whose CSS hides `.tt-job`, unsets `li, a, button, input…` to red 40px inline
// boxes and sets a 28px root font size: the board in its shadow root looks as it does on a
// plain page and still works.
import { expect, test, type Locator } from '@playwright/test';
import { fetchPublishedJobs, matchesQuery, searchableText } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

interface TitleStyle {
  fontSize: number;
  color: string;
  display: string;
}

async function titleStyle(title: Locator): Promise<TitleStyle> {
  return title.evaluate((element) => {
    const style = getComputedStyle(element);
    return { fontSize: parseFloat(style.fontSize), color: style.color, display: style.display };
  });
}

test('hostile host CSS neither hides nor restyles the board, and it still works', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');

  // The reference: the same board on the plain homepage.
  await site.open('/');
  await board.waitForAllJobs(jobs.length);
  const plain = await titleStyle(board.titleOf(board.jobRows.first()));
  const plainRowHeight = (await board.jobRows.first().boundingBox())!.height;

  await site.open('/hostile-css');
  await expect(page.locator('style#hostile-css'), 'the hostile rules are on the page').toHaveCount(1);
  const pageParagraph = page.locator('main .page-hero p').first();
  expect(
    await pageParagraph.evaluate((p) => getComputedStyle(p).color),
    "the rules do apply to the page's own markup",
  ).toBe('rgb(255, 0, 0)');

  await board.waitForAllJobs(jobs.length);
  const firstRow = board.jobRows.first();
  await expect(firstRow).toBeVisible();
  await expect(board.searchInput).toBeVisible();
  const hostile = await titleStyle(board.titleOf(firstRow));
  expect(hostile.color, 'job titles are not red').not.toBe('rgb(255, 0, 0)');
  expect(hostile.color).toBe(plain.color);
  expect(hostile.display).toBe(plain.display);
  expect(hostile.fontSize, 'job titles keep a sane size').toBeLessThan(30);
  // Soft, so a size leak (e.g. rem units following the host's root font size) is reported
  // without hiding whether the board still works.
  expect(hostile.fontSize, 'job titles are the size they are on a plain page').toBeCloseTo(plain.fontSize, 0);
  const hostileRowHeight = (await firstRow.boundingBox())!.height;
  expect(hostileRowHeight, 'rows are as tall as on a plain page').toBeLessThan(plainRowHeight * 1.25);

  // Search works.
  const job = jobs[jobs.length - 1];
  const query = job.title;
  const expected = jobs.filter((j) => matchesQuery(searchableText(j), query));
  await board.searchInput.fill(query);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await expect(board.jobRow(job.id)).toBeVisible();

  // A job opens.
  await board.titleOf(board.jobRow(job.id)).click();
  await expect(jobPage.heading).toBeVisible();
  await expect(jobPage.heading).toHaveText(job.title);
  expect(site.params().get('tt_job')).toBe(job.id);
  const headingColor = await jobPage.heading.evaluate((h) => getComputedStyle(h).color);
  expect(headingColor, 'the job heading is not red').not.toBe('rgb(255, 0, 0)');
  await expect(jobPage.backButton).toBeVisible();
});
