// On a `careers snapshot` site the prerendered board works before the wasm is in: a reader may
// type a search, choose a department and scroll. When the widget takes the board over it keeps
// all of that (the text, the focus and its caret, the choice, the scroll position) and lists
// what they asked for; with nothing typed, the takeover changes no pixel.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { fetchPublishedJobs, idsOf, matchesQuery, searchableText } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { startSnapshotSite, type SnapshotSite } from './snapshot-site';

let site: SnapshotSite;

test.beforeAll(async () => {
  // The first run may compile the CLI.
  test.setTimeout(15 * 60_000);
  site = await startSnapshotSite('snapshot-takeover');
});

test.afterAll(async () => {
  await site?.close();
});

test.beforeEach(async ({ request }) => {
  test.skip(!(await request.get(`${site.origin}/embed.js`)).ok(), 'the snapshot was built without dist/');
});

/** Holds every .wasm request until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The board as the page prerendered it, before the wasm takes it over. */
const prerendered = (page: Page) => page.locator('[data-tt-first-rows="page"]');
/** Any board drawn before the wasm; gone once the widget has taken over. */
const earlyBoard = (page: Page) => page.locator('[data-tt-first-rows]');

test("the takeover keeps the reader's search, focus and caret, department and scroll", async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const query = 'engineer';
  const department = jobs.find((job) => job.department?.name === 'Engineering')?.department;
  expect(department, 'the demo data has an Engineering department').toBeDefined();
  const expected = jobs.filter(
    (job) => job.department?.id === department!.id && matchesQuery(searchableText(job), query),
  );
  expect(expected.length, 'the search and the department leave some jobs').toBeGreaterThan(0);
  expect(expected.length, 'the search and the department leave out some jobs').toBeLessThan(jobs.length);

  const release = await holdWasm(page);
  await page.goto(`${site.origin}/`);
  const early = prerendered(page);
  await expect(early).toBeVisible();
  const earlySearch = early.locator('#tt-search-input');
  const earlyDepartment = early.locator('#tt-facet-department');

  // What a reader does on the prerendered board while the wasm is on its way.
  await earlySearch.pressSequentially(query);
  await earlyDepartment.selectOption(department!.id);
  await earlySearch.focus();
  await earlySearch.evaluate((input) => (input as HTMLInputElement).setSelectionRange(2, 4));
  await page.evaluate(() => window.scrollTo(0, 200));
  const before = await page.evaluate(() => ({
    scrollY: window.scrollY,
    focused: document.activeElement?.id,
    selection: [
      (document.activeElement as HTMLInputElement).selectionStart,
      (document.activeElement as HTMLInputElement).selectionEnd,
    ],
  }));
  expect(before, 'the reader is where the test put them, before the wasm').toEqual({
    scrollY: 200,
    focused: 'tt-search-input',
    selection: [2, 4],
  });
  await expect(early, 'nothing has taken the board over yet').toBeVisible();

  release();
  await expect(earlyBoard(page)).toHaveCount(0);
  const board = new BoardPage(page);
  // Read first: nothing below may scroll. Soft, so a lost scroll position still lets the
  // checks of the reader's input run.
  expect.soft(await page.evaluate(() => window.scrollY), 'the takeover keeps the scroll position').toBe(200);

  await expect(board.searchInput).toHaveValue(query);
  await expect(board.searchInput).toBeFocused();
  expect(
    await board.searchInput.evaluate((input) => [
      (input as HTMLInputElement).selectionStart,
      (input as HTMLInputElement).selectionEnd,
    ]),
    'the caret keeps its selection',
  ).toEqual([2, 4]);
  await expect(board.facetSelect('tt-facet-department')).toHaveValue(department!.id);
  const params = new URL(page.url()).searchParams;
  expect(params.get('tt_q')).toBe(query);
  expect(params.get('tt_department')).toBe(department!.id);

  // The list is what the reader asked for: the search within the department.
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(expected.length));
  await board.showAllJobs();
  expect((await board.renderedJobIds()).sort()).toEqual(idsOf(expected));
  expect(await page.evaluate(() => window.scrollY), 'still where the reader scrolled').toBe(200);
});

/**
 * How two same-sized PNGs differ: pixels that differ at all, those that differ by more than
 * `tolerance` (out of 255) in some channel, and the largest channel difference.
 */
function pixelDifference(a: Buffer, b: Buffer, tolerance: number) {
  const [left, right] = [PNG.sync.read(a), PNG.sync.read(b)];
  expect([right.width, right.height], 'same-sized pictures').toEqual([left.width, left.height]);
  let differing = 0;
  let beyondTolerance = 0;
  let largest = 0;
  for (let i = 0; i < left.data.length; i += 4) {
    if (left.data.readUInt32BE(i) === right.data.readUInt32BE(i)) continue;
    differing++;
    let pixelLargest = 0;
    for (let channel = 0; channel < 4; channel++) {
      pixelLargest = Math.max(pixelLargest, Math.abs(left.data[i + channel] - right.data[i + channel]));
    }
    if (pixelLargest > tolerance) beyondTolerance++;
    largest = Math.max(largest, pixelLargest);
  }
  return { pixels: left.width * left.height, differing, beyondTolerance, largest };
}

// Chromium repaints a freshly created form control's rounded left edge up to 1/255 apart from
// the control it replaces (18 pixels of the board here, the same when the board is swapped for
// an identical copy of itself without the wasm): that is the tolerance, and nothing else may
// change.
test('with nothing typed the takeover changes no pixel of the board', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  const release = await holdWasm(page);
  await page.goto(`${site.origin}/`);
  await expect(prerendered(page)).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The board's area within the viewport, the same for both pictures.
  const box = (await page.locator('main#tt-board').boundingBox())!;
  const clip = {
    x: Math.max(0, box.x),
    y: Math.max(0, box.y),
    width: Math.min(box.width, 1000 - Math.max(0, box.x)),
    height: Math.min(box.height, 900 - Math.max(0, box.y)),
  };
  const before = await page.screenshot({ clip });

  release();
  await expect(earlyBoard(page)).toHaveCount(0);
  const after = await page.screenshot({ clip });
  const difference = pixelDifference(before, after, 1);
  expect(difference.beyondTolerance, `the board before and after the takeover: ${JSON.stringify(difference)}`).toBe(0);
  expect(difference.differing / difference.pixels, 'pixels within the tolerance').toBeLessThan(0.0005);
});
