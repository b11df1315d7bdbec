// Full-page screenshots of the company site with the embedded board, for a person to look
// over: tests/e2e/artifacts/embed-site.png and embed-two-widgets.png. An artifact, not a test
// (see screenshots.config.ts): no pixel is compared, and the specs assert what they show.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

const artifacts = path.join(__dirname, 'artifacts');

async function save(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, name), fullPage: true });
}

test('screenshots of the company homepage and the two-boards page', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);

  await site.open('/');
  await site.board('#careers').waitForAllJobs(jobs.length);
  await save(page, 'embed-site.png');

  await site.open('/two-widgets');
  for (const tag of await site.embedTags()) {
    const departments = tag.departments!.split(',');
    const expected = jobs.filter((job) => job.department && departments.includes(job.department.id));
    await site.board(tag.target!).waitForAllJobs(expected.length);
  }
  await save(page, 'embed-two-widgets.png');
});
