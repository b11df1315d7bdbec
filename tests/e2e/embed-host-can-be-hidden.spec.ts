// The page decides whether a Shadow DOM board shows: its `display: none` on the host element
// (any specificity, with or without !important), the `hidden` attribute on the host and
// `visibility: hidden` on the host or an ancestor hide the board, as they would any element of
// the page (a page's tabs and toggles work), and undoing them shows it again. A host element
// the page sets no display on is still a block, even the inline `<teamtailor-jobs>` the embed
// creates when the snippet has no data-target.
import { expect, test, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { demoApiKey, mockOrigin, siteOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

interface HidingCase {
  name: string;
  /** `display` hides the box (no layout box at all); `visibility` keeps the box, undrawn. */
  hides: 'display' | 'visibility';
  /** Hides the board in `#careers` on the demo homepage; returns what undoes it. */
  apply(page: Page): Promise<() => Promise<void>>;
}

/** Adds a page stylesheet; the returned function removes it. */
async function pageStylesheet(page: Page, css: string): Promise<() => Promise<void>> {
  const style = await page.addStyleTag({ content: css });
  return () => style.evaluate((element) => element.remove());
}

const cases: HidingCase[] = [
  {
    name: 'a page stylesheet #careers { display: none !important }',
    hides: 'display',
    apply: (page) => pageStylesheet(page, '#careers { display: none !important }'),
  },
  {
    name: 'a page stylesheet .careers-panel > div { display: none } (no id, not !important)',
    hides: 'display',
    apply: (page) => pageStylesheet(page, '.careers-panel > div { display: none }'),
  },
  {
    name: 'the hidden attribute on the host element',
    hides: 'display',
    apply: async (page) => {
      const host = page.locator('#careers');
      await host.evaluate((element) => element.setAttribute('hidden', ''));
      return () => host.evaluate((element) => element.removeAttribute('hidden'));
    },
  },
  {
    name: "visibility: hidden on the host element's parent",
    hides: 'visibility',
    apply: async (page) => {
      const parent = page.locator('#careers').locator('xpath=..');
      await parent.evaluate((element) => ((element as HTMLElement).style.visibility = 'hidden'));
      return () => parent.evaluate((element) => ((element as HTMLElement).style.visibility = ''));
    },
  },
  {
    name: 'a page stylesheet #careers { visibility: hidden !important }',
    hides: 'visibility',
    apply: (page) => pageStylesheet(page, '#careers { visibility: hidden !important }'),
  },
];

for (const { name, hides, apply } of cases) {
  test(`${name} hides the board, and undoing it shows the board again`, async ({ page, request }) => {
    const jobs = await fetchPublishedJobs(request);
    const site = new CompanySite(page);
    const board = site.board('#careers');
    await site.open('/');
    await board.waitForAllJobs(jobs.length);
    const title = board.titleOf(board.jobRows.first());
    await expect(title).toBeVisible();
    const shownBox = await title.boundingBox();
    expect(shownBox, 'the first title has a box while shown').not.toBeNull();

    const undo = await apply(page);
    await expect(title).toBeHidden();
    if (hides === 'display') {
      // Nothing of the board is laid out: no box, and the host takes no room.
      expect(await title.boundingBox(), 'the first title has no box').toBeNull();
      expect(await site.host('#careers').evaluate((host) => host.getBoundingClientRect().height)).toBe(0);
    } else {
      expect(await title.evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
    }

    await undo();
    await expect(title).toBeVisible();
    expect(await title.boundingBox(), 'the first title is back where it was').toEqual(shownBox);
  });
}

test('the <teamtailor-jobs> element made without data-target is a block', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  // A company page whose snippet has no data-target: the embed creates its own host element
  // (inline by default, as any unknown element) right after the script tag.
  await page.route(`${siteOrigin}/no-data-target`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><h1>Northwind</h1>
        <script src="${mockOrigin}/embed.js" defer data-api-key="${demoApiKey}"
                data-api-base="${mockOrigin}"></script></body></html>`,
    }),
  );
  const site = new CompanySite(page);
  await site.open('/no-data-target');
  await expect(site.createdHost).toHaveCount(1);
  const board = new BoardPage(page, site.createdHost);
  await board.waitForAllJobs(jobs.length);
  expect(await site.hasShadowRoot('teamtailor-jobs')).toBe(true);
  expect(await site.createdHost.evaluate((host) => getComputedStyle(host).display)).toBe('block');
  await expect(board.titleOf(board.jobRows.first())).toBeVisible();
});
