// Full-page screenshots for a person to look over (tests/e2e/artifacts/*.png), taken by the
// *.screenshots.ts scripts against the same dist/ and mock as the specs:
//   playwright test --config tests/e2e/screenshots.config.ts
// They are artifacts, not tests, so `make test` (playwright.config.ts, *.spec.ts) never runs
// or counts them. A pixel baseline would fail on another machine's fonts and anti-aliasing,
// and a tolerance loose enough for that would pass a broken layout too; what the pictures
// show (rows, filters, the job page, the apply form, two boards) is asserted on the DOM by
// the specs instead.
import { defineConfig } from '@playwright/test';
import specs from './playwright.config';

export default defineConfig(specs, {
  testMatch: '**/*.screenshots.ts',
  outputDir: 'artifacts/screenshot-results',
});
