// Page object for one job as the board renders it (`?tt_job=ID`): heading, facts, sanitized
// body and the apply section (an iframe that follows resize messages, or an external link).
import type { FrameLocator, Locator, Page } from '@playwright/test';

export class JobPage {
  readonly page: Page;
  readonly article: Locator;
  /** `h1.tt-job-heading` (its id is per board), focused when the job opens. */
  readonly heading: Locator;
  /** "← All jobs". */
  readonly backButton: Locator;
  readonly facts: Locator;
  /** The job description after the sanitizer. */
  readonly body: Locator;
  /** Reveals the apply iframe. */
  readonly applyButton: Locator;
  readonly applyFrame: Locator;
  /** The apply form inside the iframe. */
  readonly applyFrameContent: FrameLocator;
  /** Apply on another site (external application URL, or the fallback link). */
  readonly applyLink: Locator;
  /** Shown for a job id the API does not list. */
  readonly notFound: Locator;
  readonly notFoundBackButton: Locator;
  /** The job's pitch under the heading. */
  readonly pitch: Locator;
  /** The job's picture (`src` and `srcset`). */
  readonly picture: Locator;
  /** The whole apply section; a closed job has none. */
  readonly applySection: Locator;
  /** The page of a job that is closed (archived): `article.tt-job-page.tt-job-closed`. */
  readonly closedArticle: Locator;
  /** On a closed job's page: says the job is closed ("no longer …"), `role="status"`. */
  readonly closedNotice: Locator;
  /** On a closed job's page: up to three open jobs, from the same department when it has one. */
  readonly similarJobs: Locator;
  /** The rows of `similarJobs`, each `.tt-job[data-job-id]` with an `a.tt-job-title`. */
  readonly similarJobRows: Locator;

  /** A job of the full-page board, or of the embedded board whose host element is `root`. */
  constructor(page: Page, root: Locator = page.locator('main#tt-board')) {
    this.page = page;
    this.article = root.locator('article.tt-job-page');
    this.heading = this.article.locator('h1.tt-job-heading');
    this.backButton = this.article.locator('.tt-back');
    this.facts = this.article.locator('dl.tt-job-facts');
    this.body = this.article.locator('.tt-job-body');
    this.applyButton = this.article.locator('button.tt-apply-button');
    this.applyFrame = this.article.locator('iframe.tt-apply-frame');
    this.applyFrameContent = this.applyFrame.contentFrame();
    this.applyLink = this.article.locator('a.tt-apply-link');
    this.notFound = root.locator('.tt-not-found');
    this.notFoundBackButton = this.notFound.getByRole('button');
    this.pitch = this.article.locator('.tt-job-pitch');
    this.picture = this.article.locator('img.tt-job-picture');
    this.applySection = this.article.locator('.tt-apply');
    this.closedArticle = root.locator('article.tt-job-page.tt-job-closed');
    this.closedNotice = this.article.locator('.tt-closed-notice[role="status"]');
    this.similarJobs = this.article.locator('.tt-similar-jobs');
    this.similarJobRows = this.similarJobs.locator('.tt-job');
  }

  /** "Full name" in the apply form inside the iframe. */
  get applyNameField(): Locator {
    return this.applyFrameContent.locator('input#name');
  }

  /** Opens job `id` directly, keeping `hostParams` (e.g. `utm_source=x`) in the URL. */
  async open(id: string, hostParams = ''): Promise<void> {
    const prefix = hostParams ? `${hostParams}&` : '';
    await this.page.goto(`/?${prefix}tt_job=${encodeURIComponent(id)}`);
  }

  /** "Add a cover letter" inside the apply iframe; it makes the form taller. */
  get addCoverLetterButton(): Locator {
    return this.applyFrameContent.getByRole('button', { name: 'Add a cover letter' });
  }

  /** The iframe's inline `style.height` in px (NaN when unset). */
  async applyFrameHeight(): Promise<number> {
    return this.applyFrame.evaluate((frame) => parseFloat((frame as HTMLIFrameElement).style.height));
  }
}
