/**
 * Properties of fitTable on generated tables with hostile cells (Vietnamese in NFD, wide
 * characters, emoji, control characters, empty texts): the invariants are stated as sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTable } from '../../src/report/fit-table.js';
import { formatTable, type Table } from '../../src/report/table.js';
import { displayWidth } from '../../src/report/text-width.js';
import { escapeControlCharacters } from '../../src/report/escape.js';
import { fuzz } from '../fuzz/settings.js';

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Hà Nội'.normalize('NFD'), 'Bắc Trung Bộ và Duyên hải miền Trung', '北京市', '🇻🇳 Việt Nam', 'a\u0301\u0323', '\u001b[31mred', '0.8920', '–', ''),
  fc.stringMatching(/^[0-9]{1,3}\.[0-9]{1,6}$/),
);

const table: fc.Arbitrary<Table> = fc
  .record({
    columns: fc.array(fc.record({ title: cell, align: fc.constantFrom('left' as const, 'right' as const), drop: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
    rowCount: fc.integer({ min: 0, max: 5 }),
  })
  .chain(({ columns, rowCount }) =>
    fc.record({
      columns: fc.constant(columns.map((column): Table['columns'][number] => (column.drop === undefined ? { title: column.title, align: column.align } : { title: column.title, align: column.align, drop: column.drop }))),
      rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: rowCount, maxLength: rowCount }),
    }),
  );

const widest = (table: Table): number => Math.max(0, ...formatTable(table, 'text').split('\n').map(displayWidth));

describe('fitTable properties', () => {
  it('no line is wider than the width whenever the table says it fits', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 120 }), (given, width) => {
        const fitted = fitTable(given, width);
        if (fitted.fits) expect(widest(fitted.table)).toBeLessThanOrEqual(width);
      }),
      fuzz(300),
    );
  });

  it('it fits whenever the columns kept, at their narrowest, fit', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 120 }), (given, width) => {
        const fitted = fitTable(given, width);
        // the narrowest the kept columns get: figures whole, names down to 8 columns
        const kept = given.columns.map((column, index) => ({ column, index })).filter(({ column }) => column.drop === undefined);
        const natural = (index: number): number => Math.max(...[given.columns[index]?.title ?? '', ...given.rows.map((row) => row[index] ?? '')].map((text) => displayWidth(escapeControlCharacters(text))));
        const narrowest = kept.reduce((sum, { column, index }) => sum + (column.align === 'left' ? Math.min(8, natural(index)) : natural(index)), 0) + 2 * Math.max(0, kept.length - 1);
        if (narrowest <= width) expect(fitted.fits).toBe(true);
      }),
      fuzz(300),
    );
  });

  it('a column without "drop" is never left out, and the rows and the figures of right-aligned columns are unchanged', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 120 }), (given, width) => {
        const fitted = fitTable(given, width);
        const required = given.columns.filter((column) => column.drop === undefined).length;
        expect(fitted.table.columns.filter((column) => column.drop === undefined).length).toBe(required);
        expect(fitted.table.columns.length + fitted.dropped.length).toBe(given.columns.length);
        expect(fitted.table.rows.length).toBe(given.rows.length);
        // the kept columns, in order, are a subsequence of the given ones; right-aligned cells are never cut
        let from = 0;
        fitted.table.columns.forEach((column, position) => {
          while (from < given.columns.length && (given.columns[from]?.align !== column.align || given.columns[from]?.drop !== column.drop)) from += 1;
          expect(from).toBeLessThan(given.columns.length);
          if (column.align === 'right') {
            const source = from;
            given.rows.forEach((row, rowIndex) => expect(fitted.table.rows[rowIndex]?.[position]).toBe(row[source]));
          }
          from += 1;
        });
      }),
      fuzz(200),
    );
  });
});
