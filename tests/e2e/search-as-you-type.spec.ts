// Search narrows the list on every keystroke, folding case and accents and matching word
// prefixes, entirely in the browser: no API request while typing or filtering.
import { type APIRequestContext, expect, test, type Request } from '@playwright/test';
import {
  type ApiJob,
  fetchPublishedJobs,
  fold,
  idsOf,
  matchesQuery,
  searchableText,
  visibleFieldsText,
} from './demo-jobs';
import { mockOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';

/** How often the mock has served `/v1/jobs`. */
async function jobsEndpointHits(request: APIRequestContext): Promise<number> {
  const stats = await (await request.get(`${mockOrigin}/__mock/stats`)).json();
  return Number(stats.by_path?.['/v1/jobs'] ?? 0);
}

/**
 * A department prefix typed in capitals, and the ASCII prefix of a city whose name has
 * accents ("munch" for München), chosen so that some job has both.
 */
function accentedCityQuery(jobs: ApiJob[]): { department: string; city: string; accentedCity: string } {
  for (const job of jobs) {
    const city = job.locations.map((l) => l.city ?? '').find((c) => fold(c) !== c.toLowerCase());
    if (!city || !job.department) continue;
    const accentAt = [...city].findIndex((letter) => fold(letter) !== letter.toLowerCase());
    const length = Math.max(accentAt + 2, 4);
    return {
      department: job.department.name.slice(0, 5).toUpperCase(),
      city: fold(city).slice(0, length),
      accentedCity: [...city].slice(0, length).join(''),
    };
  }
  throw new Error('no job has both a department and a city with accents');
}

test('search folds case and accents, matches word prefixes, and sends no request', async ({
  page,
  request,
}) => {
  const jobs = await fetchPublishedJobs(request);
  const { department, city, accentedCity } = accentedCityQuery(jobs);
  const query = `${department} ${city}`;
  test.info().annotations.push({ type: 'query', description: `${query} / ${accentedCity}` });
  const matching = (text: (job: ApiJob) => string, q: string) =>
    jobs.filter((job) => matchesQuery(text(job), q));
  // Jobs whose title, department or places match: these must be in the results.
  const seenInRows = matching(visibleFieldsText, query);
  expect(seenInRows.length, `jobs matching "${query}" in their visible fields`).toBeGreaterThan(0);
  expect(seenInRows.length).toBeLessThan(jobs.length);
  // The board also searches pitch and body, so the full expectation covers those too.
  const expected = matching(searchableText, query);
  const expectedAfterFirstWord = matching(searchableText, department);

  const board = new BoardPage(page);
  await board.open('/');
  await board.waitForAllJobs(jobs.length);

  const apiRequests: string[] = [];
  page.on('request', (r: Request) => {
    if (new URL(r.url()).pathname.includes('/v1/')) apiRequests.push(r.url());
  });
  const hitsBefore = await jobsEndpointHits(request);

  // Key by key: the first word alone already narrows the list.
  await board.searchInput.pressSequentially(department, { delay: 30 });
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expectedAfterFirstWord.length));
  await board.searchInput.pressSequentially(` ${city}`, { delay: 30 });
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await expect.poll(() => new URL(page.url()).searchParams.get('tt_q')).toBe(query);
  await board.showAllJobs();
  const shown = (await board.renderedJobIds()).sort();
  expect(shown, `jobs shown for "${query}"`).toEqual(idsOf(expected));
  for (const job of seenInRows) {
    expect(shown, `${job.id} "${job.title}" matches "${query}" by its visible fields`).toContain(job.id);
  }

  // The accented spelling finds the same jobs as the plain one.
  await board.searchInput.fill(`${department.toLowerCase()} ${accentedCity}`);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(idsOf(expected));

  // Search combines with a facet, still without a request.
  const departmentId = seenInRows[0].department!.id;
  await board.facetSelect('tt-facet-department').selectOption(departmentId);
  const withFacet = expected.filter((job) => job.department?.id === departmentId);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(withFacet.length));
  await board.facetSelect('tt-facet-department').selectOption('');

  // Nonsense matches nothing; the empty state's button clears the search.
  await board.searchInput.fill('qzxjv');
  await expect(board.emptyState).toBeVisible();
  await expect(board.jobRows).toHaveCount(0);
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(0));
  await board.emptyStateClearButton.click();
  await expect(board.searchInput).toHaveValue('');
  await expect(board.emptyState).toBeHidden();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  await expect.poll(() => new URL(page.url()).searchParams.has('tt_q')).toBe(false);

  expect(apiRequests, 'API requests while searching and filtering').toEqual([]);
  expect(await jobsEndpointHits(request), '/v1/jobs hits at the mock').toBe(hitsBefore);
});
