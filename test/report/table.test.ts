import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { panelFromResults } from '../../src/analysis/panel.js';
import { builtinFramework } from '../../src/frameworks/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';
import { defineFramework, formatTable, groupTable, panelTable, rankingTable, score, scorePanel } from '../../src/index.js';

const framework = defineFramework({
  id: 'mini',
  name: 'Mini',
  ranking: { groups: ['region'] },
  root: {
    kind: 'aggregate',
    id: 'index',
    label: { vi: 'Chỉ số', en: 'Index' },
    children: [
      { kind: 'indicator', id: 'a', label: { en: 'Fibre' }, unit: 'ratio', normalisation: { method: 'identity' } },
      { kind: 'indicator', id: 'b', unit: 'ratio', normalisation: { method: 'identity' } },
    ],
  },
});
const units = [
  { id: 'HN', name: 'Hà Nội', groups: { region: 'Đồng bằng sông Hồng' }, values: { a: 0.9, b: 0.7 } },
  { id: 'DB', name: 'Điện Biên', groups: { region: 'Trung du và miền núi phía Bắc' }, values: { a: 0.5, b: 0.3 } },
  { id: 'HY', name: 'Hưng Yên', groups: { region: 'Đồng bằng sông Hồng' }, values: { a: 0.8, b: 0.9 } },
];

describe('rankingTable', () => {
  it('sorts by rank and shows the children', () => {
    const table = rankingTable(score(framework, { units }));
    expect(table.columns.map((column) => column.title)).toEqual(['Rank', 'Unit', 'Name', 'Index', 'Fibre', 'b']);
    expect(table.rows).toEqual([
      ['1', 'HY', 'Hưng Yên', '0.8500', '0.8000', '0.9000'],
      ['2', 'HN', 'Hà Nội', '0.8000', '0.9000', '0.7000'],
      ['3', 'DB', 'Điện Biên', '0.4000', '0.5000', '0.3000'],
    ]);
  });

  it('adds group ranks and the change from a previous result', () => {
    const previous = score(framework, { units: units.map((unit) => (unit.id === 'DB' ? { ...unit, values: { a: 1, b: 1 } } : unit)) });
    const table = rankingTable(score(framework, { units }), { previous, group: 'region', children: false });
    expect(table.rows[2]).toEqual(['3', 'DB', 'Điện Biên', 'Trung du và miền núi phía Bắc', '1', '0.4000', '1', 'down 2 places', '-0.6000']);
    expect(table.rows[0]).toEqual(['1', 'HY', 'Hưng Yên', 'Đồng bằng sông Hồng', '1', '0.8500', '2', 'up 1 place', '+0.0000']);
  });
});

describe('rankingTable changes beyond the range of a double', () => {
  it('prints the change exactly in decimal notation, never Infinity', () => {
    const open = defineFramework({ id: 'open', name: 'Open', root: { kind: 'aggregate', id: 'index', children: ['a', 'b'].map((id) => ({ kind: 'indicator', id, unit: 'other', normalisation: { method: 'identity' } })) } });
    const plain = units.map((unit) => ({ id: unit.id, values: unit.values }));
    const huge = plain.map((unit) => (unit.id === 'DB' ? { ...unit, values: { a: '1e400', b: 0 } } : unit));
    const table = rankingTable(score(open, { units: huge }), { previous: score(open, { units: plain }), children: false });
    // DB: (1e400 + 0) / 2 now, (0.5 + 0.3) / 2 = 0.4 before
    expect(table.rows[0]?.at(-1)).toBe(`+${new ExactDecimal('5e399').minus('0.4').toFixed(4)}`);
    expect(table.rows.flat().join(' ')).not.toMatch(/Infinity|NaN|e\+/);
  });
});

