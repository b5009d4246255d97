/**
 * Fitting a table to a terminal's width: leaving out the columns a table marks as optional, in the
 * order it gives, then shortening long names with "…", so that no line of `formatTable(…, 'text')`
 * is wider than the terminal and wraps.
 *
 * @module
 */
import { describeValue } from '../model/describe.js';
import { escapeControlCharacters } from './escape.js';
import { displayWidth, truncateToWidth } from './text-width.js';
import type { Table } from './table.js';

/** Options for {@link fitTable}. */
export interface FitTableOptions {
  /**
   * The narrowest a left-aligned column (a name, a label) is shortened to, in columns (default 8);
   * a column narrower than that is never shortened. Right-aligned columns (figures) are never
   * shortened: a cut number would be a wrong number.
   */
  readonly minimumColumnWidth?: number;
}

/** What {@link fitTable} made of a table. */
export interface FittedTable {
  /** The table to print: the columns kept, long names shortened where needed. */
  readonly table: Table;
  /** The titles of the columns left out, in the table's order. */
  readonly dropped: readonly string[];
  /** The titles of the columns whose longer texts were shortened with "…". */
  readonly shortened: readonly string[];
  /**
   * Whether every line fits: false only when the columns that are always kept, shortened as far as
   * allowed, are still wider than the width (the table is then printed as narrow as it gets).
   */
  readonly fits: boolean;
}

/** The columns between two cells of an aligned text table. */
const GAP = 2;

/**
 * Fits a table to `width` terminal columns, as {@link formatTable} prints it as text (cells two
 * columns apart, widths measured by {@link displayWidth}):
 *
 * 1. while it is too wide, leaves out the column with the smallest `drop` (the rightmost among
 *    equals) — a column without `drop` is never left out; {@link rankingTable} marks the children
 *    (pillars) from the right first, then the optional columns, and never the rank, name and score;
 * 2. if it is still too wide, shortens the widest left-aligned columns (names, labels) with "…",
 *    down to `minimumColumnWidth`.
 *
 * The rows, their order and every kept figure are unchanged. `width` may be `Infinity` (no limit).
 *
 * @example
 * const table = { columns: [{ title: 'Rank', align: 'right' as const }, { title: 'Name', align: 'left' as const }, { title: 'Extra', align: 'right' as const, drop: 1 }], rows: [['1', 'Bà Rịa - Vũng Tàu', '0.5']] };
 * fitTable(table, 24).dropped; // => ['Extra']
 * fitTable(table, 15).table.rows[0]; // => ['1', 'Bà Rịa -…']
 */
export function fitTable(table: Table, width: number, options: FitTableOptions = {}): FittedTable {
  if (!(width === Number.POSITIVE_INFINITY || (Number.isInteger(width) && width >= 1))) throw new RangeError(`fitTable: the width is ${describeValue(width)}; expected a whole number of columns from 1, or Infinity`);
  const minimum = options.minimumColumnWidth ?? 8;
  if (!Number.isInteger(minimum) || minimum < 2) throw new RangeError(`fitTable: minimumColumnWidth is ${describeValue(minimum)}; expected a whole number from 2`);
  // a loop, not Math.max(...cells): a table of 100,000 units would overflow the argument list
  const natural = table.columns.map((column) => displayWidth(escapeControlCharacters(column.title)));
  for (const row of table.rows) {
    row.forEach((cell, index) => {
      const size = displayWidth(escapeControlCharacters(cell));
      if (size > (natural[index] ?? 0)) natural[index] = size;
    });
  }
  const kept = table.columns.map(() => true);
  const total = (widths: readonly number[]): number => {
    const shown = widths.filter((_size, index) => kept[index]);
    return shown.reduce((sum, size) => sum + size, 0) + GAP * Math.max(0, shown.length - 1);
  };
  // smallest drop first; among equals, the rightmost first
  const droppable = table.columns
    .map((column, index) => ({ drop: column.drop, index }))
    .filter((entry): entry is { drop: number; index: number } => typeof entry.drop === 'number')
    .sort((left, right) => left.drop - right.drop || right.index - left.index);
  for (const entry of droppable) {
    if (total(natural) <= width) break;
    kept[entry.index] = false;
  }
  const widths = [...natural];
  let excess = total(widths) - width;
  while (excess > 0) {
    // the widest left-aligned column that can still be shortened
    let widest = -1;
    for (const [index, column] of table.columns.entries()) {
      const size = widths[index] ?? 0;
      if (kept[index] && column.align === 'left' && size > minimum && (widest < 0 || size > (widths[widest] ?? 0))) widest = index;
    }
    if (widest < 0) break;
    const next = Math.max(...table.columns.map((column, index) => (kept[index] && column.align === 'left' && index !== widest && (widths[index] ?? 0) < (widths[widest] ?? 0) ? (widths[index] ?? 0) : 0)));
    // shorten it to the next widest one (or the minimum), but no further than needed
    const cut = Math.min(excess, (widths[widest] ?? 0) - Math.max(minimum, next, 0), (widths[widest] ?? 0) - minimum);
    widths[widest] = (widths[widest] ?? 0) - Math.max(1, cut);
    excess = total(widths) - width;
  }
  const indices = table.columns.map((_column, index) => index).filter((index) => kept[index]);
  const shortened = indices.filter((index) => (widths[index] ?? 0) < (natural[index] ?? 0));
  const cut = (text: string, index: number): string => {
    const limit = widths[index] ?? 0;
    const escaped = escapeControlCharacters(text);
    return displayWidth(escaped) > limit ? truncateToWidth(escaped, limit) : text;
  };
  return {
    table: {
      columns: indices.map((index) => {
        const column = table.columns[index] as Table['columns'][number];
        return { ...column, title: cut(column.title, index) };
      }),
      rows: table.rows.map((row) => indices.map((index) => cut(row[index] ?? '', index))),
    },
    dropped: table.columns.filter((_column, index) => !kept[index]).map((column) => column.title),
    shortened: shortened.map((index) => table.columns[index]?.title ?? ''),
    fits: total(widths) <= width,
  };
}
