// A candidate who opens a shared job link and starts applying while the board is still
// loading the later pages of jobs keeps what they typed: the pages arriving update the
// board's data in place, they do not re-create the job page or its apply iframe.
import { expect, test } from '@playwright/test';
import { MARKER, serveBoardWithApiBase, titleOnlyOnPage, waitUntilCached, watchJobsPage } from './board-watch';
import { fetchPublishedJobs } from './demo-jobs';
import { laterPagesDelayedApiBase } from './mock-server';
import { JobPage } from './pages/job-page';

const LATER_PAGES_MS = 6_000;

test('the apply form keeps the typed name when the later pages of jobs arrive', async ({ page, request }) => {
  test.setTimeout(45_000);
  const jobs = await fetchPublishedJobs(request);
  const lastPage = Math.max(...jobs.map((job) => job.apiPage));
  expect(lastPage, 'the API spreads the jobs over 2+ pages').toBeGreaterThanOrEqual(2);
  const job = jobs.find((j) => j.apiPage === 1 && !j.externalApplicationUrl && j.applyIframeUrl);
  expect(job, 'a job on page 1 is applied to in an iframe').toBeDefined();
  const lastPageTitle = titleOnlyOnPage(jobs, lastPage);

  await serveBoardWithApiBase(page, laterPagesDelayedApiBase(LATER_PAGES_MS));
  const lastPageWatch = watchJobsPage(page, lastPage);
  const jobPage = new JobPage(page);
  await jobPage.open(job!.id);
  await expect(jobPage.heading).toHaveText(job!.title);

  await jobPage.applyButton.click();
  await expect(jobPage.applyFrame).toBeVisible();
  await jobPage.applyFrame.evaluate((frame, marker) => {
    (frame as HTMLElement).dataset.marker = marker;
  }, MARKER);
  await jobPage.applyNameField.fill('Ada Lovelace');
  await expect(jobPage.applyNameField).toHaveValue('Ada Lovelace');
  expect(lastPageWatch.arrived(), `typed before page ${lastPage} arrived (${LATER_PAGES_MS} ms late)`).toBe(false);

  // Every page is in: the mock answered the last one and the board has taken it in.
  await expect
    .poll(() => lastPageWatch.arrived(), { message: `page ${lastPage} answered`, timeout: 20_000 })
    .toBe(true);
  await waitUntilCached(page, lastPageTitle);
  await page.waitForTimeout(500); // let what landed render before checking nothing was rebuilt

  await expect(jobPage.heading).toHaveText(job!.title);
  await expect(jobPage.applyFrame, 'the apply iframe is the same element, not a new one').toHaveAttribute(
    'data-marker',
    MARKER,
  );
  await expect(jobPage.applyFrame).toHaveCount(1);
  await expect(jobPage.applyNameField, 'the typed name is still in the form').toHaveValue('Ada Lovelace');
  await expect(jobPage.notFound).toHaveCount(0);
});
