// The full-page board (index.html, as hosted on any CDN) under a strict Content-Security-Policy
// from its own origin: scripts, styles and connections from 'self' plus 'wasm-unsafe-eval',
// nothing inline. The board lists every job, searches and opens one, and the browser reports
// no CSP violation. Trunk's own loader is an inline module script, which this policy refuses.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

const POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

test('the full-page board works under a strict CSP without a single violation', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(() => {
    const directives: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = directives;
    document.addEventListener('securitypolicyviolation', (event) => directives.push(event.violatedDirective));
  });
  // The board's document gets the policy; the mock serves everything else as it is.
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });

  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobs.length);
  // Only the wasm draws a search box: the loader's first rows alone would not pass here.
  await expect(board.searchInput).toBeEnabled();
  const job = jobs[jobs.length - 1];
  await board.searchInput.fill(job.title);
  await board.titleOf(board.jobRow(job.id)).click();
  await expect(new JobPage(page).heading).toHaveText(job.title);

  // A probe the policy forbids shows the recorder is live; once it is in, every violation
  // the board caused before it is too, and there must be none but the probe.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await expect.poll(violations).toContain('style-src-attr');
  expect(await violations(), 'securitypolicyviolation events: only the probe').toEqual(['style-src-attr']);
  expect(pageErrors, 'uncaught errors').toEqual([]);
});
