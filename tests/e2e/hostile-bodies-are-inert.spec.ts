// Job bodies carrying script-injection attempts render as harmless text and markup: no
// dialog, no error, no script, handler, javascript: URL or embedded document survives.
import { expect, test } from '@playwright/test';
import { fetchPublishedJobs, htmlToText } from './demo-jobs';
import { JobPage } from './pages/job-page';

/** The mock's published jobs whose bodies carry payloads (crates/mock HOSTILE_JOB_IDS). */
const HOSTILE_JOB_IDS = ['7114', '7130', '7153', '7163'];

/** Elements that run code, embed documents, take input or change how the page resolves URLs. */
const FORBIDDEN_ELEMENTS = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed', 'form', 'input',
  'button', 'textarea', 'select', 'svg', 'math', 'template',
].join(', ');

for (const id of HOSTILE_JOB_IDS) {
  test(`hostile body of job ${id} is inert`, async ({ page, request }) => {
    const job = (await fetchPublishedJobs(request)).find((j) => j.id === id);
    expect(job, `job ${id} is published`).toBeDefined();
    expect(job!.bodyHtml, 'the API body carries a payload').toMatch(/alert\(1\)/);

    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const evilRequests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      consoleErrors.push(`${message.text()} @ ${message.location().url}`);
    });
    page.on('request', (r) => {
      const url = r.url();
      if (url.includes('evil.example') || /^(javascript|data):/i.test(url)) evilRequests.push(url);
    });

    const jobPage = new JobPage(page);
    await jobPage.open(id);
    await expect(jobPage.heading).toHaveText(job!.title);
    // The body is filled after mount; its normal part, after the payload, is all there.
    // (Compared without whitespace: tag boundaries add none to textContent.)
    const squash = (text: string) => text.replace(/\s+/g, '');
    const normalEnding = squash(htmlToText(job!.bodyHtml)).slice(-50);
    await expect.poll(async () => squash((await jobPage.body.textContent()) ?? '')).toContain(normalEnding);
    await jobPage.body.hover();
    await jobPage.body.click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(500); // settle: give any surviving handler or image error a chance

    const body = jobPage.body;
    await expect(body.locator(FORBIDDEN_ELEMENTS)).toHaveCount(0);
    await expect(body.locator('[onerror], [onload], [onclick], [onmouseover], [onfocus], [ontoggle]')).toHaveCount(0);
    await expect(body.locator('a[href^="javascript:" i]')).toHaveCount(0);
    // What a refused URL leaves is valid HTML: its link's text, and no image at all.
    await expect(body.locator('a:not([href]), img:not([src]), img:not([alt])')).toHaveCount(0);
    const findings = await body.evaluate((root) => {
      const found: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        for (const { name, value } of Array.from(element.attributes)) {
          if (name.startsWith('on')) found.push(`<${element.localName} ${name}>`);
          if (/javascript:|expression\(/i.test(value)) found.push(`<${element.localName} ${name}="${value}">`);
        }
        for (const name of ['href', 'src', 'action', 'formaction', 'data', 'srcset']) {
          const value = element.getAttribute(name);
          if (value === null) continue;
          const protocol = new URL(value, document.baseURI).protocol;
          const allowed = name === 'href' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
          if (!allowed.includes(protocol)) found.push(`<${element.localName} ${name}="${value}">`);
        }
      }
      if (document.querySelector('base')) found.push('a <base> in the document');
      return found;
    });
    expect(findings, 'dangerous markup in the rendered body').toEqual([]);

    expect(dialogs, 'dialogs').toEqual([]);
    expect(pageErrors, 'page errors').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(evilRequests, 'requests for payload URLs').toEqual([]);
  });
}
