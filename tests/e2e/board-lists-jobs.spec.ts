// The full-page board lists every published job the API reports.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedJobCount } from './mock-server';
import { BoardPage } from './pages/board-page';

const screenshotPath = path.join(__dirname, 'artifacts', 'board.png');

test('board lists one row per published job', async ({ page, request }) => {
  const expectedCount = await publishedJobCount(request);
  expect(expectedCount).toBeGreaterThan(0);

  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForJobs();
  await expect(board.resultCount).toContainText(String(expectedCount));

  await board.showAllJobs();
  await expect(board.jobRows).toHaveCount(expectedCount);
  await expect(board.titleOf(board.jobRows.first())).toHaveText(/\S/);

  await page.screenshot({ path: screenshotPath, fullPage: true });
});
