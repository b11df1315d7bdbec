// Page object for the full-page job board (index.html). Every locator of the widget's DOM
// contract lives here, so a markup change is a one-file edit.
import { expect, type Locator, type Page } from '@playwright/test';

export class BoardPage {
  readonly page: Page;
  /** The mount element the board renders into. */
  readonly root: Locator;
  /** The spinner shown while jobs load. */
  readonly loading: Locator;
  readonly jobList: Locator;
  /** One row per job. */
  readonly jobRows: Locator;
  /** Text like "66 jobs". */
  readonly resultCount: Locator;
  /** Renders the next batch of rows when more jobs match than are shown. */
  readonly showMoreButton: Locator;
  readonly error: Locator;
  readonly retryButton: Locator;
  /** The list's heading, "Open positions". */
  readonly heading: Locator;
  /** The free-text search field, labelled "Search jobs". */
  readonly searchInput: Locator;
  /** "Clear filters" beside the result count. */
  readonly clearFiltersButton: Locator;
  /** Shown instead of rows when nothing matches. */
  readonly emptyState: Locator;
  readonly emptyStateClearButton: Locator;

  /**
   * The full-page board in `main#tt-board`, or an embedded board in `root` (its host element:
   * locators pierce the open shadow root the embed renders into).
   */
  constructor(page: Page, root: Locator = page.locator('main#tt-board')) {
    this.page = page;
    this.root = root;
    this.loading = this.root.locator('[role="status"].tt-loading');
    this.jobList = this.root.locator('ul.tt-job-list');
    this.jobRows = this.jobList.locator('li.tt-job');
    this.resultCount = this.root.locator('p.tt-result-count');
    this.showMoreButton = this.root.locator('button.tt-show-more');
    this.error = this.root.locator('[role="alert"].tt-error');
    this.retryButton = this.error.getByRole('button', { name: /retry|try again/i });
    this.heading = this.root.locator('h1.tt-heading');
    this.searchInput = this.root.getByRole('searchbox', { name: 'Search jobs' });
    this.clearFiltersButton = this.root.locator('button.tt-clear');
    this.emptyState = this.root.locator('.tt-empty');
    this.emptyStateClearButton = this.emptyState.getByRole('button', { name: 'Clear filters' });
  }

  /** Opens the board at `url`, relative to the mock's origin unless absolute. */
  async open(url = '/'): Promise<void> {
    await this.page.goto(url);
  }

  /**
   * Waits until the widget has taken over the rows drawn before it (the loader's or a
   * snapshot's): until then both boards are in the DOM, and a row's locator finds two.
   */
  async waitForTakeover(): Promise<void> {
    await expect(this.root.locator('[data-tt-first-rows]')).toHaveCount(0);
  }

  /** Waits until the list is rendered and loading is over; fails at once on an error. */
  async waitForJobs(): Promise<void> {
    await this.jobList.or(this.error).first().waitFor({ state: 'visible' });
    if (await this.error.isVisible()) {
      throw new Error(`the board shows an error: ${await this.error.innerText()}`);
    }
    await this.loading.waitFor({ state: 'detached' });
  }

  /** Clicks "show more" until every matching job has a row. */
  async showAllJobs(): Promise<void> {
    for (let clicks = 0; await this.showMoreButton.isVisible(); clicks++) {
      if (clicks >= 100) throw new Error('"show more" is still visible after 100 clicks');
      const rowsBefore = await this.jobRows.count();
      await this.showMoreButton.click();
      await expect(this.jobRows).not.toHaveCount(rowsBefore);
    }
  }

  titleOf(row: Locator): Locator {
    return row.locator('a.tt-job-title');
  }

  departmentOf(row: Locator): Locator {
    return row.locator('.tt-job-department');
  }

  locationsOf(row: Locator): Locator {
    return row.locator('.tt-job-locations');
  }

  /**
   * Waits until every page of jobs is in: the board may show the first API page while the
   * others load, so the count must read exactly `count` matching jobs, nothing appended.
   */
  async waitForAllJobs(count: number): Promise<void> {
    await this.waitForJobs();
    await expect(this.resultCount).toHaveText(BoardPage.resultCountText(count));
  }

  /** The facet select with this element id, e.g. `tt-facet-department`. */
  facetSelect(selectId: string): Locator {
    return this.root.locator(`select#${selectId}`);
  }

  /** The option of a facet select whose value is `value` (an id or wire value). */
  facetOption(selectId: string, value: string): Locator {
    return this.facetSelect(selectId).locator(`option[value="${value}"]`);
  }

  /** The row of job `id`. */
  jobRow(id: string): Locator {
    return this.jobList.locator(`li.tt-job[data-job-id="${id}"]`);
  }

  /** The ids of the rendered rows, in order. */
  async renderedJobIds(): Promise<string[]> {
    return this.jobRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-job-id') ?? ''));
  }

  /** The text the result count shows for `count` matching jobs. */
  static resultCountText(count: number): string {
    if (count === 0) return 'No open positions match';
    return count === 1 ? '1 open position' : `${count} open positions`;
  }
}
