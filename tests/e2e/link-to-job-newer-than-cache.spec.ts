// A repeat visitor follows a link to a job published after their cache was written. The
// board must not call it missing while the API has not answered: it fetches the job and
// shows it, with no "not found" in between, not even for a frame.
import { expect, test } from '@playwright/test';
import { cacheThenRevise, recordNotFound, sawNotFound } from './board-watch';
import { setMockRevision } from './mock-server';
import { JobPage } from './pages/job-page';

const REVISED_NEW_JOB_TITLE = 'Staff Platform Engineer';

test.afterEach(async ({ request }) => {
  await setMockRevision(request, 0);
});

test('a link to a job newer than the cache opens without a not-found flash', async ({ page, request }) => {
  test.setTimeout(45_000);
  // Visit 1 fills the cache with the account as it was; a job is published after that.
  const { before, after } = await cacheThenRevise(page, request);
  const cachedIds = new Set(before.map((job) => job.id));
  const added = after.filter((job) => !cachedIds.has(job.id));
  expect(added.map((job) => job.title), 'revision 1 publishes one new job').toEqual([REVISED_NEW_JOB_TITLE]);
  const newJob = added[0];

  // Visit 2 follows a shared link to it.
  await recordNotFound(page);
  const jobPage = new JobPage(page);
  await jobPage.open(newJob.id);
  await expect(jobPage.heading).toHaveText(REVISED_NEW_JOB_TITLE);
  // The demo account has an older job of the same title: the pitch tells them apart.
  await expect(jobPage.pitch).toHaveText(newJob.pitch);
  expect(new URL(page.url()).searchParams.get('tt_job')).toBe(newJob.id);
  await expect(jobPage.notFound).toHaveCount(0);
  expect(await sawNotFound(page), '".tt-not-found" showed before the job did').toBe(false);
});
