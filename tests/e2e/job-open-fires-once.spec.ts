// One deep-linked job shown is one `teamtailor:job-open`, however many pages of jobs arrive
// after it showed: the host's analytics count views, not the board's data loads.
import { expect, test } from '@playwright/test';
import { serveBoardWithApiBase, titleOnlyOnPage, waitUntilCached, watchJobsPage } from './board-watch';
import { fetchPublishedJobs } from './demo-jobs';
import { laterPagesDelayedApiBase } from './mock-server';
import { JobPage } from './pages/job-page';

const LATER_PAGES_MS = 4_000;

interface SeenEvent {
  type: string;
  detail: Record<string, unknown> | null;
}

test('job-open fires exactly once for a deep-linked job while the later pages arrive', async ({ page, request }) => {
  test.setTimeout(45_000);
  const jobs = await fetchPublishedJobs(request);
  const lastPage = Math.max(...jobs.map((job) => job.apiPage));
  expect(lastPage, 'the API spreads the jobs over 2+ pages').toBeGreaterThanOrEqual(2);
  const job = jobs.find((j) => j.apiPage === 1)!;
  const lastPageTitle = titleOnlyOnPage(jobs, lastPage);

  // Every teamtailor:* event that reaches the document, from before the board's scripts run.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __events: unknown[] }).__events = seen;
    for (const type of ['teamtailor:ready', 'teamtailor:job-open', 'teamtailor:apply-open', 'teamtailor:error']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail;
        seen.push({ type, detail: detail == null ? null : JSON.parse(JSON.stringify(detail)) });
      });
    }
  });
  const events = () => page.evaluate(() => (window as unknown as { __events: SeenEvent[] }).__events);

  await serveBoardWithApiBase(page, laterPagesDelayedApiBase(LATER_PAGES_MS));
  const lastPageWatch = watchJobsPage(page, lastPage);
  const jobPage = new JobPage(page);
  await jobPage.open(job.id);
  await expect(jobPage.heading).toHaveText(job.title);
  await expect.poll(async () => (await events()).filter((e) => e.type === 'teamtailor:job-open')).toEqual([
    { type: 'teamtailor:job-open', detail: { id: job.id } },
  ]);
  expect(lastPageWatch.arrived(), `job-open seen before page ${lastPage} arrived`).toBe(false);

  // The later pages land; the reader is still on the same job.
  await expect
    .poll(() => lastPageWatch.arrived(), { message: `page ${lastPage} answered`, timeout: 20_000 })
    .toBe(true);
  await waitUntilCached(page, lastPageTitle);
  await page.waitForTimeout(500); // let what landed render before checking nothing was rebuilt
  await expect(jobPage.heading).toHaveText(job.title);

  const seen = await events();
  expect(seen.filter((e) => e.type === 'teamtailor:job-open'), 'job-open events for one job shown').toEqual([
    { type: 'teamtailor:job-open', detail: { id: job.id } },
  ]);
  expect(seen.filter((e) => e.type === 'teamtailor:ready'), 'ready events').toHaveLength(1);
  expect(seen.filter((e) => e.type === 'teamtailor:error'), 'error events').toEqual([]);
});
