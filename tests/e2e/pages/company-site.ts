// Page object for the mock's demo company site ("Northwind", on `siteOrigin`), whose pages embed
// the board with `<script src="${mockOrigin}/embed.js" data-…>`. Each embedded board is a
// BoardPage/JobPage rooted at its host element; locators pierce the open shadow root.
import type { Locator, Page, Response } from '@playwright/test';
import { siteOrigin } from '../mock-server';
import { BoardPage } from './board-page';
import { JobPage } from './job-page';

/** One `<script src=".../embed.js">` tag as the page has it: its `data-*` attributes. */
export interface EmbedTag {
  target: string | null;
  departments: string | null;
  routeParam: string | null;
  shadow: string | null;
}

/** One `teamtailor:*` event seen on the host page's document. */
export interface RecordedEvent {
  type: string;
  detail: Record<string, unknown> | null;
  /** The id (or lower-case tag name) of the element the event was dispatched on. */
  target: string;
}

export class CompanySite {
  readonly page: Page;
  /** Every embed snippet on the page. */
  readonly embedScripts: Locator;
  /** A configuration error, wherever the widget put it (light DOM). */
  readonly configError: Locator;
  /** The element `embed.js` creates after its script tag when it has nowhere else to go. */
  readonly createdHost: Locator;

  constructor(page: Page) {
    this.page = page;
    this.embedScripts = page.locator('script[src$="/embed.js"]');
    this.configError = page.locator('.tt-config-error[role="alert"]');
    this.createdHost = page.locator('teamtailor-jobs');
  }

  /** Opens `path` (with its query and hash) on the company site's origin. */
  async open(path = '/'): Promise<Response | null> {
    return this.page.goto(`${siteOrigin}${path}`);
  }

  /** The host element a board renders into, e.g. `#careers`. */
  host(selector: string): Locator {
    return this.page.locator(selector);
  }

  /** The list view of the board in `hostSelector`. */
  board(hostSelector = '#careers'): BoardPage {
    return new BoardPage(this.page, this.host(hostSelector));
  }

  /** The job view of the board in `hostSelector`. */
  jobPage(hostSelector = '#careers'): JobPage {
    return new JobPage(this.page, this.host(hostSelector));
  }

  /** The message text of a configuration error shown inside `container`. */
  configErrorMessage(container: Locator): Locator {
    return container.locator('.tt-config-error[role="alert"] .tt-error-message');
  }

  /** The page's embed snippets, in document order. */
  async embedTags(): Promise<EmbedTag[]> {
    return this.embedScripts.evaluateAll((scripts) =>
      scripts.map((script) => ({
        target: script.getAttribute('data-target'),
        departments: script.getAttribute('data-departments'),
        routeParam: script.getAttribute('data-route-param'),
        shadow: script.getAttribute('data-shadow'),
      })),
    );
  }

  /** Whether the element matching `selector` has a shadow root. */
  async hasShadowRoot(selector: string): Promise<boolean> {
    return this.host(selector).evaluate((element) => element.shadowRoot !== null);
  }

  /** The host page's query parameters. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /**
   * Records every `teamtailor:*` event that reaches `document` into `window.__events`, from
   * before any page script runs. Call before `open`.
   */
  async recordEvents(): Promise<void> {
    await this.page.addInitScript(() => {
      const events: unknown[] = [];
      (window as unknown as { __events: unknown[] }).__events = events;
      for (const type of ['teamtailor:ready', 'teamtailor:job-open', 'teamtailor:apply-open', 'teamtailor:error']) {
        document.addEventListener(type, (event) => {
          const target = event.target as Element | null;
          const detail = (event as CustomEvent).detail;
          events.push({
            type,
            detail: detail === null || detail === undefined ? null : JSON.parse(JSON.stringify(detail)),
            target: target?.id || target?.tagName?.toLowerCase() || '',
          });
        });
      }
    });
  }

  /** The events recorded since `recordEvents`. */
  async events(): Promise<RecordedEvent[]> {
    return this.page.evaluate(() => (window as unknown as { __events?: RecordedEvent[] }).__events ?? []);
  }
}
