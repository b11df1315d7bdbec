// Full-page screenshots of the board's main views, for a person to look over:
// tests/e2e/artifacts/{list,filtered,job,apply}.png. An artifact, not a test (see
// screenshots.config.ts): no pixel is compared, and the specs assert what these views show.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

const artifacts = path.join(__dirname, 'artifacts');

async function save(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, name), fullPage: true });
}

test('screenshots of the list, a filtered list, a job and its apply form', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);

  await board.open('/');
  await board.waitForAllJobs(jobs.length);
  await expect(board.jobRows).toHaveCount(Math.min(30, jobs.length));
  await save(page, 'list.png');

  const job = jobs.find((j) => j.department && !j.externalApplicationUrl && j.applyIframeUrl)!;
  const inDepartment = jobs.filter((j) => j.department?.id === job.department!.id);
  await board.facetSelect('tt-facet-department').selectOption(job.department!.id);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(inDepartment.length));
  await save(page, 'filtered.png');

  await board.titleOf(board.jobRow(job.id)).click();
  await expect(jobPage.heading).toHaveText(job.title);
  const picture = jobPage.article.locator('img.tt-job-picture');
  if ((await picture.count()) > 0) {
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
  await save(page, 'job.png');

  await jobPage.applyButton.click();
  await expect(jobPage.addCoverLetterButton).toBeVisible();
  await jobPage.addCoverLetterButton.click();
  await expect.poll(() => jobPage.applyFrameHeight()).toBeGreaterThan(1_000);
  await save(page, 'apply.png');
});
