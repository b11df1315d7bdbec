// The board on Recruitee and SmartRecruiters feeds (data-provider + data-company, no key),
// against the mock's doubles: it lists every job once, filters, searches, opens a job with
// its text and applies through the provider's own apply URL. Recruitee costs one request in
// all; SmartRecruiters one list page, then each posting's detail (the open job's first).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mockOrigin, siteOrigin } from './mock-server';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

interface Offer {
  id: number;
  title: string;
  department: string | null;
  description: string | null;
  careers_apply_url: string;
  mailbox_email: string;
}

interface Posting {
  id: string;
  name: string;
  refNumber: string;
  language: { code: string };
  department: { label: string } | null;
}

interface PostingDetail extends Posting {
  applyUrl: string;
  jobAd: { sections: Record<string, { text: string }> };
}

const recruiteeFeed = `${mockOrigin}/recruitee/fjordlight/api/offers/`;
const smartRecruitersFeed = `${mockOrigin}/smartrecruiters/v1/companies/NordwindEnergy/postings`;

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `GET ${url}`).toBe(true);
  return (await response.json()) as T;
}

/** Text of an HTML fragment, as a reader sees it. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Every request the page makes to a feed path of the mock. */
function feedRequests(page: Page, path: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${mockOrigin}${path}`)) seen.push(r.url());
  });
  return seen;
}

test('a Recruitee board lists, filters, searches and opens offers with one request', async ({ page, request }) => {
  const { offers } = await getJson<{ offers: Offer[] }>(request, recruiteeFeed);
  expect(offers.length).toBeGreaterThan(2);
  const requests = feedRequests(page, '/recruitee/');
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await site.open('/recruitee');
  await board.waitForJobs();
  await expect(board.jobRows).toHaveCount(offers.length);
  expect(await board.root.innerHTML(), 'the contact address is never rendered').not.toContain('@fjordlight');

  const department = offers.find((offer) => offer.department)!.department!;
  const departmentSelect = board.facetSelect('tt-facet-department');
  // Options read "Data (1)": the name, then how many jobs it has.
  const option = departmentSelect.locator('option', { hasText: new RegExp(`^${department} \\(`) });
  await departmentSelect.selectOption((await option.getAttribute('value'))!);
  await expect(board.jobRows).toHaveCount(offers.filter((offer) => offer.department === department).length);
  await board.clearFiltersButton.click();
  await expect(board.jobRows).toHaveCount(offers.length);

  const wanted = offers[offers.length - 1];
  await board.searchInput.fill(wanted.title);
  await expect(board.titleOf(board.jobRows.first())).toHaveText(wanted.title);
  await board.titleOf(board.jobRows.first()).click();
  await expect(jobPage.heading).toHaveText(wanted.title);
  const offerText = textOf(wanted.description ?? '');
  expect(offerText.length).toBeGreaterThan(0);
  await expect(jobPage.body).toContainText(offerText.slice(0, 40));
  await expect(jobPage.applyLink).toHaveAttribute('href', wanted.careers_apply_url);
  await expect(jobPage.applySection.locator('.tt-apply-refused')).toHaveCount(0);

  expect(requests, 'the loader\'s one request, adopted by the wasm').toEqual([recruiteeFeed]);
});

test('a SmartRecruiters board lists each job once, reads the open job\'s detail and applies through applyUrl', async ({ page, request }) => {
  const list = await getJson<{ content: Posting[] }>(request, `${smartRecruitersFeed}?limit=100&offset=0`);
  const jobs = [...new Set(list.content.map((posting) => posting.refNumber))];
  expect(jobs.length).toBeLessThan(list.content.length); // the demo has language copies
  const requests = feedRequests(page, '/smartrecruiters/');
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await site.open('/smartrecruiters');
  await board.waitForJobs();
  await expect(board.jobRows).toHaveCount(jobs.length);
  // The board's language is English: the English copy of each job is the one listed.
  const english = list.content.filter((posting) => posting.language.code === 'en');
  expect(english.length).toBe(jobs.length);
  expect(new Set(await board.jobRows.locator('a.tt-job-title').allTextContents())).toEqual(
    new Set(english.map((posting) => posting.name)),
  );
  expect(requests[0], 'the list first, from the loader').toBe(`${smartRecruitersFeed}?limit=100&offset=0`);

  const open = english[0];
  const detail = await getJson<PostingDetail>(request, `${smartRecruitersFeed}/${open.id}`);
  await board.titleOf(board.jobRow(open.id)).click();
  await expect(jobPage.heading).toHaveText(open.name);
  await expect(jobPage.body).toContainText(textOf(detail.jobAd.sections.jobDescription.text));
  await expect(jobPage.applyLink).toHaveAttribute('href', detail.applyUrl);
  await jobPage.backButton.click();

  // Every listed job's detail is read in the background, so search finds words of job ads.
  await expect
    .poll(() => requests.filter((url) => /\/postings\/\d+$/.test(url)).length)
    .toBe(jobs.length);
  const listedIds = english.map((posting) => posting.id);
  const details = await Promise.all(
    listedIds.map((id) => getJson<PostingDetail>(request, `${smartRecruitersFeed}/${id}`)),
  );
  const adText = (posting: PostingDetail) =>
    Object.values(posting.jobAd.sections).map((section) => textOf(section.text)).join(' ').toLowerCase();
  const titles = english.map((posting) => posting.name.toLowerCase()).join(' ');
  // A word one job ad has and no title or other ad has.
  const [word, owner] = details
    .flatMap((posting) => adText(posting).split(/[^a-zäöüß]+/).filter((w) => w.length > 6).map((w) => [w, posting] as const))
    .find(([w]) => !titles.includes(w) && details.filter((posting) => adText(posting).includes(w)).length === 1)!;
  const requestsBeforeSearch = requests.length;
  await board.searchInput.fill(word);
  await expect(board.jobRows).toHaveCount(1);
  await expect(board.titleOf(board.jobRows.first())).toHaveText(owner.name);
  expect(requests.length, 'no request while searching').toBe(requestsBeforeSearch);
});

test('a feed board without data-company says which attribute to set and sends nothing', async ({ page }) => {
  const requests = feedRequests(page, '/');
  await page.route(`${siteOrigin}/feed-without-company`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><div id="careers"></div>
        <script src="${mockOrigin}/embed.js" defer data-provider="smartrecruiters"
                data-api-base="${mockOrigin}/smartrecruiters" data-target="#careers"></script></body></html>`,
    }),
  );
  const site = new CompanySite(page);
  await page.goto(`${siteOrigin}/feed-without-company`);
  await expect(site.configError).toContainText('data-company is required for data-provider "smartrecruiters"');
  expect(requests.filter((url) => url.includes('/smartrecruiters/') || url.includes('/v1/'))).toEqual([]);
});

