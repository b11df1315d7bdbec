// A shared URL with `?tt_job=ID` opens that job directly, an unknown id says so, and the
// host page's own query parameters survive opening and closing jobs.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

test('a job from page 3 of the API opens directly from its URL', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const lastPage = Math.max(...jobs.map((job) => job.apiPage));
  expect(lastPage, 'the API spreads the jobs over 3+ pages').toBeGreaterThanOrEqual(3);
  const target = jobs.find((job) => job.apiPage === 3)!;

  const jobPage = new JobPage(page);
  await jobPage.open(target.id);
  await expect(jobPage.heading).toHaveText(target.title);
  await expect(jobPage.heading).toBeFocused();
  await expect(jobPage.notFound).toHaveCount(0);
  await expect(new BoardPage(page).jobList).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('tt_job')).toBe(target.id);
});

test('an unknown job id shows "not found" with a way back to the list', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  expect(jobs.some((job) => job.id === '999999')).toBe(false);

  const jobPage = new JobPage(page);
  const board = new BoardPage(page);
  await jobPage.open('999999');
  await expect(jobPage.notFound).toBeVisible();
  await expect(jobPage.notFound).toHaveText(/\S/);
  await expect(jobPage.article).toHaveCount(0);

  await jobPage.notFoundBackButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(new URL(page.url()).searchParams.has('tt_job')).toBe(false);
});

test("the host page's query parameters survive opening and closing a job", async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);
  const hostParams = () => {
    const params = new URL(page.url()).searchParams;
    return { utm_source: params.get('utm_source'), ref: params.get('ref'), job: params.get('tt_job') };
  };

  // Opened from the list.
  await board.open('/?utm_source=x&ref=a%20b');
  await board.waitForAllJobs(jobs.length);
  const firstId = (await board.renderedJobIds())[0];
  const firstJob = jobs.find((job) => job.id === firstId)!;
  await expect(board.titleOf(board.jobRow(firstId))).toHaveAttribute('href', /utm_source=x/);
  await board.titleOf(board.jobRow(firstId)).click();
  await expect(jobPage.heading).toHaveText(firstJob.title);
  expect(hostParams()).toEqual({ utm_source: 'x', ref: 'a b', job: firstId });
  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(hostParams()).toEqual({ utm_source: 'x', ref: 'a b', job: null });

  // Opened directly from a shared link.
  const target = jobs[jobs.length - 1];
  await jobPage.open(target.id, 'utm_source=x');
  await expect(jobPage.heading).toHaveText(target.title);
  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(hostParams()).toEqual({ utm_source: 'x', ref: null, job: null });
});
