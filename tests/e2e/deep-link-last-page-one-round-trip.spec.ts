// A shared link to a job that only the last page of the list has shows that job after one
// round trip (the board asks for the job by id alongside page 1), not after every page of
// the list has been read, and never says "not found" while it waits.
import { expect, test } from '@playwright/test';
import { recordNotFound, sawNotFound, serveBoardWithApiBase, watchJobsPage } from './board-watch';
import { fetchPublishedJobs } from './demo-jobs';
import { laterPagesDelayedApiBase } from './mock-server';
import { JobPage } from './pages/job-page';

const LATER_PAGES_MS = 6_000;

test('a deep link to a job on the last page shows it before the later pages arrive', async ({ page, request }) => {
  test.setTimeout(45_000);
  const jobs = await fetchPublishedJobs(request);
  const lastPage = Math.max(...jobs.map((job) => job.apiPage));
  expect(lastPage, 'the API spreads the jobs over 2+ pages').toBeGreaterThanOrEqual(2);
  const job = jobs.find((j) => j.apiPage === lastPage)!;

  await recordNotFound(page);
  await serveBoardWithApiBase(page, laterPagesDelayedApiBase(LATER_PAGES_MS));
  const lastPageWatch = watchJobsPage(page, lastPage);
  const jobPage = new JobPage(page);
  const started = Date.now();
  await jobPage.open(job.id);
  await expect(jobPage.heading).toHaveText(job.title, { timeout: 15_000 });
  const waited = Date.now() - started;
  expect(
    lastPageWatch.arrived(),
    `the job showed only after page ${lastPage} of the list arrived (${waited} ms; later pages are ${LATER_PAGES_MS} ms late)`,
  ).toBe(false);
  await expect(jobPage.heading).toBeFocused();
  expect(await sawNotFound(page), '".tt-not-found" showed while the job was on its way').toBe(false);

  // The later pages arriving change nothing: still the job, still no "not found".
  await expect
    .poll(() => lastPageWatch.arrived(), { message: `page ${lastPage} answered`, timeout: 20_000 })
    .toBe(true);
  await expect(jobPage.heading).toHaveText(job.title);
  expect(await sawNotFound(page)).toBe(false);
});
