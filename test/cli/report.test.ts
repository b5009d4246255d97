/** `chiso report`: the HTML report from the command line (src/cli/commands/report.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chiso, dti2023 } from './cli-helpers.js';

const dti2022 = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2022.json', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-report-'));

describe('chiso report', () => {
  it('writes the Vietnamese report of the DTI sample with --previous to --out (making the folder), and says so', async () => {
    const target = join(folder, 'new', 'report.html');
    const { code, stdout, stderr } = await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--previous', dti2022, '--lang', 'vi', '--out', target]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Đã ghi ${target}: 63 đơn vị, bản đồ 63 tỉnh, thành phố.\n`);
    const html = readFileSync(target, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('id="change"');
    expect((html.match(/class="unit-row/g) ?? []).length).toBe(63);
  });

  it('writes to standard output without --out, in English by default', async () => {
    const { code, stdout } = await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023]);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(stdout).not.toContain('id="change"');
  });

  it('maps onto the 34 with --merge-34, and adds rank histories with --history', async () => {
    const { code, stdout } = await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--history', dti2022, '--merge-34']);
    expect(code).toBe(0);
    expect((stdout.match(/class="province"/g) ?? []).length).toBe(34 * 2);
    expect((stdout.match(/class="chiso-chart chiso-rank-history"/g) ?? []).length).toBe(34);
  });

  it('explains wrong usage: an unknown language, era or group, --merge-partial alone', async () => {
    expect((await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--lang', 'fr'])).stderr).toMatch(/--lang "fr" is not one of en, vi/);
    expect((await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--era', '62'])).code).toBe(2);
    expect((await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--group', 'regoin'])).stderr).toMatch(/--group "regoin": there is no group "regoin".*region/);
    expect((await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--merge-partial'])).stderr).toMatch(/--merge-partial needs --merge-34/);
  });

  it('exits 1 with a message when the report cannot be written', async () => {
    const blocked = join(folder, 'file');
    writeFileSync(blocked, 'not a folder');
    const { code, stderr } = await chiso(['report', '-f', 'vn-dti-2022', '-d', dti2023, '--out', join(blocked, 'report.html')]);
    expect(code).toBe(1);
    // written through the global --out, as every command's output: its message names the file
    expect(stderr).toMatch(/^chiso: cannot write .*report\.html: .*\((ENOTDIR|EEXIST)\)\n$/);
  });

  it('is listed in the main help and describes every option in its own', async () => {
    expect((await chiso(['--help'])).stdout).toMatch(/ {2}report {6}write the HTML report/);
    const { stdout } = await chiso(['report', '--help']);
    for (const option of ['--framework', '--data', '--previous', '--history', '--lang', '--out', '--group', '--title', '--era', '--merge-34', '--merge-partial']) expect(stdout).toContain(option);
  });
});
