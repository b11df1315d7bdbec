// Under a strict Content-Security-Policy (the widget's origin plus 'wasm-unsafe-eval', nothing
// inline), the embedded board lists jobs, opens one and its apply form, and the browser
// reports no CSP violation and no console error.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

test('the board works under a strict CSP without a single violation', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Before any page script runs; init scripts are not subject to the page's CSP.
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample });
    });
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  const response = await site.open('/strict-csp');
  const csp = response?.headers()['content-security-policy'];
  expect(csp, 'the page is served with a CSP').toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");

  await board.waitForAllJobs(jobs.length);
  await expect(board.jobRows.first()).toBeVisible();
  // The board's stylesheet applied (it is a <link> from the widget's origin, not inline).
  const rowBorder = await board.jobRows.first().evaluate((row) => getComputedStyle(row).borderTopStyle);
  expect(rowBorder, 'board CSS is applied').toBe('solid');

  const job = jobs.find((j) => !j.externalApplicationUrl && j.applyIframeUrl)!;
  await board.searchInput.fill(job.title);
  await board.titleOf(board.jobRow(job.id)).click();
  await expect(jobPage.heading).toHaveText(job.title);
  expect(site.params().get('tt_job')).toBe(job.id);
  await jobPage.applyButton.click();
  await expect(jobPage.applyFrame).toBeVisible();
  await expect(jobPage.addCoverLetterButton).toBeVisible();
  await jobPage.backButton.click();
  await expect(board.jobRow(job.id)).toBeVisible();

  // Console messages and uncaught errors reach the test in the order the page produced them:
  // once a marker logged now has arrived, everything the board logged before it has too.
  const marker = `[e2e] flush ${Date.now()}`;
  const markerSeen = page.waitForEvent('console', (message) => message.text() === marker);
  await page.evaluate((text) => console.info(text), marker);
  await markerSeen;
  expect(consoleErrors, 'console errors').toEqual([]);
  expect(pageErrors, 'uncaught errors').toEqual([]);

  // The recorder is live: an inline style attribute, which this policy forbids, is reported.
  // It is reported after every violation the board caused before it, so once it is in, the
  // list holds the board's violations too: there must be none.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
  });
  await expect
    .poll(async () => (await violations()).map((v) => v.directive), 'the probe is reported')
    .toContain('style-src-attr');
  expect(await violations(), 'securitypolicyviolation events: only the probe').toEqual([
    expect.objectContaining({ directive: 'style-src-attr' }),
  ]);
});
