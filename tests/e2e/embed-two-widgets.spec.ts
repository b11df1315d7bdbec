// Two boards on one host page, each pre-filtered with data-departments and keeping its state in
// its own URL parameters (data-route-param `eng_job` → `eng_q`, …): they never disturb each other.
import { expect, test } from '@playwright/test';
import { type ApiJob, fetchPublishedJobs, fold, idsOf, matchesQuery, searchableText, words } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

interface EmbeddedBoard {
  /** The host element's selector (data-target). */
  target: string;
  /** data-route-param, e.g. `eng_job`, and the stem its filters use, e.g. `eng_`. */
  jobParam: string;
  prefix: string;
  /** The API's jobs in the board's departments. */
  expected: ApiJob[];
  board: BoardPage;
}

/** The page's boards, read from its embed snippets, with the jobs the API gives each. */
async function embeddedBoards(site: CompanySite, jobs: ApiJob[]): Promise<EmbeddedBoard[]> {
  const tags = await site.embedTags();
  expect(tags, 'two embed snippets on the page').toHaveLength(2);
  return tags.map((tag) => {
    expect(tag.target, 'each snippet has a data-target').toBeTruthy();
    expect(tag.departments, 'each snippet has data-departments').toBeTruthy();
    expect(tag.routeParam, 'each snippet has data-route-param').toMatch(/^[a-z]+_job$/);
    const departments = tag.departments!.split(',').map((id) => id.trim());
    return {
      target: tag.target!,
      jobParam: tag.routeParam!,
      prefix: tag.routeParam!.replace(/job$/, ''),
      expected: jobs.filter((job) => job.department && departments.includes(job.department.id)),
      board: site.board(tag.target!),
    };
  });
}

/** A title word that keeps some, but not all, of `jobs`. */
function narrowingQuery(jobs: ApiJob[]): { query: string; expected: ApiJob[] } {
  let best: { query: string; expected: ApiJob[] } | undefined;
  for (const word of new Set(jobs.flatMap((job) => words(fold(job.title))))) {
    if (word.length < 4) continue;
    const expected = jobs.filter((job) => matchesQuery(searchableText(job), word));
    if (expected.length > 0 && expected.length < jobs.length && expected.length > (best?.expected.length ?? 0)) {
      best = { query: word, expected };
    }
  }
  if (!best) throw new Error('no title word narrows the board');
  return best;
}

test('each board shows exactly the jobs of its own departments', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  await site.open('/two-widgets');
  const boards = await embeddedBoards(site, jobs);
  expect(boards[0].target).not.toBe(boards[1].target);

  for (const { target, expected, board } of boards) {
    expect(expected.length, `the API has jobs for ${target}`).toBeGreaterThan(0);
    expect(expected.length, `${target} is a real subset`).toBeLessThan(jobs.length);
    await board.waitForAllJobs(expected.length);
    await board.showAllJobs();
    await expect(board.jobRows).toHaveCount(expected.length);
    expect((await board.renderedJobIds()).sort(), `rows of ${target}`).toEqual(idsOf(expected));
  }
});

test('searching in one board leaves the other alone, each in its own URL params', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  await site.open('/two-widgets');
  const [first, second] = await embeddedBoards(site, jobs);
  await first.board.waitForAllJobs(first.expected.length);
  await second.board.waitForAllJobs(second.expected.length);
  const secondIdsBefore = await second.board.renderedJobIds();

  const { query, expected } = narrowingQuery(first.expected);
  await first.board.searchInput.fill(query);
  await expect(first.board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await first.board.showAllJobs();
  expect((await first.board.renderedJobIds()).sort()).toEqual(idsOf(expected));
  await expect.poll(() => site.params().get(`${first.prefix}q`)).toBe(query);

  // The other board: same input, same count, same rows; nothing of it in the URL.
  await expect(second.board.searchInput).toHaveValue('');
  await expect(second.board.resultCount).toHaveText(BoardPage.resultCountText(second.expected.length));
  expect(await second.board.renderedJobIds()).toEqual(secondIdsBefore);
  expect(site.params().has(`${second.prefix}q`)).toBe(false);
  expect(site.params().has('tt_q'), 'no default-named parameter').toBe(false);

  // Search the other board too: the first keeps its query and result.
  const other = narrowingQuery(second.expected);
  await second.board.searchInput.fill(other.query);
  await expect(second.board.resultCount).toHaveText(BoardPage.resultCountText(other.expected.length));
  await expect.poll(() => site.params().get(`${second.prefix}q`)).toBe(other.query);
  await expect(first.board.searchInput).toHaveValue(query);
  await expect(first.board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  expect(site.params().get(`${first.prefix}q`)).toBe(query);
});

test('both boards can have a job open at once, each under its own route param', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const site = new CompanySite(page);
  await site.open('/two-widgets');
  const [first, second] = await embeddedBoards(site, jobs);
  const firstJobPage = site.jobPage(first.target);
  const secondJobPage = site.jobPage(second.target);
  await first.board.waitForAllJobs(first.expected.length);
  await second.board.waitForAllJobs(second.expected.length);
  const title = (id: string) => jobs.find((job) => job.id === id)!.title;

  const firstId = (await first.board.renderedJobIds())[0];
  await first.board.titleOf(first.board.jobRow(firstId)).click();
  await expect(firstJobPage.heading).toHaveText(title(firstId));
  expect(site.params().get(first.jobParam)).toBe(firstId);
  expect(site.params().has(second.jobParam)).toBe(false);
  expect(site.params().has('tt_job'), 'no default-named parameter').toBe(false);
  await expect(second.board.resultCount).toHaveText(BoardPage.resultCountText(second.expected.length));
  await expect(secondJobPage.article).toHaveCount(0);

  const secondId = (await second.board.renderedJobIds())[0];
  await second.board.titleOf(second.board.jobRow(secondId)).click();
  await expect(secondJobPage.heading).toHaveText(title(secondId));
  await expect(firstJobPage.heading).toHaveText(title(firstId));
  expect(site.params().get(first.jobParam)).toBe(firstId);
  expect(site.params().get(second.jobParam)).toBe(secondId);

  // A reload restores both from the URL.
  await page.reload();
  await expect(firstJobPage.heading).toHaveText(title(firstId));
  await expect(secondJobPage.heading).toHaveText(title(secondId));

  // Closing one leaves the other open.
  await firstJobPage.backButton.click();
  await expect(first.board.resultCount).toHaveText(BoardPage.resultCountText(first.expected.length));
  expect(site.params().has(first.jobParam)).toBe(false);
  expect(site.params().get(second.jobParam)).toBe(secondId);
  await expect(secondJobPage.heading).toHaveText(title(secondId));
});