describe('groupTable (exported from the entry point)', () => {
  it('ranks the regions by the exact mean score of their ranked units, with the best unit', () => {
    const table = groupTable(score(framework, { units }), 'region');
    expect(table.columns.map((column) => column.title)).toEqual(['Rank', 'Region', 'Units', 'Mean Index', 'Best', 'Best score']);
    expect(table.rows).toEqual([
      ['1', 'Đồng bằng sông Hồng', '2', '0.8250', 'Hưng Yên', '0.8500'],
      ['2', 'Trung du và miền núi phía Bắc', '1', '0.4000', 'Điện Biên', '0.4000'],
    ]);
  });
});

describe('panelTable (exported from the entry point)', () => {
  it('prints each unit\'s ranks by year, the history and the last change, in the latest order', () => {
    const earlier = units.map((unit) => (unit.id === 'DB' ? { ...unit, values: { a: 1, b: 1 } } : unit));
    const panel = scorePanel(framework, [{ year: 2023, units }, { year: 2022, units: earlier }]);
    const table = panelTable(panel, { scores: true });
    expect(table.columns.map((column) => column.title)).toEqual(['Unit', 'Name', '2022', 'Score 2022', '2023', 'Score 2023', 'Ranks', 'Change']);
    expect(table.rows.map((row) => [row[0], row[2], row[4], row[6], row[7]])).toEqual([
      ['HY', '2', '1', '2 → 1', 'up 1 place'],
      ['HN', '3', '2', '3 → 2', 'up 1 place'],
      ['DB', '1', '3', '1 → 3', 'down 2 places'],
    ]);
  });
});

describe('group names that plain objects already answer for', () => {
  it('a group called "toString" or "constructor" that no unit has is empty, in a result read back from JSON', () => {
    const saved = JSON.parse(JSON.stringify(score(framework, { units }))) as ReturnType<typeof score>;
    for (const group of ['toString', 'constructor']) {
      const table = rankingTable(saved, { group, children: false });
      expect(table.rows.map((row) => row.slice(3, 5))).toEqual([['', '–'], ['', '–'], ['', '–']]);
      expect(formatTable(table, 'text')).toContain('Hưng Yên');
    }
  });
});

describe('formatTable', () => {
  const table = { columns: [{ title: 'Rank', align: 'right' as const }, { title: 'Name', align: 'left' as const }], rows: [['1', 'Điện Biên'], ['10', 'Hà Nội']] };
  it('aligns text columns by characters, Vietnamese diacritics included', () => {
    expect(formatTable(table, 'text')).toBe('Rank  Name\n────  ─────────\n   1  Điện Biên\n  10  Hà Nội\n');
  });
  it('writes Markdown with alignment and CSV', () => {
    expect(formatTable(table, 'md')).toBe('| Rank | Name |\n| ---: | :--- |\n| 1 | Điện Biên |\n| 10 | Hà Nội |\n');
    expect(formatTable(table, 'csv')).toBe('Rank,Name\n1,Điện Biên\n10,Hà Nội\n');
  });
  it('keeps a name text in Markdown: HTML, links and code spans are escaped, not rendered', () => {
    const hostile = { columns: [{ title: 'Name', align: 'left' as const }], rows: [['<img src=x onerror=alert(1)>'], ['[click](javascript:alert(1))'], ['`code` & more']] };
    expect(formatTable(hostile, 'md').split('\n').slice(2, 5)).toEqual([
      '| &lt;img src=x onerror=alert(1)&gt; |',
      '| \\[click\\](javascript:alert(1)) |',
      '| \\`code\\` &amp; more |',
    ]);
  });
  it('keeps each Markdown row one row of the same cells whatever a name holds ("|", line breaks, backslashes)', () => {
    const hostile = { columns: [{ title: 'Rank', align: 'right' as const }, { title: 'Na|me', align: 'left' as const }], rows: [['1', 'a|b\nc\r\nd\u2028e'], ['2', 'x\\|y\\']] };
    const lines = formatTable(hostile, 'md').split('\n');
    expect(lines).toEqual(['| Rank | Na\\|me |', '| ---: | :--- |', '| 1 | a\\|b\\\\nc\\\\r\\\\nd\\\\u2028e |', '| 2 | x\\\\\\|y\\\\ |', '']);
    // every row splits into as many cells as the header, at the unescaped "|"
    const unescapedPipes = (line: string): number => {
      let count = 0;
      for (let index = 0; index < line.length; index += 1) {
        if (line[index] === '\\') index += 1;
        else if (line[index] === '|') count += 1;
      }
      return count;
    };
    for (const line of lines.slice(0, -1)) expect(unescapedPipes(line)).toBe(3);
  });
  it('neutralises formulas in CSV output (OWASP), never numbers', () => {
    const hostile = { columns: [{ title: 'Name', align: 'left' as const }, { title: '=Change', align: 'right' as const }], rows: [['=HYPERLINK("http://evil","Hà Nội")', '-0.5'], ['@cmd', '+1.25']] };
    expect(formatTable(hostile, 'csv')).toBe(`Name,'=Change\n"'=HYPERLINK(""http://evil"",""Hà Nội"")",-0.5\n'@cmd,+1.25\n`);
  });
});

