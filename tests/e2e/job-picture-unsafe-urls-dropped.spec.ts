// A job's `picture` is API data like any other: a `data:` URL, or a "URL" with a comma that
// would split into extra `srcset` candidates (smuggling a `javascript:` one in), never reaches
// an <img>. Safe variants of the same picture may still show.
import { expect, test, type Page } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { mockOrigin } from './mock-server';
import { JobPage } from './pages/job-page';

const SVG_DATA_URL =
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>';
const COMMA_URL = 'https://a.example/x.png, javascript:alert(1) 2x';
const SAFE_URL = `${mockOrigin}/assets/pictures/1.svg?size=original`;

/** Rewrites `attributes.picture` of job `id` in every jobs response (list and by id). */
async function servePicture(page: Page, id: string, picture: unknown): Promise<void> {
  await page.route('**/v1/jobs**', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const resources = Array.isArray(body.data) ? body.data : [body.data];
    for (const resource of resources) {
      if (resource && String(resource.id) === id) resource.attributes.picture = picture;
    }
    await route.fulfill({ response, body: JSON.stringify(body) });
  });
}

/** `src` and `srcset` of every <img> on the page. */
async function imageUrls(page: Page): Promise<{ src: string | null; srcset: string | null }[]> {
  return page.locator('img').evaluateAll((images) =>
    images.map((image) => ({ src: image.getAttribute('src'), srcset: image.getAttribute('srcset') })),
  );
}

/** Each candidate of a srcset must be one http(s) URL without commas, then a w/x descriptor. */
function expectCleanSrcset(srcset: string): void {
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    expect(url, `srcset candidate ${JSON.stringify(candidate)}`).toMatch(/^https?:\/\/[^\s,]+$/);
    expect(descriptors.length, `descriptors of ${JSON.stringify(candidate)}`).toBeLessThanOrEqual(1);
    for (const descriptor of descriptors) expect(descriptor).toMatch(/^\d+(\.\d+)?[wx]$/);
  }
}

const CASES: { name: string; picture: unknown; safe: string | null }[] = [
  { name: 'a data:image/svg+xml picture URL', picture: SVG_DATA_URL, safe: null },
  { name: 'a picture URL with ", " smuggling a javascript: candidate', picture: COMMA_URL, safe: null },
  {
    name: 'picture variants mixing a safe URL with data: and comma ones',
    picture: { original: SAFE_URL, standard: SVG_DATA_URL, thumb: COMMA_URL },
    safe: SAFE_URL,
  },
];

for (const { name, picture, safe } of CASES) {
  test(`${name} is dropped from the job's <img>`, async ({ page, request }) => {
    const job = (await fetchPublishedJobs(request)).find((j) => j.apiPage === 1)!;
    await servePicture(page, job.id, picture);
    const jobPage = new JobPage(page);
    await jobPage.open(job.id);
    await expect(jobPage.heading).toHaveText(job.title);
    await expect(jobPage.facts).toBeVisible();

    if (safe) {
      await expect(jobPage.picture, 'the safe variant still shows').toHaveAttribute('src', safe);
    }
    for (const { src, srcset } of await imageUrls(page)) {
      for (const value of [src, srcset]) {
        if (value === null) continue;
        expect(value).not.toMatch(/data:/i);
        expect(value).not.toMatch(/javascript:/i);
        expect(value, 'nothing of the comma "URL" survives').not.toContain('a.example');
      }
      if (src !== null) expect(src).toMatch(/^https?:\/\/[^\s,]+$/);
      if (srcset !== null) expectCleanSrcset(srcset);
    }
  });
}
