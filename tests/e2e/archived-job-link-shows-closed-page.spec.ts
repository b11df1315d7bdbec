// An old link to a job that has since been closed (archived: not listed, but `GET
// /v1/jobs/{id}` still answers it) says the job is closed instead of "not found", offers no
// way to apply, suggests up to three open jobs from the same department and leads back.
import { expect, test } from '@playwright/test';
import { recordNotFound, sawNotFound } from './board-watch';
import { fetchPublishedJobs } from './demo-jobs';
import { fetchJobById } from './mock-server';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

const ARCHIVED_JOB_ID = '7175';

test('a link to an archived job shows a closed page with similar open jobs', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const closed = await fetchJobById(request, ARCHIVED_JOB_ID);
  expect(closed.status, `GET /v1/jobs/${ARCHIVED_JOB_ID} answers`).toBe(200);
  expect(closed.jobStatus).toBe('archived');
  expect(jobs.some((job) => job.id === ARCHIVED_JOB_ID), 'the archived job is not listed').toBe(false);
  const openIds = new Set(jobs.map((job) => job.id));
  const sameDepartment = closed.departmentId
    ? new Set(jobs.filter((job) => job.department?.id === closed.departmentId).map((job) => job.id))
    : null;

  await recordNotFound(page);
  const jobPage = new JobPage(page);
  const board = new BoardPage(page);
  await jobPage.open(ARCHIVED_JOB_ID);

  await expect(jobPage.closedArticle, 'the closed job page (article.tt-job-page.tt-job-closed)').toBeVisible();
  await expect(jobPage.heading).toHaveText(closed.title);
  await expect(jobPage.closedNotice).toBeVisible();
  await expect(jobPage.closedNotice).toContainText(/no longer/i);
  await expect(jobPage.applySection).toHaveCount(0);
  await expect(jobPage.applyButton).toHaveCount(0);
  await expect(jobPage.applyLink).toHaveCount(0);
  await expect(jobPage.applyFrame).toHaveCount(0);

  // Up to three open jobs, from the closed job's department when it has one.
  await expect(jobPage.similarJobs).toBeVisible();
  const expectedCount = Math.min(3, sameDepartment ? sameDepartment.size : jobs.length);
  expect(expectedCount, 'there are open jobs to suggest').toBeGreaterThan(0);
  await expect(jobPage.similarJobRows).toHaveCount(expectedCount);
  const suggested = await jobPage.similarJobRows.evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-job-id') ?? ''),
  );
  for (const id of suggested) {
    expect(openIds.has(id), `suggested job ${id} is open`).toBe(true);
    if (sameDepartment) expect(sameDepartment.has(id), `suggested job ${id} is in the same department`).toBe(true);
  }
  expect(new Set(suggested).size, 'no job suggested twice').toBe(suggested.length);
  expect(suggested).not.toContain(ARCHIVED_JOB_ID);
  await expect(jobPage.notFound).toHaveCount(0);
  expect(await sawNotFound(page), '".tt-not-found" showed for a closed job').toBe(false);

  // The way back to every open job.
  await jobPage.backButton.click();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(new URL(page.url()).searchParams.has('tt_job')).toBe(false);
});
