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

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('main#tt-board');
    this.loading = this.root.locator('[role="status"].tt-loading');
    this.jobList = this.root.locator('ul.tt-job-list');
    this.jobRows = this.jobList.locator('li.tt-job');
    this.resultCount = this.root.locator('p.tt-result-count');
    this.showMoreButton = this.root.locator('button.tt-show-more');
    this.error = this.root.locator('[role="alert"].tt-error');
    this.retryButton = this.error.getByRole('button', { name: /retry|try again/i });
  }

  /** Opens the board at `url`, relative to the mock's origin unless absolute. */
  async open(url = '/'): Promise<void> {
    await this.page.goto(url);
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
}
