// The wasm compiles in English only; a board in another language reads that language's text
// pack (i18n/{code}.json), which the loader requests with the board's data so it costs no
// round trip of its own. An English board asks for no pack; a pack that cannot be read leaves
// the board working, in English.
import { expect, test, type Page } from '@playwright/test';
import { demoApiKey, mockOrigin, siteOrigin } from './mock-server';
import { BoardPage } from './pages/board-page';

test.use({ permissions: ['local-network-access'] });

/** A company page on the site origin embedding one board with `attributes`. */
async function openEmbed(page: Page, attributes: string, htmlLang = 'en'): Promise<BoardPage> {
  const path = `/text-pack-${Math.random().toString(36).slice(2)}`;
  await page.route(`${siteOrigin}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${htmlLang}"><body><div id="careers"></div>
        <script src="${mockOrigin}/embed.js" defer data-api-key="${demoApiKey}"
                data-api-base="${mockOrigin}" data-target="#careers" ${attributes}></script></body></html>`,
    }),
  );
  await page.goto(`${siteOrigin}${path}`);
  return new BoardPage(page, page.locator('#careers'));
}

/** Every request for a text pack, with whether it started before the wasm was asked for. */
function packRequests(page: Page): { url: string; beforeWasm: boolean }[] {
  const seen: { url: string; beforeWasm: boolean }[] = [];
  let wasmAsked = false;
  page.on('request', (request) => {
    const url = request.url();
    if (url.endsWith('_bg.wasm')) wasmAsked = true;
    if (url.includes('/i18n/')) seen.push({ url, beforeWasm: !wasmAsked });
  });
  return seen;
}

test('a Swedish board reads its text pack once, asked for by the loader with the data', async ({ page }) => {
  const packs = packRequests(page);
  const board = await openEmbed(page, 'data-language="sv"');
  await board.waitForJobs();
  await expect(board.heading).toHaveText('Lediga tjänster');
  await expect(board.root.getByRole('searchbox', { name: 'Sök jobb' })).toBeVisible();
  expect(packs).toEqual([{ url: `${mockOrigin}/i18n/sv.json`, beforeWasm: true }]);
});

test('the page language picks the pack when data-language is absent (nn reads Bokmål)', async ({ page }) => {
  const packs = packRequests(page);
  const board = await openEmbed(page, '', 'nn-NO');
  await board.waitForJobs();
  await expect(board.heading).toHaveText('Ledige stillinger');
  expect(packs.map((pack) => pack.url)).toEqual([`${mockOrigin}/i18n/nb.json`]);
});

test('an English board asks for no text pack', async ({ page }) => {
  const packs = packRequests(page);
  const board = await openEmbed(page, 'data-language="en"');
  await board.waitForJobs();
  await expect(board.heading).toHaveText('Open positions');
  expect(packs).toEqual([]);
});

test('a text pack that cannot be read leaves the board working in English', async ({ page }) => {
  await page.route(`${mockOrigin}/i18n/**`, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const board = await openEmbed(page, 'data-language="pl"');
  await board.waitForJobs();
  await expect(board.heading).toHaveText('Open positions');
  expect(warnings.some((text) => text.includes('the pl text could not be read'))).toBe(true);
});
