// What specs about data arriving while the reader works need: serving the full-page board
// with another API base, knowing when a given API page has answered, and remembering
// whether "not found" was ever shown, even for a moment.
import { expect, type APIRequestContext, type Page, type Response, type Route } from '@playwright/test';
import { fetchPublishedJobs, type ApiJob } from './demo-jobs';
import { mockOrigin, setMockRevision } from './mock-server';
import { BoardPage } from './pages/board-page';

/** Serves the full-page board (`/`) with `data-api-base` swapped for `apiBase`. */
export async function serveBoardWithApiBase(page: Page, apiBase: string): Promise<void> {
  await page.route((url) => url.origin === mockOrigin && url.pathname === '/', async (route: Route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      `data-api-base="${mockOrigin}"`,
      `data-api-base="${apiBase}"`,
    );
    expect(html, 'the board page has the swapped data-api-base').toContain(`data-api-base="${apiBase}"`);
    await route.fulfill({ response, body: html });
  });
}

/** Whether `response` is the board's `GET /v1/jobs` (list) response for page `number`. */
export function isJobsPage(response: Response, number: number): boolean {
  const url = new URL(response.url());
  if (!url.pathname.endsWith('/v1/jobs')) return false;
  return Number(url.searchParams.get('page[number]') ?? '1') === number;
}

/** Records, from now on, when page `number` of the job list answers. */
export function watchJobsPage(page: Page, number: number): { arrived: () => boolean; response: Promise<Response> } {
  let arrived = false;
  const response = new Promise<Response>((resolve) => {
    page.on('response', (candidate) => {
      if (!arrived && isJobsPage(candidate, number)) {
        arrived = true;
        resolve(candidate);
      }
    });
  });
  return { arrived: () => arrived, response };
}

/**
 * Until the board has taken in the whole list: the API page has answered and the jobs it
 * brought are in the board's localStorage cache (the board stores what it loaded, so this
 * is the moment the data has landed, whatever the view shows).
 */
export async function waitUntilCached(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((needle) => {
          for (let i = 0; i < localStorage.length; i++) {
            const value = localStorage.getItem(localStorage.key(i) ?? '') ?? '';
            if (value.includes(needle)) return true;
          }
          return false;
        }, text),
      { message: `localStorage holds ${JSON.stringify(text)} once every page is in`, timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * From before any page script runs, records into `window.__sawNotFound` whether a
 * `.tt-not-found` element was ever added to the document or to any shadow root.
 */
export async function recordNotFound(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __sawNotFound: boolean };
    w.__sawNotFound = false;
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      if (node.matches('.tt-not-found') || node.querySelector('.tt-not-found')) w.__sawNotFound = true;
    };
    const observe = (root: Node) =>
      new MutationObserver((records) => {
        for (const record of records) record.addedNodes.forEach(check);
      }).observe(root, { childList: true, subtree: true });
    observe(document);
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      observe(root);
      return root;
    };
  });
}

export async function sawNotFound(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sawNotFound?: boolean }).__sawNotFound ?? false);
}

/** Tags `element` so a later check can tell whether it is still the same node. */
export const MARKER = 'e2e-kept';

/**
 * The title of a job from API page `pageNumber` that no other job's title, pitch or body
 * contains: once the board's cache holds it, that page has been taken in.
 */
export function titleOnlyOnPage(jobs: ApiJob[], pageNumber: number): string {
  const candidates = jobs.filter((job) => job.apiPage === pageNumber && /^[A-Za-z0-9 ]+$/.test(job.title));
  for (const job of candidates) {
    const elsewhere = jobs.some(
      (other) => other.id !== job.id && `${other.title} ${other.pitch} ${other.bodyHtml}`.includes(job.title),
    );
    if (!elsewhere) return job.title;
  }
  throw new Error(`no job on API page ${pageNumber} has a title found nowhere else`);
}

/**
 * A repeat visitor's starting point: visit 1 fills the cache with the mock's revision 0, then
 * the account changes to revision 1. Returns the published jobs before and after the change.
 */
export async function cacheThenRevise(
  page: Page,
  request: APIRequestContext,
): Promise<{ before: ApiJob[]; after: ApiJob[] }> {
  await setMockRevision(request, 0);
  const before = await fetchPublishedJobs(request);
  await new BoardPage(page).open('/');
  await new BoardPage(page).waitForAllJobs(before.length);
  await setMockRevision(request, 1);
  return { before, after: await fetchPublishedJobs(request) };
}
