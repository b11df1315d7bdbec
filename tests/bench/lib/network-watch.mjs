// What a page requests during one load, as Playwright sees it (preflights excepted: Chromium
// does not report them as page requests, so the mock's counter is what counts them).

const QUIET_MS = 500;

/** Starts watching `page`; `settled()` waits until nothing has been in flight for QUIET_MS. */
export function watchNetwork(page) {
  let inFlight = 0;
  let lastChange = Date.now();
  const finished = [];
  const change = (delta) => { inFlight += delta; lastChange = Date.now(); };
  page.on('request', () => change(1));
  page.on('requestfailed', () => change(-1));
  page.on('requestfinished', (request) => {
    change(-1);
    finished.push(describe(request));
  });
  return {
    async settled(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
        if (Date.now() > deadline) throw new Error(`${inFlight} requests still in flight`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Promise.all(finished);
    },
  };
}

/** URL, method, status, content encoding and encoded body bytes of a finished request. */
async function describe(request) {
  const response = await request.response();
  const sizes = await request.sizes();
  return {
    url: request.url(),
    method: request.method(),
    status: response?.status() ?? 0,
    encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
    bodyBytes: sizes.responseBodySize,
  };
}
