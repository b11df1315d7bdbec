// A script tag with bad configuration shows a clear message naming the offending attribute
// where the board would be, logs it to the console, fires teamtailor:error {kind: 'config'},
// and sends no request to the API.
import { expect, test, type Request } from '@playwright/test';
import { apiRequestCount, mockStats } from './mock-server';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

/** The company site's `/bad-config/{case}` pages and the attribute each gets wrong. */
const cases = [
  { name: 'missing-key', attribute: 'data-api-key' },
  { name: 'bad-auth', attribute: 'data-auth' },
  { name: 'insecure-base', attribute: 'data-api-base' },
  { name: 'no-target', attribute: 'data-target' },
  { name: 'bad-shadow', attribute: 'data-shadow' },
];

for (const { name, attribute } of cases) {
  test(`bad config "${name}": a message naming ${attribute}, a console error, an event, no request`, async ({
    page,
    request,
  }) => {
    const before = await mockStats(request);
    const requests: Request[] = [];
    const inFlight = new Set<Request>();
    page.on('request', (r) => {
      requests.push(r);
      inFlight.add(r);
    });
    page.on('requestfinished', (r) => inFlight.delete(r));
    page.on('requestfailed', (r) => inFlight.delete(r));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const site = new CompanySite(page);
    await site.recordEvents();
    await site.open(`/bad-config/${name}`);

    const tags = await site.embedTags();
    expect(tags, 'one embed snippet').toHaveLength(1);
    const target = tags[0].target!;
    // Where the board would be: the data-target element, or (when it matches nothing) a new
    // element right after the script tag.
    const targetExists = (await page.locator(target).count()) > 0;
    expect(targetExists, `data-target ${target} exists on every page but no-target`).toBe(name !== 'no-target');
    const container = targetExists ? site.host(target) : site.createdHost;

    await expect(site.configError).toHaveCount(1);
    // Soft, so a message in the wrong place is reported without skipping the other checks.
    await expect(site.configErrorMessage(container), 'the message is where the board would be').toBeVisible();
    const message = site.configError.locator('.tt-error-message');
    await expect(message).toBeVisible();
    await expect(message).toContainText(attribute);
    const messageText = await message.innerText();
    if (!targetExists) {
      // The message sits right after the script tag; the selector's element stays absent.
      const afterScript = await site.embedScripts.evaluate((script) => script.nextElementSibling?.tagName.toLowerCase());
      expect(afterScript).toBe('teamtailor-jobs');
    }

    await expect
      .poll(() => consoleErrors.filter((text) => text.includes('[teamtailor]')), 'a [teamtailor] console error')
      .toHaveLength(1);
    const consoleError = consoleErrors.find((text) => text.includes('[teamtailor]'))!;
    expect(consoleError).toContain(attribute);

    const errors = (await site.events()).filter((event) => event.type === 'teamtailor:error');
    expect(errors, 'one teamtailor:error event').toHaveLength(1);
    expect(errors[0].detail).toMatchObject({ kind: 'config' });
    expect(String(errors[0].detail?.message)).toContain(attribute);
    expect(errors[0].detail?.message).toBe(messageText);
    expect((await site.events()).map((event) => event.type)).not.toContain('teamtailor:ready');

    // Nothing went to the API: neither what the page asked for nor what the mock received.
    // (The widget's own files load from the mock too, so only /v1/ counts.) The widget has
    // mounted (the message, the console error and the event are in); once every request the
    // page started has been answered, the mock has counted each of them.
    await expect.poll(() => [...inFlight].map((r) => r.url()), 'requests still in flight').toEqual([]);
    expect(requests.map((r) => r.url()).filter((url) => new URL(url).pathname.startsWith('/v1/'))).toEqual([]);
    const after = await mockStats(request);
    expect(apiRequestCount(after), 'API requests the mock received').toBe(apiRequestCount(before));
    expect(after.preflights).toBe(before.preflights);
  });
}
