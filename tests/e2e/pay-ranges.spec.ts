// Published pay: on the rows and the job page in the board's language, "from" a minimum and
// "up to" a maximum, nothing where none is published; and the pay filter's one option, "With
// pay published", alone, with a department and with search, in the URL.
import { expect, test, type Page } from '@playwright/test';
import { type ApiJob, type ApiPay, fetchPublishedJobs, fold, matchesQuery, searchableText } from './demo-jobs';
import { demoApiKey, mockOrigin, siteOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';
import { JobPage } from './pages/job-page';

test.use({ permissions: ['local-network-access'] });

let jobs: ApiJob[];
test.beforeAll(async ({ request }) => {
  jobs = await fetchPublishedJobs(request);
});

/** The words each language puts around an amount: the spec's own statement of them. */
const WORDS = {
  en: { from: 'from {pay}', upTo: 'up to {pay}', monthly: '{pay} a month', yearly: '{pay} a year', hourly: '{pay} an hour', filter: 'With pay published' },
  sv: { from: 'från {pay}', upTo: 'upp till {pay}', monthly: '{pay}/mån', yearly: '{pay}/år', hourly: '{pay}/tim', filter: 'Med publicerad lön' },
  de: { from: 'ab {pay}', upTo: 'bis {pay}', monthly: '{pay} pro Monat', yearly: '{pay} pro Jahr', hourly: '{pay} pro Stunde', filter: 'Mit veröffentlichtem Gehalt' },
} as const;
type Language = keyof typeof WORDS;

/** What the row shows for `pay` in `language`: the browser's own Intl for the amounts. */
async function expectedPay(page: Page, language: Language, pay: ApiPay): Promise<string> {
  const amounts = await page.evaluate(
    ([language, pay]) => {
      const format = new Intl.NumberFormat(language, {
        style: 'currency', currency: pay.currency, currencyDisplay: 'code', maximumFractionDigits: 0, minimumFractionDigits: 0,
      });
      if (pay.min !== null && pay.max !== null && pay.min !== pay.max) return format.formatRange(pay.min, pay.max);
      return format.format((pay.min ?? pay.max)!);
    },
    [language, pay] as const,
  );
  const words = WORDS[language];
  const bounded = pay.min !== null && pay.max === null ? words.from.replace('{pay}', amounts)
    : pay.min === null ? words.upTo.replace('{pay}', amounts) : amounts;
  const period = pay.unit as 'monthly' | 'yearly' | 'hourly' | null;
  return period ? words[period].replace('{pay}', bounded) : bounded;
}

/** A company page embedding the board in `language`. */
async function openBoard(page: Page, language: Language, query = ''): Promise<BoardPage> {
  const path = `/pay-${language}-${Math.random().toString(36).slice(2)}`;
  await page.route(`${siteOrigin}${path}*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${language}"><body><div id="careers"></div>
        <script src="${mockOrigin}/embed.js" defer data-api-key="${demoApiKey}" data-api-base="${mockOrigin}"
                data-target="#careers" data-language="${language}"></script></body></html>`,
    }),
  );
  await page.goto(`${siteOrigin}${path}${query}`);
  const board = new BoardPage(page, page.locator('#careers'));
  if (!query.includes('tt_job=')) await board.waitForJobs();
  return board;
}

const paid = () => jobs.filter((job) => job.pay);
const paySelect = (board: BoardPage) => board.facetSelect('tt-facet-pay');
const payOption = (board: BoardPage) => paySelect(board).locator('option[value="published"]');

test('the demo publishes full ranges, minimums and maximums, in three currencies and periods', () => {
  const pays = paid().map((job) => job.pay!);
  expect(pays.some((pay) => pay.min !== null && pay.max !== null)).toBe(true);
  expect(pays.some((pay) => pay.min !== null && pay.max === null)).toBe(true);
  expect(pays.some((pay) => pay.min === null && pay.max !== null)).toBe(true);
  expect(new Set(pays.map((pay) => pay.currency))).toEqual(new Set(['SEK', 'EUR', 'USD']));
  expect(new Set(pays.map((pay) => pay.unit))).toEqual(new Set(['monthly', 'yearly', 'hourly']));
  expect(paid().length).toBeLessThan(jobs.length);
});

