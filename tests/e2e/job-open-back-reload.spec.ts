// Opening a job from a filtered, scrolled list and coming back restores the list as it was;
// the browser's back/forward and reload follow the URL.
import { expect, test, type Page } from '@playwright/test';
import { type ApiJob, fetchPublishedJobs, fold, idsOf, matchesQuery, searchableText, words } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

// A short window, so even a handful of rows makes the list scroll.
test.use({ viewport: { width: 1000, height: 500 } });

/** The biggest department, and the title word that keeps most (but not all) of its jobs. */
function filterAndQuery(jobs: ApiJob[]): { departmentId: string; query: string; expected: ApiJob[] } {
  const byDepartment = new Map<string, ApiJob[]>();
  for (const job of jobs) {
    if (job.department) byDepartment.set(job.department.id, [...(byDepartment.get(job.department.id) ?? []), job]);
  }
  const [departmentId, inDepartment] = [...byDepartment].sort((a, b) => b[1].length - a[1].length)[0];
  let best: { query: string; expected: ApiJob[] } | undefined;
  for (const word of new Set(inDepartment.flatMap((job) => words(fold(job.title))))) {
    if (word.length < 4) continue;
    const expected = inDepartment.filter((job) => matchesQuery(searchableText(job), word));
    if (expected.length < inDepartment.length && expected.length > (best?.expected.length ?? 0)) {
      best = { query: word, expected };
    }
  }
  if (!best || best.expected.length < 5) throw new Error('no title word keeps 5+ jobs of the biggest department');
  return { departmentId, ...best };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const rowTopOnScreen = (page: Page, id: string) =>
  page.locator(`[data-job-id="${id}"]`).evaluate((row) => row.getBoundingClientRect().top);
const params = (page: Page) => new URL(page.url()).searchParams;

test('a job opened from a filtered list returns to the same list; back, forward and reload work', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const { departmentId, query, expected } = filterAndQuery(jobs);
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);

  await board.open('/');
  await board.waitForAllJobs(jobs.length);
  const listTitle = await page.title();
  await board.facetSelect('tt-facet-department').selectOption(departmentId);
  await board.searchInput.fill(query);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await board.showAllJobs();
  const listIds = await board.renderedJobIds();
  expect([...listIds].sort()).toEqual(idsOf(expected));
  const listUrl = page.url();
  expect(params(page).get('tt_department')).toBe(departmentId);
  expect(params(page).get('tt_q')).toBe(query);

  // Open the last row, scrolled down to it.
  const target = expected.find((job) => job.id === listIds[listIds.length - 1])!;
  const targetLink = board.titleOf(board.jobRow(target.id));
  await targetLink.scrollIntoViewIfNeeded();
  const listScroll = await scrollY(page);
  expect(listScroll, 'the list is scrolled before opening the job').toBeGreaterThan(100);
  const rowTop = await rowTopOnScreen(page, target.id);
  await targetLink.click();

  await expect(jobPage.heading).toHaveText(target.title);
  await expect(jobPage.heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  expect(params(page).get('tt_job')).toBe(target.id);
  expect(params(page).get('tt_department'), 'filters stay in the URL on the job page').toBe(departmentId);
  expect(params(page).get('tt_q')).toBe(query);
  await expect(board.jobList).toBeHidden();

  // The page's own back button: same filters, same rows, same place, focus on the job's link.
  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  expect(page.url()).toBe(listUrl);
  await expect(board.facetSelect('tt-facet-department')).toHaveValue(departmentId);
  await expect(board.searchInput).toHaveValue(query);
  expect(await board.renderedJobIds(), 'rows after coming back').toEqual(listIds);
  // Where the reader left it on screen; the offset alone can differ by the estimated height
  // of rows off screen (`content-visibility`), so the row's own place is what is compared.
  expect(await scrollY(page), 'the list is scrolled down again').toBeGreaterThan(listScroll / 2);
  await expect
    .poll(async () => Math.abs((await rowTopOnScreen(page, target.id)) - rowTop), 'the opened row moved by (px)')
    .toBeLessThan(8);
  await expect(targetLink).toBeFocused();
  await expect(page).toHaveTitle(listTitle);

  // Browser history: back → job, back → list, forward → job.
  await page.goBack();
  await expect(jobPage.heading).toHaveText(target.title);
  expect(params(page).get('tt_job')).toBe(target.id);
  await page.goBack();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await expect(jobPage.article).toBeHidden();
  expect(page.url()).toBe(listUrl);
  await expect(board.searchInput).toHaveValue(query);
  await page.goForward();
  await expect(jobPage.heading).toHaveText(target.title);

  // Reload on the job's URL shows the job.
  await page.reload();
  await expect(jobPage.heading).toHaveText(target.title);
  await expect(page).toHaveTitle(new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // Reload on the filtered list keeps the filters and the result.
  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await page.reload();
  await board.waitForAllJobs(expected.length);
  expect(page.url()).toBe(listUrl);
  await expect(board.facetSelect('tt-facet-department')).toHaveValue(departmentId);
  await expect(board.searchInput).toHaveValue(query);
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(idsOf(expected));
});