describe('tables in Vietnamese (language: "vi")', () => {
  const dti = (year: number) => JSON.parse(readFileSync(new URL(`../../examples/data/vn-dti-2022/${year}.json`, import.meta.url), 'utf8')) as unknown;
  const framework = builtinFramework('vn-dti-2022');
  const current = score(framework, dti(2023) as Parameters<typeof score>[1]);
  const previous = score(framework, dti(2022) as Parameters<typeof score>[1]);

  it('rankingTable: titles, node labels, group and change phrases from src/report/language.ts; figures unchanged', () => {
    const table = rankingTable(current, { previous, group: 'region', children: false, language: 'vi' });
    expect(table.columns.map((column) => column.title)).toEqual(['Hạng', 'Mã', 'Tên', 'Vùng', 'Hạng trong vùng', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Hạng trước đó', 'Thay đổi', 'Thay đổi điểm']);
    const namDinh = table.rows.find((row) => row[2] === 'Nam Định');
    // Nam Định: 24th in 2022, 7th in 2023 (the English table says "up 17 places")
    expect(namDinh?.[7]).toBe('tăng 17 bậc');
    expect(namDinh?.[5]).toBe('0.7751');
    expect(rankingTable(current, { previous, children: false }).rows.find((row) => row[2] === 'Nam Định')?.[5]).toBe('up 17 places');
  });

  it('formatTable writes figures with a decimal comma in text and Markdown, never in CSV', () => {
    const table = rankingTable(current, { children: false, language: 'vi' });
    expect(formatTable(table, 'text', { language: 'vi' })).toMatch(/^ +1 {2}01 {2}Hà Nội +0,8920$/m);
    expect(formatTable(table, 'md', { language: 'vi' })).toContain('| 1 | 01 | Hà Nội | 0,8920 |');
    expect(formatTable(table, 'csv', { language: 'vi' }).split('\n')[1]).toBe('1,01,Hà Nội,0.8920');
  });

  it('groupTable and panelTable', () => {
    expect(groupTable(current, 'region', { language: 'vi' }).columns.map((column) => column.title)).toEqual(['Hạng', 'Vùng', 'Số đơn vị', 'DTI trung bình', 'Dẫn đầu', 'Điểm cao nhất']);
    const panel = panelTable(panelFromResults([{ ...previous, dataset: { year: 2022 } }, { ...current, dataset: { year: 2023 } }]), { language: 'vi', scores: true });
    expect(panel.columns.map((column) => column.title)).toEqual(['Mã', 'Tên', '2022', 'Điểm 2022', '2023', 'Điểm 2023', 'Diễn biến thứ hạng', 'Thay đổi']);
    expect(panel.rows.find((row) => row[1] === 'Nam Định')?.[7]).toBe('tăng 17 bậc');
  });

  it('refuses a language other than "en" and "vi"', () => {
    expect(() => rankingTable(current, { language: 'fr' as 'vi' })).toThrow(/language/);
  });
});