for (const language of ['en', 'sv', 'de'] as const) {
  test(`${language}: every row shows its published pay and rows without pay show none`, async ({ page }) => {
    const board = await openBoard(page, language);
    await board.showAllJobs();
    await expect(board.jobRows).toHaveCount(jobs.length);
    for (const job of jobs) {
      const pay = board.jobRow(job.id).locator('.tt-job-pay');
      if (job.pay) await expect(pay, job.id).toHaveText(await expectedPay(page, language, job.pay));
      else await expect(pay, job.id).toHaveCount(0);
    }
  });
}

test('the job page lists the pay among its facts, a minimum alone as "from"', async ({ page }) => {
  const minimumOnly = paid().find((job) => job.pay!.max === null)!;
  const board = await openBoard(page, 'sv', `?tt_job=${minimumOnly.id}`);
  const jobPage = new JobPage(page, board.root);
  await expect(jobPage.heading).toHaveText(minimumOnly.title);
  const fact = jobPage.facts.locator('.tt-fact', { has: page.locator('dt', { hasText: 'Lön' }) });
  await expect(fact.locator('dd')).toHaveText(await expectedPay(page, 'sv', minimumOnly.pay!));
  await expect(fact.locator('dd')).toHaveText(/^från /);
  const unpaid = jobs.find((job) => !job.pay)!;
  await page.goto(page.url().replace(/tt_job=\d+/, `tt_job=${unpaid.id}`));
  await expect(jobPage.heading).toHaveText(unpaid.title);
  await expect(jobPage.facts.locator('dt', { hasText: 'Lön' })).toHaveCount(0);
});

test('"With pay published" narrows the list, shows its count and lives in the URL', async ({ page }) => {
  const board = await openBoard(page, 'en');
  await expect(board.root.locator('label[for="tt-facet-pay"]')).toHaveText('Pay');
  await expect(payOption(board)).toHaveText(`${WORDS.en.filter} (${paid().length})`);
  await paySelect(board).selectOption('published');
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(paid().length));
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(paid().map((job) => job.id).sort());
  expect(new URL(page.url()).searchParams.get('tt_pay')).toBe('published');
  await page.reload();
  await board.waitForJobs();
  await expect(paySelect(board)).toHaveValue('published');
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(paid().length));
  await paySelect(board).selectOption('');
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(new URL(page.url()).searchParams.get('tt_pay')).toBeNull();
});

test('"With pay published" combines with a department and with search (de)', async ({ page }) => {
  const departments = new Map<string, ApiJob[]>();
  for (const job of paid()) {
    if (job.department) departments.set(job.department.id, [...(departments.get(job.department.id) ?? []), job]);
  }
  const [departmentId] = [...departments].sort((a, b) => b[1].length - a[1].length)[0];
  const inDepartment = jobs.filter((job) => job.department?.id === departmentId);
  const paidInDepartment = inDepartment.filter((job) => job.pay);
  expect(paidInDepartment.length, 'the department mixes jobs with and without pay').toBeLessThan(inDepartment.length);

  const board = await openBoard(page, 'de', `?tt_department=${departmentId}`);
  await expect(board.resultCount).toContainText(String(inDepartment.length));
  await expect(payOption(board)).toHaveText(`${WORDS.de.filter} (${paidInDepartment.length})`);
  await paySelect(board).selectOption('published');
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(paidInDepartment.map((job) => job.id).sort());

  // A title word of a paid job that some job without pay shares too.
  const word = paid()
    .flatMap((job) => fold(job.title).split(/[^\p{L}\p{N}]+/u))
    .find((w) => w.length >= 4 && jobs.some((job) => !job.pay && matchesQuery(searchableText(job), w)))!;
  expect(word, 'a search word shared by jobs with and without pay').toBeTruthy();
  await board.root.locator('.tt-facet select').first().selectOption('');
  // The search box by its role: its name is German here.
  await board.root.getByRole('searchbox').fill(word);
  const expected = paid().filter((job) => matchesQuery(searchableText(job), word));
  await expect(board.resultCount).toHaveText(new RegExp(`^${expected.length}\\b`));
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(expected.map((job) => job.id).sort());
});
