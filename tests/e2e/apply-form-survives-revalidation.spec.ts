// A repeat visitor's board paints from the cache and then revalidates. When the fresh data
// differs (the company edited a pitch), the change appears in place: the job page and the
// half-filled application in its iframe stay as they are.
import { expect, test } from '@playwright/test';
import { cacheThenRevise, MARKER } from './board-watch';
import { setMockRevision } from './mock-server';
import { JobPage } from './pages/job-page';

const REVISED_PITCH_SUFFIX = ' (updated)';
// REVISED_BODY_NOTE in crates/mock/src/data/revision.rs, as the reader sees it.
const REVISED_BODY_NOTE = 'Updated: the team now works from two offices.';

test.afterEach(async ({ request }) => {
  await setMockRevision(request, 0);
});

test('the apply form keeps the typed name when the revalidated data changes the job', async ({ page, request }) => {
  test.setTimeout(45_000);
  // Visit 1 fills the cache with the account as it was; then the company edits one pitch.
  const { before, after } = await cacheThenRevise(page, request);
  const edited = after.find((job) => job.pitch.endsWith(REVISED_PITCH_SUFFIX));
  expect(edited, 'revision 1 appends " (updated)" to a pitch').toBeDefined();
  const oldPitch = before.find((job) => job.id === edited!.id)!.pitch;
  expect(oldPitch).not.toContain(REVISED_PITCH_SUFFIX);
  expect(edited!.externalApplicationUrl, 'the edited job is applied to in an iframe').toBeNull();
  expect(edited!.applyIframeUrl).toBeTruthy();

  // Visit 2: the API is held until the reader has started applying from the cached view.
  let releaseApi!: () => void;
  const apiHeld = new Promise<void>((resolve) => (releaseApi = resolve));
  let answered = 0;
  await page.route('**/v1/**', async (route) => {
    await apiHeld;
    answered++;
    await route.continue();
  });
  const jobPage = new JobPage(page);
  await jobPage.open(edited!.id);
  await expect(jobPage.heading).toHaveText(edited!.title);
  await expect(jobPage.pitch, 'painted from the cache: the old pitch').toHaveText(oldPitch);
  await expect(jobPage.body).not.toContainText(REVISED_BODY_NOTE);

  await jobPage.applyButton.click();
  await expect(jobPage.applyFrame).toBeVisible();
  await jobPage.applyFrame.evaluate((frame, marker) => {
    (frame as HTMLElement).dataset.marker = marker;
  }, MARKER);
  await jobPage.applyNameField.fill('Grace Hopper');
  await expect(jobPage.applyNameField).toHaveValue('Grace Hopper');
  expect(answered, 'API responses before the reader typed').toBe(0);

  // The refresh lands: the new pitch shows where the old one was.
  releaseApi();
  await expect(jobPage.pitch, 'the revalidated pitch').toHaveText(edited!.pitch);
  // The body too: a cached body must never outlive the fresh one (the board once kept it).
  await expect(jobPage.body, 'the revalidated body').toContainText(REVISED_BODY_NOTE);
  await expect(jobPage.heading).toHaveText(edited!.title);
  await expect(jobPage.applyFrame, 'the apply iframe is the same element, not a new one').toHaveAttribute(
    'data-marker',
    MARKER,
  );
  await expect(jobPage.applyFrame).toHaveCount(1);
  await expect(jobPage.applyNameField, 'the typed name is still in the form').toHaveValue('Grace Hopper');
});