/** Serves `path` (with any query) on the company site: one feed board configured by `attributes`. */
async function routeFeedBoard(page: Page, path: string, attributes: Record<string, string>): Promise<void> {
  const data = Object.entries(attributes)
    .map(([name, value]) => `data-${name}="${value}"`)
    .join(' ');
  await page.route((url) => url.origin === siteOrigin && url.pathname === path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><div id="careers"></div>
        <script src="${mockOrigin}/embed.js" defer ${data} data-target="#careers"></script></body></html>`,
    }),
  );
}

test('a SmartRecruiters job whose listed copy was withdrawn shows its other language copy', async ({ page, request }) => {
  const list = await getJson<{ content: Posting[] }>(request, `${smartRecruitersFeed}?limit=100&offset=0`);
  const jobs = new Set(list.content.map((posting) => posting.refNumber));
  // A job with an English copy (the one an English board lists) and another copy.
  const withdrawn = list.content.find(
    (posting) =>
      posting.language.code === 'en' &&
      list.content.some((other) => other.refNumber === posting.refNumber && other.id !== posting.id),
  )!;
  const standIn = list.content.find((posting) => posting.refNumber === withdrawn.refNumber && posting.id !== withdrawn.id)!;
  const standInAd = await getJson<PostingDetail>(request, `${smartRecruitersFeed}/${standIn.id}`);
  await routeFeedBoard(page, '/withdrawn-copy', {
    provider: 'smartrecruiters',
    company: 'NordwindEnergy',
    'api-base': `${mockOrigin}/smartrecruiters/__withdrawn/${withdrawn.id}`,
  });
  const site = new CompanySite(page);
  const board = site.board('#careers');
  const jobPage = site.jobPage('#careers');
  await page.goto(`${siteOrigin}/withdrawn-copy`);
  await board.waitForJobs();
  await expect(board.jobRows).toHaveCount(jobs.size);
  // Once the withdrawn copy's detail answers 404, the other copy takes its row.
  await expect(board.jobRow(standIn.id)).toBeVisible();
  await expect(board.jobRow(withdrawn.id)).toHaveCount(0);
  await expect(board.jobRows).toHaveCount(jobs.size);
  await board.titleOf(board.jobRow(standIn.id)).click();
  await expect(jobPage.heading).toHaveText(standIn.name);
  await expect(jobPage.body).toContainText(textOf(standInAd.jobAd.sections.jobDescription.text));
  await expect(jobPage.applyLink).toHaveAttribute('href', standInAd.applyUrl);

  // A link to the withdrawn copy opens the job too.
  await page.goto(`${siteOrigin}/withdrawn-copy?tt_job=${withdrawn.id}`);
  await expect(jobPage.heading).toHaveText(standIn.name);
  await expect(jobPage.body).toContainText(textOf(standInAd.jobAd.sections.jobDescription.text));
});

const refusedFeeds = [
  { provider: 'recruitee', name: 'Recruitee', status: 401, base: `${mockOrigin}/recruitee/__fault/status=401`, company: 'fjordlight' },
  { provider: 'recruitee', name: 'Recruitee', status: 406, base: `${mockOrigin}/recruitee/__fault/status=406`, company: 'fjordlight' },
  { provider: 'recruitee', name: 'Recruitee', status: 404, base: `${mockOrigin}/recruitee`, company: 'no-such-company' },
  { provider: 'smartrecruiters', name: 'SmartRecruiters', status: 403, base: `${mockOrigin}/smartrecruiters`, company: 'NordwindEnergy' },
];

for (const { provider, name, status, base, company } of refusedFeeds) {
  test(`a ${name} board answered ${status} names ${name} and data-company, not Teamtailor`, async ({ page }) => {
    if (provider === 'smartrecruiters') {
      // The mock's SmartRecruiters double has no fault path: the list answers `status` here.
      const list = `${base}/v1/companies/${company}/postings`;
      await page.route((url) => url.href.startsWith(`${list}?`), (route) =>
        route.fulfill({ status, contentType: 'application/json', body: '{"message":"refused"}' }),
      );
    }
    await routeFeedBoard(page, `/refused-${provider}-${status}`, { provider, company, 'api-base': base });
    const board = new CompanySite(page).board('#careers');
    await page.goto(`${siteOrigin}/refused-${provider}-${status}`);
    const message = board.error.locator('.tt-error-message');
    await expect(message).toContainText(name);
    await expect(message).toContainText('data-company');
    await expect(message).not.toContainText(/Teamtailor|data-api-version|API key|read key/i);
    await expect(board.error.getByRole('button'), 'nothing a retry can fix').toHaveCount(0);
  });
}
