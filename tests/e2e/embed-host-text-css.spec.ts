// A host page that poisons the inherited text properties of the board's container (and of the
// container's parent) with !important — `font-size: 0` (the inline-block gap trick),
// `line-height: 0`, `color: transparent`, uppercase, huge letter/word spacing, `text-indent:
// -9999px`, … — still shows readable job titles, in a Shadow DOM and in light DOM; the board's
// base size is `--tt-font-size` (16px by default), which a host may set on the container.
import { expect, test, type Locator } from '@playwright/test';
import { fetchPublishedJobs } from './demo-jobs';
import { BoardPage } from './pages/board-page';
import { CompanySite } from './pages/company-site';

test.use({ permissions: ['local-network-access'] });

/** Inherited properties a host can set on the container, each with !important. */
const POISON: Record<string, string> = {
  'font-size': '0',
  'line-height': '0',
  color: 'transparent',
  'text-transform': 'uppercase',
  'letter-spacing': '20px',
  'word-spacing': '30px',
  'text-indent': '-9999px',
  'text-align': 'right',
  'white-space': 'nowrap',
  'font-style': 'italic',
  'font-weight': '900',
  cursor: 'none',
};

/**
 * The rules a hostile host page adds, on `#careers` and on its parent. Not `visibility`: that
 * one is the page's to set, in a Shadow DOM too (embed-host-can-be-hidden.spec.ts).
 */
function poisonRules(): string {
  const declarations = Object.entries(POISON)
    .map(([property, value]) => `${property}: ${value} !important;`)
    .join(' ');
  return `#careers, :has(> #careers) { ${declarations} }`;
}

interface TextStyle {
  fontSize: number;
  lineHeight: string;
  color: string;
  textTransform: string;
  letterSpacing: string;
  wordSpacing: string;
  textIndent: string;
  textAlign: string;
  whiteSpace: string;
  fontStyle: string;
  fontWeight: string;
  visibility: string;
  cursor: string;
}

async function textStyle(element: Locator): Promise<TextStyle> {
  return element.evaluate((node) => {
    const s = getComputedStyle(node);
    return {
      fontSize: parseFloat(s.fontSize),
      lineHeight: s.lineHeight,
      color: s.color,
      textTransform: s.textTransform,
      letterSpacing: s.letterSpacing,
      wordSpacing: s.wordSpacing,
      textIndent: s.textIndent,
      textAlign: s.textAlign,
      whiteSpace: s.whiteSpace,
      fontStyle: s.fontStyle,
      fontWeight: s.fontWeight,
      visibility: s.visibility,
      cursor: s.cursor,
    };
  });
}

/** The alpha channel of a computed `rgb()`/`rgba()`/`color()` value. */
function alpha(color: string): number {
  const slash = color.match(/\/\s*([\d.]+%?)\s*\)$/);
  if (slash) return slash[1].endsWith('%') ? parseFloat(slash[1]) / 100 : parseFloat(slash[1]);
  const rgba = color.match(/^rgba\(([^)]*)\)$/);
  if (rgba) return parseFloat(rgba[1].split(',')[3]);
  return color === 'transparent' ? 0 : 1;
}

/** Where the text of `element` is drawn, measured on its text, not its box. */
async function textRect(element: Locator) {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const { left, right, width, height } = range.getBoundingClientRect();
    const row = node.closest('.tt-job')!.getBoundingClientRect();
    return { left, right, width, height, rowLeft: row.left, rowRight: row.right };
  });
}

