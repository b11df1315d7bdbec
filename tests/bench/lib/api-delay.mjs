// Holds every API request (`/v1/`) of a page for a while before letting it go to the mock.
import { sleep } from './page-metrics.mjs';

/**
 * Through the DevTools Fetch domain, paused for `/v1/` URLs only. Not `page.route`: Playwright
 * disables the HTTP cache of a page with routes, which would make a repeat visit fetch every
 * widget file again. Resolves to `{ count() }`, the requests held so far.
 */
export async function delayApiViaCdp(cdp, delayMs) {
  let held = 0;
  cdp.on('Fetch.requestPaused', async ({ requestId }) => {
    held += 1;
    await sleep(delayMs);
    // The page may be gone by then: nothing is waiting for that answer any more.
    await cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/v1/*', requestStage: 'Request' }] });
  return { count: () => held };
}

/** The same through `page.route` (so with the HTTP cache off, see above). */
export async function delayApiViaRoute(page, delayMs) {
  let held = 0;
  await page.route('**/v1/**', async (route) => {
    held += 1;
    await sleep(delayMs);
    await route.continue().catch(() => {});
  });
  return { count: () => held };
}
