// The loader draws page 1's rows from the answer it started, before the wasm arrives; the wasm
// then takes over in place: same rows, same order, nothing moves, and a row opened early
// opens in the board without a page load.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

/**
 * Holds every .wasm request until the returned function is called, and API pages 2 and up
 * until a moment later, so the wasm takes over with the same page 1 the loader drew (later
 * pages may then add pinned or newer jobs above, as they do without the loader's rows).
 */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await page.route(/\/v1\/jobs\?.*page%5Bnumber%5D=[2-9]/, async (route) => {
    await released;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  return release;
}

const cases = [
  ['embed', async (page: Page, query = '') => {
    await new CompanySite(page).open(`/${query}`);
    return page.locator('#careers');
  }],
  ['full-page board', async (page: Page, query = '') => {
    await new BoardPage(page).open(`/${query}`);
    return page.locator('main#tt-board');
  }],
] as const;

async function titles(root: Locator): Promise<string[]> {
  return root.locator('.tt-job-title').allTextContents();
}

for (const [name, open] of cases) {
  test(`${name}: page 1's titles show before the wasm, and the wasm takes over without a jump`, async ({ page }) => {
    const release = await holdWasm(page);
    const root = await open(page);
    const firstRows = root.locator('[data-tt-first-rows] .tt-job');
    await expect(firstRows).toHaveCount(30);
    // Nothing of the wasm yet: only the loader can have drawn these.
    await expect(root.locator('.tt-board:not([data-tt-first-rows])')).toHaveCount(0);
    const before = await titles(root);
    const firstTitle = root.locator('.tt-job-title').first();
    const boxBefore = await firstTitle.boundingBox();

    release();
    await expect(root.locator('[data-tt-first-rows]')).toHaveCount(0);
    await expect(root.locator('.tt-search .tt-input:not([disabled])')).toBeVisible();
    const after = (await titles(root)).slice(0, 30);
    expect(after).toEqual(before);
    const boxAfter = await firstTitle.boundingBox();
    expect(boxAfter, 'the first title did not move when the wasm took over').toEqual(boxBefore);
  });

  test(`${name}: a row opened before the wasm opens in the board, without a page load`, async ({ page }) => {
    const release = await holdWasm(page);
    const root = await open(page);
    const row = root.locator('[data-tt-first-rows] .tt-job').nth(2);
    const id = await row.getAttribute('data-job-id');
    const title = (await row.locator('.tt-job-title').textContent()) ?? '';
    // A page load would lose this.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await row.locator('.tt-job-title').click();
    expect(new URL(page.url()).searchParams.get('tt_job')).toBe(id);
    release();
    await expect(root.locator('.tt-job-heading')).toHaveText(title);
    const sameDocument = await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument);
    expect(sameDocument, 'the click changed the URL with the History API, not a load').toBe(true);
  });
}

test('a deep link draws no list rows before the wasm (its job shows instead)', async ({ page, request }) => {
  const [job] = await fetchPublishedJobs(request);
  const release = await holdWasm(page);
  const pageOne = page.waitForResponse((r) => r.url().includes('/v1/jobs?'));
  const root = await cases[1][1](page, `?tt_job=${job.id}`);
  await (await pageOne).finished();
  // The loader has had page 1 for a frame and drew nothing.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await expect(root.locator('[data-tt-first-rows]')).toHaveCount(0);
  release();
  await expect(root.locator('.tt-job-heading')).toHaveText(job.title);
});
