// The apply iframe follows the height its form reports, and only its form: a resize message
// from the page itself or from any other frame, same origin or not, changes nothing.
// A job that is applied for elsewhere gets a link instead of an iframe.
import { expect, test, type Page } from '@playwright/test';
import { type ApiJob, fetchPublishedJobs } from './demo-jobs';
import { mockOrigin, mockPort } from './mock-server';
import { JobPage } from './pages/job-page';

/** Every message the top window receives, recorded before the board's own scripts run. */
interface SeenMessage {
  origin: string;
  /** The data, JSON-encoded unless it was a string. */
  data: string;
  /** Which window sent it: the apply iframe, the top page itself, or another frame. */
  from: 'apply-frame' | 'self' | 'other';
}

async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const seen: unknown[] = [];
    (window as unknown as { __seenMessages: unknown[] }).__seenMessages = seen;
    window.addEventListener('message', (event) => {
      const apply = document.querySelector('iframe.tt-apply-frame') as HTMLIFrameElement | null;
      seen.push({
        origin: event.origin,
        data: typeof event.data === 'string' ? event.data : JSON.stringify(event.data),
        from: apply && event.source === apply.contentWindow ? 'apply-frame' : event.source === window ? 'self' : 'other',
      });
    });
  });
}

const seenMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seenMessages: SeenMessage[] }).__seenMessages);

/** The height the apply form last reported (its default message shape is an object). */
async function lastReportedHeight(page: Page): Promise<number | undefined> {
  const fromFrame = (await seenMessages(page)).filter((m) => m.from === 'apply-frame');
  const last = fromFrame[fromFrame.length - 1];
  return last ? Number(JSON.parse(last.data).height) : undefined;
}

const clamp = (height: number) => Math.min(20_000, Math.max(200, height));

// A stand-in for a third party's frame: posts a resize message in every accepted shape.
const POSTER_HEIGHT = 333;
const POSTER_PAGE = `<!doctype html><meta charset="utf-8"><title>poster</title><script>
  parent.postMessage({ type: "resize", height: ${POSTER_HEIGHT} }, "*");
  parent.postMessage(JSON.stringify({ type: "teamtailor:resize", height: ${POSTER_HEIGHT} }), "*");
  parent.postMessage("[iFrameSizer]apply:${POSTER_HEIGHT}:600:resize", "*");
</script>`;

/** Adds an iframe at `origin` that posts resize messages, and waits until they arrive. */
async function injectPosterFrame(page: Page, origin: string): Promise<void> {
  const url = `${origin}/__e2e/resize-poster.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: POSTER_PAGE }));
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.className = 'e2e-poster';
    document.body.append(frame);
  }, url);
  await expect
    .poll(async () => (await seenMessages(page)).filter((m) => m.origin === origin && m.from === 'other').length)
    .toBe(3);
}

function frameableJob(jobs: ApiJob[]): ApiJob {
  const job = jobs.find((j) => !j.externalApplicationUrl && j.applyIframeUrl);
  if (!job) throw new Error('no job applies through an iframe');
  return job;
}

test('the apply iframe follows its own form and ignores resize messages from anyone else', async ({
  page,
  request,
}) => {
  const job = frameableJob(await fetchPublishedJobs(request));
  expect(new URL(job.applyIframeUrl!).origin, 'the form is served by the mock').toBe(mockOrigin);
  await recordMessages(page);
  const jobPage = new JobPage(page);
  await jobPage.open(job.id);
  await expect(jobPage.heading).toHaveText(job.title);
  await expect(jobPage.applyFrame).toHaveCount(0);

  await jobPage.applyButton.click();
  await expect(jobPage.applyFrame).toBeVisible();
  await expect(jobPage.applyButton).toHaveCount(0);
  await expect(jobPage.applyFrame).toHaveAttribute('src', job.applyIframeUrl!);
  const initial = await jobPage.applyFrameHeight();
  const firstReport = await lastReportedHeight(page);
  expect([800, firstReport && clamp(firstReport)], 'initial height: default or first report').toContain(initial);

  // Settles at the form's reported height, which is the form's real height.
  await expect.poll(() => lastReportedHeight(page)).toBeGreaterThan(0);
  await expect.poll(async () => jobPage.applyFrameHeight()).toBe(clamp((await lastReportedHeight(page))!));
  const formHeight = () =>
    jobPage.applyFrameContent.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  expect(await jobPage.applyFrameHeight()).toBe(clamp(await formHeight()));
  const collapsed = await jobPage.applyFrameHeight();

  // A taller form (the cover letter's textarea is 900px) makes a taller iframe.
  await jobPage.addCoverLetterButton.click();
  await expect(jobPage.applyFrameContent.locator('#cover-letter')).toBeVisible();
  await expect.poll(() => jobPage.applyFrameHeight()).toBeGreaterThan(collapsed + 500);
  await expect.poll(async () => jobPage.applyFrameHeight()).toBe(clamp(await formHeight()));
  const expanded = await jobPage.applyFrameHeight();
  expect(expanded).toBe(clamp((await lastReportedHeight(page))!));

  // The top page itself (same origin as the form, but not the form's window).
  await page.evaluate(() => window.postMessage({ type: 'resize', height: 300 }, '*'));
  await expect.poll(async () => (await seenMessages(page)).filter((m) => m.from === 'self').length).toBe(1);
  // Another frame on another origin (localhost is not 127.0.0.1), then one on the form's origin.
  await injectPosterFrame(page, `http://localhost:${mockPort}`);
  await injectPosterFrame(page, mockOrigin);
  await page.waitForTimeout(500); // settle: nothing may change after these messages
  expect(await jobPage.applyFrameHeight(), 'height after foreign resize messages').toBe(expanded);
  await expect(jobPage.applyFrame).toHaveCSS('height', `${expanded}px`);

  // Control: the same kind of message from the form's own window is obeyed, within the cap.
  // (Only growing heights here, so the form's content and its own reports stay as they are.)
  const postFromForm = (height: number) =>
    jobPage.applyFrameContent
      .locator('html')
      .evaluate((_, h) => window.parent.postMessage({ type: 'setHeight', height: h }, '*'), height);
  await postFromForm(expanded + 111);
  await expect.poll(() => jobPage.applyFrameHeight()).toBe(expanded + 111);
  await postFromForm(999_999);
  await expect.poll(() => jobPage.applyFrameHeight()).toBe(20_000);
});

test('a job applied for on another site links there instead of framing a form', async ({ page, request }) => {
  const external = (await fetchPublishedJobs(request)).filter((job) => job.externalApplicationUrl);
  expect(external.length).toBeGreaterThan(0);
  const jobPage = new JobPage(page);
  for (const job of external) {
    await jobPage.open(job.id);
    await expect(jobPage.heading).toHaveText(job.title);
    await expect(jobPage.applyLink).toHaveAttribute('href', job.externalApplicationUrl!);
    await expect(jobPage.applyLink).toHaveAttribute('target', '_blank');
    await expect(jobPage.applyLink).toHaveText(/\S/);
    await expect(jobPage.applyButton).toHaveCount(0);
    await expect(jobPage.applyFrame).toHaveCount(0);
  }
});