async function expectReadableTitles(site: CompanySite, jobCount: number, mode: string) {
  const board = site.board('#careers');
  // Not waitForAllJobs: it waits for the list to be visible, and a collapsed board is not.
  await expect(board.resultCount).toHaveText(BoardPage.resultCountText(jobCount));
  const title = board.titleOf(board.jobRows.first());
  await expect(title).toBeAttached();

  // Soft, so one run reports every property that leaked.
  const style = await textStyle(title);
  expect.soft(style.fontSize, `${mode}: title font-size`).toBeGreaterThanOrEqual(12);
  if (style.lineHeight !== 'normal') {
    expect.soft(parseFloat(style.lineHeight), `${mode}: title line-height`).toBeGreaterThanOrEqual(style.fontSize);
  }
  expect.soft(alpha(style.color), `${mode}: title color ${style.color} is not transparent`).toBeGreaterThan(0);
  expect.soft(style.textTransform, `${mode}: text-transform`).toBe('none');
  expect.soft(['normal', '0px'], `${mode}: letter-spacing ${style.letterSpacing}`).toContain(style.letterSpacing);
  expect.soft(['normal', '0px'], `${mode}: word-spacing ${style.wordSpacing}`).toContain(style.wordSpacing);
  expect.soft(style.fontStyle, `${mode}: font-style`).toBe('normal');
  expect.soft(style.visibility, `${mode}: visibility`).toBe('visible');

  // Block-level properties, read on the board's root.
  const root = await textStyle(site.host('#careers').locator('.tt-board'));
  expect.soft(root.textIndent, `${mode}: text-indent`).toBe('0px');
  expect.soft(['start', 'left'], `${mode}: text-align ${root.textAlign}`).toContain(root.textAlign);
  expect.soft(root.whiteSpace, `${mode}: white-space`).toBe('normal');
  expect.soft(root.fontWeight, `${mode}: font-weight`).toBe('400');
  expect.soft(root.cursor, `${mode}: cursor`).toBe('auto');

  await expect(title, `${mode}: the title is visible`).toBeVisible();
  const box = await title.boundingBox();
  expect(box, `${mode}: the title has a box`).not.toBeNull();
  expect(box!.width, `${mode}: title width`).toBeGreaterThan(0);
  expect(box!.height, `${mode}: title height`).toBeGreaterThanOrEqual(12);
  const text = await textRect(title);
  expect(text.width, `${mode}: the title's text has a width`).toBeGreaterThan(0);
  expect(text.left, `${mode}: the title's text starts inside its row`).toBeGreaterThanOrEqual(text.rowLeft);
  expect(text.right, `${mode}: the title's text ends inside its row`).toBeLessThanOrEqual(text.rowRight);
}

async function titleFontSize(site: CompanySite): Promise<number> {
  const board = site.board('#careers');
  return (await textStyle(board.titleOf(board.jobRows.first()))).fontSize;
}

for (const { mode, path, shadow } of [
  { mode: 'shadow DOM', path: '/', shadow: true },
  { mode: 'light DOM', path: '/light-dom', shadow: false },
]) {
  test(`${mode}: !important text rules on the container leave job titles readable`, async ({ page, request }) => {
    const jobs = await fetchPublishedJobs(request);
    const site = new CompanySite(page);
    await site.open(path);
    await page.addStyleTag({ content: poisonRules() });
    expect(await site.hasShadowRoot('#careers')).toBe(shadow);
    const fontSizes = await site.host('#careers').evaluate((host) => ({
      parent: getComputedStyle(host.parentElement!).fontSize,
      host: getComputedStyle(host).fontSize,
    }));
    expect(fontSizes.parent, "the rules apply to the container's parent").toBe('0px');
    // On the container itself they apply in light DOM; in a Shadow DOM the board's own
    // `:host { font-size: … !important }` wins over the page's !important (CSS Cascade: for
    // important declarations the inner, shadow context wins).
    expect.soft(fontSizes.host, 'the computed font-size of the container').toBe(shadow ? '16px' : '0px');

    await expectReadableTitles(site, jobs.length, mode);
  });

  test(`${mode}: --tt-font-size on the container sets the board's base size`, async ({ page, request }) => {
    const jobs = await fetchPublishedJobs(request);
    const site = new CompanySite(page);
    await site.open(path);
    await site.board('#careers').waitForAllJobs(jobs.length);
    const byDefault = await titleFontSize(site);

    await page.addStyleTag({ content: '#careers { --tt-font-size: 20px; }' });
    await expect.poll(() => titleFontSize(site), `${mode}: larger than the default ${byDefault}px`).toBeGreaterThan(byDefault);
    const larger = await titleFontSize(site);
    // Titles are 1.0625em of the base: 17px at the default 16px, 21.25px at 20px.
    expect(larger / byDefault).toBeCloseTo(20 / 16, 2);

    // The host's own font-size on the container no longer matters, however it is set.
    await page.addStyleTag({ content: poisonRules() });
    await expect.poll(() => titleFontSize(site)).toBe(larger);
  });
}
