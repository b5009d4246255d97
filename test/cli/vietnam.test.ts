/** The command line with Vietnamese data: the demo, and provinces matched by name. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { PROVINCES_34, PROVINCES_63 } from '../../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const data = (path: string): string => fileURLToPath(new URL(`../../examples/data/${path}`, import.meta.url));

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('the demo: DTI 2022 for 63 provinces', () => {
  it('ranks 63 provinces with region, score, the eight scored main indices and the change, then the regions', async () => {
    const { code, stdout } = await chiso(
      'score', '--framework', 'vn-dti-2022', '--data', data('vn-dti-2022/2023.json'), '--previous', data('vn-dti-2022/2022.json'),
      '--group', 'region', '--group-summary', '--columns', 'awareness,institutions,infrastructure,human_resources,cyber_security,government,economy,society', '--titles', 'short', '--compact',
    );
    expect(code).toBe(0);
    const [provinces, regions] = stdout.split('\nBy region\n');
    const header = provinces?.split('\n')[2] ?? '';
    for (const title of ['Rank', 'Name', 'Region', 'DTI', 'Nhận thức', 'Thể chế', 'Hạ tầng', 'Nhân lực', 'ATTT', 'CQS', 'KTS', 'XHS', 'Change']) expect(header).toContain(title);
    expect(header).not.toContain('ĐTTM');
    const rows = (provinces ?? '').split('\n').filter((line) => /^\s+\d+ {2}\S/.test(line));
    expect(rows).toHaveLength(63);
    expect(rows[0]).toMatch(/^\s+1 {2}Hà Nội +Đồng bằng sông Hồng +0\.\d{4} .*(unchanged|up \d+ places?|down \d+ places?)$/);
    expect((regions ?? '').split('\n').filter((line) => /^\s+\d\s/.test(line))).toHaveLength(6);
  });
});

describe('--merge-34', () => {
  it('maps the 63 provinces onto the 34 and ranks them', async () => {
    const merged = await chiso('score', '-f', 'readiness', '-d', data('readiness/2023.json'), '--merge-34', '--format', 'csv', '--columns', 'infrastructure');
    expect(merged.code).toBe(0);
    const lines = merged.stdout.trim().split('\n');
    expect(lines).toHaveLength(35);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0])).sort((a, b) => a - b)).toEqual(Array.from({ length: 34 }, (_value, index) => index + 1));
    expect(merged.stdout).toContain(',Lâm Đồng,');
    expect(merged.stdout).not.toContain(',Đắk Nông,');
  });

  it('prints the rank within each region and published indicator values after the merger, as before it', async () => {
    const { code, stdout } = await chiso('score', '-f', 'vn-dti-2022', '-d', data('vn-dti-2022/2023.json'), '--merge-34', '--group', 'region', '--columns', 'steering_meetings,officials_dt_briefed_pct', '--format', 'csv');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(34);
    // Rank, Unit, Name, Region, Rank in region, PDTI, two indicators
    for (const row of rows) {
      expect(row[4], row.join(',')).toMatch(/^\d+$/);
      for (const figure of row.slice(5)) expect(figure, row.join(',')).toMatch(/^\d+\.\d{4}$/);
    }
    // the region keeps the language of the data (Vietnamese, from the sample file)
    expect(rows.find((row) => row[2] === 'Hà Nội')?.slice(3, 5)).toEqual(['Đồng bằng sông Hồng', '1']);
  });

  it('a merged result saved with --format json is read back as --previous, with every unit compared', async () => {
    const saved = await chiso('score', '-f', 'vn-dti-2022', '-d', data('vn-dti-2022/2022.json'), '--merge-34', '--group', 'region', '--format', 'json');
    expect(saved.code).toBe(0);
    const path = join(mkdtempSync(join(tmpdir(), 'chiso-merged-')), 'dti-2022-34.json');
    writeFileSync(path, saved.stdout);
    const { code, stdout, stderr } = await chiso('score', '-f', 'vn-dti-2022', '-d', data('vn-dti-2022/2023.json'), '--merge-34', '--group', 'region', '--previous', path, '--format', 'csv');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(34);
    for (const row of rows) expect(row, row).toMatch(/,\d+,(unchanged|up \d+ places?|down \d+ places?),[+-]\d/);
  });

  it('--merge-partial maps a dataset with a former province missing; without it the message names the option', async () => {
    const dataset = fixture('mini-2022.csv'); // Hà Nội, Điện Biên and Hưng Yên, but not Thái Bình (now part of Hưng Yên)
    const refused = await chiso('score', '-f', fixture('mini.json'), '-d', dataset, '--provinces', '--merge-34');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Thái Bình is missing; to use those present, pass the option partial: true (on the command line, --merge-partial)');
    const partial = await chiso('score', '-f', fixture('mini.json'), '-d', dataset, '--provinces', '--merge-34', '--merge-partial', '--format', 'csv');
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain(',Hưng Yên,');
    expect((await chiso('score', '-f', fixture('mini.json'), '-d', dataset, '--merge-partial')).code).toBe(2);
  });
});

describe('--provinces', () => {
  it('matches provinces as people write them and adds their regions', async () => {
    const { code, stdout } = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('provinces-2024.csv'), '--provinces', '--group', 'region');
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 {2}01 {4}Hà Nội +Đồng bằng sông Hồng/);
    expect(stdout).toContain('46    Thừa Thiên Huế');
    expect(stdout).toContain('79    Hồ Chí Minh');
  });

  it('explain -u takes a province as people write it, with --provinces', async () => {
    const byName = await chiso('explain', '-f', fixture('mini.json'), '-d', fixture('provinces-2024.csv'), '--provinces', '-u', 'TP.HCM');
    expect(byName.stderr).toBe('');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toMatch(/^Hồ Chí Minh: /);
    expect((await chiso('explain', '-f', fixture('mini.json'), '-d', fixture('provinces-2024.csv'), '--provinces', '-u', 'Atlantis')).code).toBe(2);
  });

  it('exits 1 naming every unknown, doubled or mixed-era province', async () => {
    const { code, stderr } = await chiso('validate', '-f', fixture('mini.json'), '-d', fixture('provinces-bad.csv'), '--provinces');
    expect(code).toBe(1);
    expect(stderr).toContain('units[1]: "Hồ Chí Minh" and "TP.HCM" (units[0]) are the same province, Hồ Chí Minh (code 79)');
    expect(stderr).toContain('units[2]: "Da Nag" is not one of the 63 provinces (until 30 June 2025); closest: Đà Nẵng');
  });
});

describe('chiso provinces and chiso frameworks --show', () => {
  it('lists the 63 with their successors and the 34 with their former units', async () => {
    const old = await chiso('provinces');
    expect(old.code).toBe(0);
    expect(old.stdout.trim().split('\n')).toHaveLength(65);
    expect(old.stdout).toMatch(/^02 +Hà Giang +Ha Giang +Trung du và miền núi phía Bắc +→ Tuyên Quang$/m);
    const current = await chiso('provinces', '--era', '34');
    expect(current.stdout.trim().split('\n')).toHaveLength(36);
    expect(current.stdout).toMatch(/^68 +Lâm Đồng .*← Bình Thuận, Đắk Nông, Lâm Đồng$/m);
  });

  it('finds a province by the name people write, or lists the closest names', async () => {
    expect((await chiso('provinces', '--find', 'TP.HCM')).stdout).toMatch(/^79 +Hồ Chí Minh/m);
    const unknown = await chiso('provinces', '--find', 'Da Nag');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--find "Da Nag" is not one of the 63 provinces; closest: Đà Nẵng');
    // a former province among the 34: where it went, not the names that look alike
    const former = await chiso('provinces', '--era', '34', '--find', 'Dak Nong');
    expect(former.code).toBe(2);
    expect(former.stderr).toContain('--find "Dak Nong": Đắk Nông is one of the 63 provinces until 30 June 2025, since 1 July 2025 part of Lâm Đồng (code 68); use --era 63 to list it');
  });

  it('prints a built-in framework as JSON that validates and scores the same', async () => {
    const { stdout } = await chiso('frameworks', '--show', 'vn-dti-2022-main');
    const framework = JSON.parse(stdout) as { id: string };
    expect(framework.id).toBe('vn-dti-2022-main');
    expect((await chiso('frameworks', '--show', 'nope')).code).toBe(2);
  });
});

describe('chiso panel', () => {
  it('prints each province\'s rank per year, its history and its last change', async () => {
    const { code, stdout } = await chiso('panel', '-f', 'readiness', '-d', data('readiness/2022.json'), '-d', data('readiness/2023.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('Digital-transformation readiness (five areas, chiso default): 2022, 2023');
    // Điện Biên on the sample data: 45th, then 36th (see test/frameworks/vietnam/ntm-readiness.test.ts)
    expect(stdout).toMatch(/^11 +Điện Biên +45 +36 +45 → 36 +up 9 places$/m);
    expect(stdout.split('\n').filter((line) => /^\d{2} /.test(line))).toHaveLength(63);
  });

  it('needs two datasets and a year for each', async () => {
    expect((await chiso('panel', '-f', 'readiness', '-d', data('readiness/2022.json'))).code).toBe(2);
    expect((await chiso('panel', '-f', 'readiness', '-d', data('readiness/2022.json'), '-d', data('readiness/2023.json'), '--years', '2022')).code).toBe(2);
    const relabelled = await chiso('panel', '-f', 'readiness', '-d', data('readiness/2022.json'), '-d', data('readiness/2023.json'), '--years', '2030,2031', '--format', 'csv');
    expect(relabelled.stdout.split('\n')[0]).toBe('Unit,Name,2030,2031,Ranks,Change');
  });
});

describe('years on both sides of the 1 July 2025 merger', () => {
  const directory = mkdtempSync(join(tmpdir(), 'chiso-eras-'));
  const write = (name: string, rows: string[]): string => {
    const path = join(directory, name);
    writeFileSync(path, `province,year,fibre_pct,online_pct\n${rows.join('\n')}\n`);
    return path;
  };
  // plain names: the year column says which list they are from
  const y2024 = write('2024.csv', PROVINCES_63.map((province, index) => `${province.name},2024,${(index * 37) % 100},${(index * 53) % 100}`));
  const y2025 = write('2025.csv', PROVINCES_34.map((province, index) => `${province.name},2025,${(index * 17) % 100},${(index * 29) % 100}`));

  it('score matches the provinces of a 2025 file (a "year" column) among the 34: Bắc Ninh is code 24, not the former 27', async () => {
    const { code, stdout } = await chiso('score', '-f', fixture('mini.json'), '-d', y2025, '--provinces', '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+,24,Bắc Ninh,/m);
    expect(stdout.trim().split('\n')).toHaveLength(35);
  });

  it('panel refuses a rank history that mixes the 63 and the 34 under one code, and maps the 63 onto the 34 with --merge-34', async () => {
    const mixed = await chiso('panel', '-f', fixture('mini.json'), '-d', y2024, '-d', y2025, '--provinces');
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toBe('');
    expect(mixed.stderr).toContain(`"${y2024}" lists the 63 provinces (until 30 June 2025) and "${y2025}" the 34 (from 1 July 2025)`);
    expect(mixed.stderr).toContain('add --merge-34');
    const merged = await chiso('panel', '-f', fixture('mini.json'), '-d', y2024, '-d', y2025, '--provinces', '--merge-34', '--format', 'csv');
    expect(merged.code).toBe(0);
    const rows = merged.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(34);
    // every unit has a rank in both years: the 2024 figures are those of the new provinces
    for (const row of rows) expect(row, row).toMatch(/^\d{2},[^,]+,\d+,\d+,/);
    expect((await chiso('panel', '-f', fixture('mini.json'), '-d', y2024, '-d', y2025, '--merge-34')).code).toBe(2);
  });

  it('score --previous refuses a previous year of the other list, and with --merge-34 maps only the year of the 63', async () => {
    const mixed = await chiso('score', '-f', fixture('mini.json'), '-d', y2025, '--previous', y2024, '--provinces');
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(`"${y2024}" lists the 63 provinces and "${y2025}" the 34`);
    const merged = await chiso('score', '-f', fixture('mini.json'), '-d', y2025, '--previous', y2024, '--provinces', '--merge-34', '--format', 'csv');
    expect(merged.code).toBe(0);
    const rows = merged.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(34);
    // every new province had a previous rank: none is "new"
    for (const row of rows) expect(row, row).not.toContain(',new,');
  });
});
