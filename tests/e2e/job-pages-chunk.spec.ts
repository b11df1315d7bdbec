// The job pages are a wasm chunk of their own (scripts/split-wasm.sh): the list's first view
// shows before it arrives, the board fetches it once in the background, a link straight to a
// job starts it beside the wasm, and a chunk that cannot be fetched leaves an error with a
// retry, never a dead board.
import { expect, test, type Page, type Request } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';
import { JobPage } from './pages/job-page';

const CHUNK = /\/careers-job_pages-[0-9a-f]{16}\.wasm$/;
const MAIN_WASM = /\/careers-widget-[0-9a-f]+_bg\.wasm$/;

/** Every request the page makes, in order, from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

const matching = (requests: Request[], pattern: RegExp) =>
  requests.filter((request) => pattern.test(new URL(request.url()).pathname));

test('the list shows without the job pages chunk, which then loads once for every job opened', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);
  const requests = recordRequests(page);
  // Held back until the list is up: the list must not wait for it.
  let releaseChunk!: () => void;
  const chunkHeld = new Promise<void>((resolve) => (releaseChunk = resolve));
  await page.route(CHUNK, async (route) => {
    await chunkHeld;
    await route.continue();
  });

  await board.open('/');
  await board.waitForJobs();
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobs.length));
  expect(matching(requests, CHUNK), 'the board asks for the chunk as it mounts').toHaveLength(1);
  releaseChunk();

  const ids = await board.renderedJobIds();
  for (const id of ids.slice(0, 2)) {
    await board.titleOf(board.jobRow(id)).click();
    await expect(jobPage.heading).toHaveText(jobs.find((job) => job.id === id)!.title);
    await expect(jobPage.applySection).toBeVisible();
    await jobPage.backButton.click();
    await board.waitForJobs();
  }
  expect(matching(requests, CHUNK), 'one download, however many jobs open').toHaveLength(1);
  expect(matching(requests, MAIN_WASM)).toHaveLength(1);
});

test('a link straight to a job starts the chunk before the wasm runs, and fetches it once', async ({ page, request }) => {
  const [target] = await fetchPublishedJobs(request);
  const requests = recordRequests(page);
  const events: string[] = [];
  let chunkAsked!: () => void;
  const chunk = new Promise<void>((resolve) => (chunkAsked = resolve));
  page.on('request', (r) => {
    if (CHUNK.test(new URL(r.url()).pathname)) {
      events.push('chunk asked');
      chunkAsked();
    }
  });
  // The wasm is held until the chunk is asked for (or 5 s pass): without the loader's
  // preload, only the running wasm would ask for it.
  await page.route(MAIN_WASM, async (route) => {
    await Promise.race([chunk, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    events.push('wasm released');
    await route.continue();
  });

  const jobPage = new JobPage(page);
  await jobPage.open(target.id);
  await expect(jobPage.heading).toHaveText(target.title);
  expect(events).toEqual(['chunk asked', 'wasm released']);
  expect(matching(requests, CHUNK), 'the preload is the download the chunk loader uses').toHaveLength(1);
});

test.describe('the embed', () => {
  // Chromium's Local Network Access may ask before a page reaches another loopback origin.
  test.use({ permissions: ['local-network-access'] });

  test('an embed on another origin fetches the chunk once on a deep link, its preload used', async ({ page, request }) => {
    const [target] = await fetchPublishedJobs(request);
    const requests = recordRequests(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    const site = new CompanySite(page);
    const jobPage = site.jobPage('#careers');

    await site.open(`/?tt_job=${encodeURIComponent(target.id)}`);
    await expect(jobPage.heading).toHaveText(target.title);
    const chunks = matching(requests, CHUNK);
    expect(chunks, 'the preload and the chunk loader share one download').toHaveLength(1);
    expect(new URL(chunks[0].url()).origin, 'the chunk comes from the widget origin').not.toBe(new URL(page.url()).origin);
    // Chromium warns when a preload's mode or credentials do not match the fetch that needed it.
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
  });
});

test('a chunk that cannot be fetched shows an error with a retry, and the retry opens the job', async ({ page, request }) => {
  const jobs = await fetchPublishedJobs(request);
  const board = new BoardPage(page);
  const jobPage = new JobPage(page);
  let failing = true;
  await page.route(CHUNK, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));

  await board.open('/');
  await board.waitForJobs();
  const [id] = await board.renderedJobIds();
  await board.titleOf(board.jobRow(id)).click();
  await expect(board.error).toBeVisible();
  await expect(board.error).toHaveAttribute('data-kind', 'network');
  await expect(jobPage.article).toHaveCount(0);

  failing = false;
  await board.retryButton.click();
  await expect(jobPage.heading).toHaveText(jobs.find((job) => job.id === id)!.title);
  await expect(board.error).toHaveCount(0);
});
