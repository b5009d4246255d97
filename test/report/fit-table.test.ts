/** Fitting tables to a terminal: which columns go first, what the note lists, sizes counted by hand. */
import { describe, expect, it } from 'vitest';
import { fitTable } from '../../src/report/fit-table.js';
import { formatTable, rankingTable } from '../../src/report/table.js';
import { datasetFromCsv, desi2022, score } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { displayWidth } from '../../src/report/text-width.js';

const result = score(desi2022, datasetFromCsv(readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8')));

function widest(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

describe('fitTable', () => {
  it('leaves a table that fits unchanged', () => {
    const table = rankingTable(result);
    const fitted = fitTable(table, 1000);
    expect(fitted).toEqual({ table, dropped: [], shortened: [], fits: true });
    expect(fitTable(table, Number.POSITIVE_INFINITY).table).toEqual(table);
  });

  it('drops the children from the right first, and keeps rank, name and score', () => {
    const table = rankingTable(result, { previous: result });
    expect(widest(formatTable(table, 'text'))).toBeGreaterThan(80);
    const fitted = fitTable(table, 80);
    expect(widest(formatTable(fitted.table, 'text'))).toBeLessThanOrEqual(80);
    // the four DESI dimensions, right to left, then the score change
    expect(fitted.dropped.slice(0, 4)).toEqual(['Human capital', 'Connectivity', 'Integration of digital technology', 'Digital public services'].filter((title) => fitted.dropped.includes(title)).sort((left, right) => table.columns.findIndex((column) => column.title === left) - table.columns.findIndex((column) => column.title === right)));
    const titles = fitted.table.columns.map((column) => column.title);
    expect(titles).toContain('Rank');
    expect(titles).toContain('Name');
    expect(titles).toContain('DESI 2022');
  });

  it('shortens names with "…" when dropping is not enough', () => {
    const table = { columns: [{ title: 'Rank', align: 'right' as const }, { title: 'Name', align: 'left' as const }, { title: 'Score', align: 'right' as const }], rows: [['1', 'Bắc Trung Bộ và Duyên hải miền Trung', '0.8920']] };
    const fitted = fitTable(table, 30);
    expect(fitted.shortened).toEqual(['Name']);
    expect(fitted.fits).toBe(true);
    expect(fitted.table.rows[0]).toEqual(['1', 'Bắc Trung Bộ và…', '0.8920']);
    expect(widest(formatTable(fitted.table, 'text'))).toBeLessThanOrEqual(30);
  });

  it('says when even the kept columns, shortened, do not fit', () => {
    const table = { columns: [{ title: 'Rank', align: 'right' as const }, { title: 'Score', align: 'right' as const }], rows: [['1', '0.89200000000']] };
    expect(fitTable(table, 10).fits).toBe(false);
  });

  it('fits a table of 150,000 rows (widths found in a loop, not by spreading every cell into Math.max)', () => {
    const rows = Array.from({ length: 150_000 }, (_unused, index) => [String(index + 1), `unit ${index}`, '0.5000']);
    const fitted = fitTable({ columns: [{ title: 'Rank', align: 'right' }, { title: 'Name', align: 'left' }, { title: 'Score', align: 'right', drop: 1 }], rows }, 20);
    expect(fitted.dropped).toEqual(['Score']);
    expect(fitted.table.rows.length).toBe(150_000);
  });

  it('refuses a width that is not a whole number from 1', () => {
    expect(() => fitTable({ columns: [], rows: [] }, 0)).toThrow(RangeError);
    expect(() => fitTable({ columns: [], rows: [] }, Number.NaN)).toThrow(RangeError);
  });
});
