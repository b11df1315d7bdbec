// Searching while the later pages of jobs are still loading: when they arrive, the search
// box is the same element, still focused, with what the reader typed, and the results
// grow to include the matches from the new pages.
import { expect, test } from '@playwright/test';
import { MARKER, serveBoardWithApiBase, watchJobsPage } from './board-watch';
import { type ApiJob, fetchPublishedJobs, idsOf, matchesQuery, searchableText } from './demo-jobs';
import { laterPagesDelayedApiBase } from './mock-server';
import { BoardPage } from './pages/board-page';

const LATER_PAGES_MS = 6_000;

/** A one-word query matching jobs on page 1 and on later pages, at most one screen of rows. */
function queryAcrossPages(jobs: ApiJob[]): { query: string; matches: ApiJob[] } {
  const departments = [...new Set(jobs.flatMap((job) => (job.department ? [job.department.name] : [])))];
  for (const name of departments) {
    const query = name.split(/\s+/)[0];
    const matches = jobs.filter((job) => matchesQuery(searchableText(job), query));
    const onFirst = matches.filter((job) => job.apiPage === 1).length;
    if (onFirst > 0 && onFirst < matches.length && matches.length <= 30) return { query, matches };
  }
  throw new Error('no department word matches jobs on page 1 and on later pages');
}

test('the search box keeps focus and text while the later pages arrive', async ({ page, request }) => {
  test.setTimeout(45_000);
  const jobs = await fetchPublishedJobs(request);
  const lastPage = Math.max(...jobs.map((job) => job.apiPage));
  expect(lastPage, 'the API spreads the jobs over 2+ pages').toBeGreaterThanOrEqual(2);
  const { query, matches } = queryAcrossPages(jobs);
  const firstPageMatches = matches.filter((job) => job.apiPage === 1);
  test.info().annotations.push({ type: 'query', description: `${query}: ${matches.length} jobs` });

  await serveBoardWithApiBase(page, laterPagesDelayedApiBase(LATER_PAGES_MS));
  const lastPageWatch = watchJobsPage(page, lastPage);
  const board = new BoardPage(page);
  await board.open('/');
  await expect(board.jobRows.first()).toBeVisible();

  await board.searchInput.evaluate((input, marker) => {
    (input as HTMLElement).dataset.marker = marker;
  }, MARKER);
  await board.searchInput.click();
  await board.searchInput.pressSequentially(query, { delay: 30 });
  // Only page 1 is in: its matches show.
  await expect(board.resultCount).toHaveText(new RegExp(`^${BoardPage.resultCountText(firstPageMatches.length)}`));
  expect(lastPageWatch.arrived(), `typed before page ${lastPage} arrived (${LATER_PAGES_MS} ms late)`).toBe(false);

  // Every page is in: the count is exactly the matches of all pages.
  await expect
    .poll(() => lastPageWatch.arrived(), { message: `page ${lastPage} answered`, timeout: 20_000 })
    .toBe(true);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(matches.length));
  expect((await board.renderedJobIds()).sort(), `rows for "${query}" from every page`).toEqual(idsOf(matches));

  await expect(board.searchInput, 'the search box is the same element, not a new one').toHaveAttribute(
    'data-marker',
    MARKER,
  );
  await expect(board.searchInput, 'the search box still has the focus').toBeFocused();
  await expect(board.searchInput).toHaveValue(query);
  expect(
    await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return (active as HTMLInputElement | null)?.value ?? null;
    }),
    'the focused element holds the query',
  ).toBe(query);
});
