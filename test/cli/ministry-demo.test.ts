/**
 * `npm run demo:ministry`, the README's one command for the ministry analyst (issue 8, "Done
 * means"): the bundled sheet (examples/data/vn-dti-2022/2023.xlsx, laid out as a ministry would,
 * read through its mapping.json) turned into a ranked workbook and the HTML report with the map, in
 * Vietnamese, with the rank change since 2022. The two CLI invocations are taken from package.json
 * itself, so the test runs what the README shows; the files go to a temporary folder instead of out/.
 * The ranking is that of the JSON the sheet was made from (test/cli/xlsx.test.ts checks they agree).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxTable } from '../../src/xlsx/index.js';
import { chiso } from './cli-helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-ministry-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The demo's CLI invocations: package.json's script split at "&&", paths made absolute, out/ moved to the temporary folder. */
function demoInvocations(): string[][] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const script = scripts['demo:ministry'] ?? '';
  return script.split(' && ').map((command) => {
    const words = command.trim().split(/\s+/);
    expect(words.slice(0, 2)).toEqual(['tsx', 'src/cli/bin.ts']);
    return words.slice(2).map((word) => (word.startsWith('examples/') ? join(root, word) : word.startsWith('out/') ? join(folder, word.slice(4)) : word));
  });
}

describe('npm run demo:ministry', () => {
  it('turns the bundled sheet into a ranked Vietnamese workbook and the HTML report with the map', async () => {
    const invocations = demoInvocations();
    expect(invocations.map((args) => args[0])).toEqual(['score', 'report']);
    for (const args of invocations) {
      const { code, stdout, stderr } = await chiso(args);
      expect({ code, stdout }, `${args.join(' ')}\n${stderr}`).toEqual({ code: 0, stdout: '' });
    }
    const workbook = readFileSync(join(folder, 'ket-qua-2023.xlsx'));
    const ranking = await readXlsxTable(workbook, { sheet: 'Xếp hạng', headerRow: 1 });
    expect(ranking.rows).toHaveLength(63);
    expect(ranking.header.slice(0, 2)).toEqual(['Hạng', 'Mã']);
    expect(ranking.header).toContain('Thay đổi');
    // Hà Nội first with 0.8920, as the README's demo shows
    expect(ranking.rows[0]?.slice(0, 3)).toEqual([1, '01', 'Hà Nội']);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect((html.match(/class="unit-row/g) ?? []).length).toBe(63);
    // the map by score and by rank, each with the 63 provinces
    expect((html.match(/class="chiso-map"/g) ?? []).length).toBe(2);
    expect((html.match(/class="province"/g) ?? []).length).toBe(63 * 2);
    expect(html).toContain('id="change"');
  });
});
