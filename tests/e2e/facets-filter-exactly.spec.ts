// Each facet select filters the list to exactly the jobs the API gives that value, and each
// option's count says how many that is.
import { expect, test } from '@playwright/test';
import { type ApiJob, FACETS, facetValues, fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';

let jobs: ApiJob[];
test.beforeAll(async ({ request }) => {
  jobs = await fetchPublishedJobs(request);
});

/** The name the API gives a department, location or role id; undefined for wire values. */
function nameOf(facetName: string, value: string): string | undefined {
  for (const job of jobs) {
    if (facetName === 'department' && job.department?.id === value) return job.department.name;
    if (facetName === 'role' && job.role?.id === value) return job.role.name;
    const location = job.locations.find((l) => l.id === value);
    if (facetName === 'location' && location) return location.name;
  }
  return undefined;
}

for (const facet of FACETS) {
  test(`${facet.name} facet: every option shows and filters to exactly the API's jobs`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const values = facetValues(jobs, facet);
    expect(values.size, `${facet.name} values in the API data`).toBeGreaterThan(1);
    if (facet.name === 'location') {
      const remote = [...values.keys()].filter((id) => nameOf('location', id) === 'Remote');
      expect(remote, 'the "Remote" location is one of the options').toHaveLength(1);
    }

    const board = new BoardPage(page);
    await board.open('/');
    await board.waitForAllJobs(jobs.length);
    const select = board.facetSelect(facet.selectId);
    await expect(select).toBeVisible();

    // The options are exactly "All" plus the values the API data has.
    const optionValues = await select.locator('option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    expect(optionValues[0], 'first option is "All"').toBe('');
    await expect(select.locator('option').first()).toHaveText('All');
    expect(optionValues.slice(1).sort()).toEqual([...values.keys()].sort());

    for (const [value, ids] of values) {
      const expectedIds = [...ids].sort();
      const name = nameOf(facet.name, value);
      const option = board.facetOption(facet.selectId, value);
      const optionText = name ? `${name} (${ids.size})` : new RegExp(`^\\S.* \\(${ids.size}\\)$`);

      await expect(option, `option ${value} before selecting`).toHaveText(optionText);
      await select.selectOption(value);
      await expect(select).toHaveValue(value);
      await expect(board.resultCount).toHaveText(BoardPage.resultCountText(ids.size));
      await expect.poll(() => new URL(page.url()).searchParams.get(facet.urlParam)).toBe(value);

      await board.showAllJobs();
      await expect(board.showMoreButton).toBeHidden();
      await expect(board.jobRows).toHaveCount(ids.size);
      expect((await board.renderedJobIds()).sort(), `jobs with ${facet.urlParam}=${value}`).toEqual(
        expectedIds,
      );
      await expect(option, `option ${value} while selected`).toHaveText(optionText);
    }

    await select.selectOption('');
    await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
    await expect.poll(() => new URL(page.url()).searchParams.has(facet.urlParam)).toBe(false);
  });
}
