/**
 * The HTML report as a person sees it: Debian's Chromium (/usr/bin/chromium), driven by
 * playwright-core, opens the report of the DTI 2022 sample (2023 with 2022 as previous, in
 * Vietnamese) from a file:// URL. The test records every request the page makes and every console
 * message, checks the DOM — 63 provinces in the table, 63 province paths on each map, the legends,
 * the hover titles, 63 profiles — and the print layout (A4, a page per profile), and saves
 * screenshots under test/report/screenshots/ (git-ignored) for a person to look at.
 *
 * Without Chromium the test is skipped with a message — except under CI=true, where it fails
 * (`.ci/run` installs Chromium), as in test/browser-chromium.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/report/html/report.js';
import { current, previous } from './dti-sample.js';

const CHROMIUM = '/usr/bin/chromium';
const installed = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const screenshots = fileURLToPath(new URL('screenshots/', import.meta.url));

describe('the HTML report in Chromium', () => {
  if (!installed && !inCi) {
    console.warn(`test/report/report-chromium.test.ts: skipped — ${CHROMIUM} is not installed (apt-get install chromium); under CI=true this fails instead.`);
    it.skip(`opens the report in a real browser (skipped: ${CHROMIUM} is not installed)`, () => {});
    return;
  }

  it('shows the 63 provinces in the table and on the maps, with legends and profiles, makes no request and logs no error', async () => {
    expect(installed, `${CHROMIUM} is not installed, and CI=true: .ci/run should have installed it (apt-get install chromium)`).toBe(true);
    const folder = mkdtempSync(join(tmpdir(), 'chiso-report-'));
    const file = join(folder, 'report.html');
    writeFileSync(file, reportHtml(current, { language: 'vi', previous }));
    const address = pathToFileURL(file).href;
    mkdirSync(screenshots, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), 'chiso-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1200, height: 1300 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      const requests: string[] = [];
      const messages: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await page.goto(address, { waitUntil: 'load' });

      expect(await page.title()).toBe('Chỉ số chuyển đổi số cấp tỉnh (DTI) 2023');
      expect(await page.locator('table.ranking-table tbody tr').count()).toBe(63);
      expect(await page.locator('table.ranking-table tbody tr').first().locator('td.name').textContent()).toBe('Hà Nội');
      const maps = page.locator('svg.chiso-map');
      expect(await maps.count()).toBe(2);
      for (const index of [0, 1]) {
        const map = maps.nth(index);
        expect(await map.locator('path.province').count()).toBe(63);
        expect(await map.locator('g.legend').count()).toBe(1);
        expect(await map.locator('g.archipelago').count()).toBe(2);
        // every province is drawn with an area inside the map
        // (an expression, evaluated in the page: the test is type-checked without the DOM's types)
        const boxes = (await page.evaluate(`[...document.querySelectorAll('svg.chiso-map')[${index}].querySelectorAll('path.province')].map((path) => path.getBBox()).map((box) => ({ width: box.width, height: box.height }))`)) as { width: number; height: number }[];
        expect(boxes).toHaveLength(63);
        expect(boxes.every((box) => box.width > 0 && box.height > 0)).toBe(true);
      }
      expect(await maps.first().locator('path.province[data-code="48"] > title').textContent()).toMatch(/^Đà Nẵng: 0,\d{4}$/);
      expect(await page.locator('article.profile').count()).toBe(63);
      expect(await page.locator('svg.chiso-slope-chart g.slope').count()).toBe(63);
      expect(await page.locator('svg[role="img"]').count()).toBe(3 + 2 + 63); // bar chart, heat map, slope chart; two maps; a profile per unit

      // nothing but the page itself was requested, and nothing was logged
      expect(requests).toEqual([address]);
      expect(messages).toEqual([]);

      await page.screenshot({ path: join(screenshots, 'report-top.png') });
      await page.locator('#map').screenshot({ path: join(screenshots, 'report-map.png') });
      await page.locator('#unit-1').screenshot({ path: join(screenshots, 'report-profile.png') });
      await page.locator('#change').screenshot({ path: join(screenshots, 'report-slope.png') });

      // printed: A4, one page per profile
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(`getComputedStyle(document.getElementById('unit-2')).breakBefore`)).toBe('page');
      expect(await page.evaluate(`getComputedStyle(document.querySelector('nav')).display`)).toBe('none');
      const pdf = await page.pdf({ format: 'A4', path: join(screenshots, 'report.pdf') });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(63);
      expect(requests).toEqual([address]);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
