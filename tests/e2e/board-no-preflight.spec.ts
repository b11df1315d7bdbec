// The board authenticates with query parameters, so a cross-origin API needs no CORS preflight.
import { expect, test, type Request } from '@playwright/test';
import { startCrossOriginHost, type CrossOriginHost } from './cross-origin-host';
import { demoApiKey, mockOrigin, mockStats, publishedJobCount } from './mock-server';
import { BoardPage } from './pages/board-page';

// Chromium's Local Network Access asks the user before a page reaches a loopback address
// from another origin; grant it, as a public page calling the public Teamtailor API is
// never asked.
test.use({ permissions: ['local-network-access'] });

let host: CrossOriginHost;
test.beforeAll(async () => {
  host = await startCrossOriginHost();
});
test.afterAll(async () => {
  await host?.close();
});

/** Teamtailor API paths the widget calls, e.g. /v1/jobs. */
function isApiRequest(request: Request): boolean {
  return new URL(request.url()).pathname.startsWith('/v1/');
}

test('board on another origin loads jobs without preflights, key in the query', async ({
  page,
  request,
}) => {
  const jobCount = await publishedJobCount(request);
  const before = await mockStats(request);

  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));

  const board = new BoardPage(page);
  await board.open(`${host.origin}/`);
  await board.waitForAllJobs(jobCount);

  // Chromium does not report preflights as page requests, so the mock's counter is the proof.
  const after = await mockStats(request);
  expect(after.preflights, 'CORS preflights the mock received').toBe(before.preflights);
  expect(requests.filter((r) => r.method() === 'OPTIONS').map((r) => r.url())).toEqual([]);

  const apiRequests = requests.filter(isApiRequest);
  // One request per page of 30, page 1 first and the rest in parallel: nothing more.
  expect(apiRequests.length).toBe(Math.ceil(jobCount / 30));
  for (const apiRequest of apiRequests) {
    const url = new URL(apiRequest.url());
    expect(url.origin, 'API requests go to the mock, not the page origin').toBe(mockOrigin);
    expect(url.searchParams.get('api_key'), apiRequest.url()).toBe(demoApiKey);
    const headers = await apiRequest.allHeaders();
    expect(headers['authorization'], apiRequest.url()).toBeUndefined();
  }
});
