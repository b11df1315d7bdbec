// The host page hears what the board does: teamtailor:ready, :job-open {id}, :apply-open {id}
// and :error {kind, status}, dispatched on the board's element, bubbling and composed, so a
// listener on `document` receives them from inside the shadow root.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { mockOrigin } from './mock-server';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

test('ready on load, job-open {id} when a job shows, apply-open {id} on apply', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await site.recordEvents();

  await site.open('/');
  await board.waitForAllJobs(jobs.length);
  await expect.poll(() => site.events()).toEqual([{ type: 'teamtailor:ready', detail: {}, target: 'careers' }]);

  // A job with the in-page apply form (no external application link).
  const job = jobs.find((j) => !j.externalApplicationUrl && j.applyIframeUrl);
  expect(job, 'the API has a job applied to in an iframe').toBeDefined();
  await board.searchInput.fill(job!.title);
  await board.titleOf(board.jobRow(job!.id)).click();
  await expect(jobPage.heading).toHaveText(job!.title);
  await expect
    .poll(() => site.events())
    .toEqual([
      { type: 'teamtailor:ready', detail: {}, target: 'careers' },
      { type: 'teamtailor:job-open', detail: { id: job!.id }, target: 'careers' },
    ]);

  await jobPage.applyButton.click();
  await expect(jobPage.applyFrame).toBeVisible();
  await expect.poll(async () => (await site.events()).slice(2)).toEqual([
    { type: 'teamtailor:apply-open', detail: { id: job!.id }, target: 'careers' },
  ]);

  // Back to the list and into another job: one more job-open, ready only ever once.
  await jobPage.backButton.click();
  const other = jobs.find((j) => j.id !== job!.id)!;
  await board.searchInput.fill(other.title);
  await board.titleOf(board.jobRow(other.id)).click();
  await expect(jobPage.heading).toHaveText(other.title);
  await expect.poll(async () => (await site.events()).slice(3)).toEqual([
    { type: 'teamtailor:job-open', detail: { id: other.id }, target: 'careers' },
  ]);
  expect((await site.events()).filter((e) => e.type === 'teamtailor:ready')).toHaveLength(1);
});

test('a deep link fires ready and job-open {id} for the linked job', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const job = jobs[jobs.length - 1];
  const site = new CompanySite(page);
  await site.recordEvents();

  await site.open(`/?tt_job=${encodeURIComponent(job.id)}`);
  await expect(site.jobPage('#careers').heading).toHaveText(job.title);
  await expect.poll(async () => (await site.events()).map((e) => e.type).sort()).toEqual([
    'teamtailor:job-open',
    'teamtailor:ready',
  ]);
  const jobOpen = (await site.events()).find((e) => e.type === 'teamtailor:job-open')!;
  expect(jobOpen).toEqual({ type: 'teamtailor:job-open', detail: { id: job.id }, target: 'careers' });
});

test('a rejected key fires error {kind: "unauthorized", status: 401}', async ({ page }) => {
  await page.route(`${mockOrigin}/v1/**`, (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/vnd.api+json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ errors: [{ status: '401', title: 'Unauthorized' }] }),
    }),
  );
  const site = new CompanySite(page);
  const board = site.board('#careers');
  await site.recordEvents();

  await site.open('/');
  await expect(board.error).toBeVisible();
  await expect(board.error).toHaveAttribute('data-kind', 'unauthorized');
  await expect.poll(() => site.events()).toEqual([
    { type: 'teamtailor:error', detail: { kind: 'unauthorized', status: 401 }, target: 'careers' },
  ]);
});

test('a bad configuration fires error {kind: "config"}', async ({ page }) => {
  const site = new CompanySite(page);
  await site.recordEvents();

  await site.open('/bad-config/missing-key');
  await expect(site.configError).toBeVisible();
  await expect.poll(() => site.events()).toEqual([
    {
      type: 'teamtailor:error',
      detail: { kind: 'config', message: await site.configErrorMessage(site.host('#careers')).innerText() },
      target: 'careers',
    },
  ]);
});
