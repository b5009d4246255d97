/**
 * Reading a dataset into float64 columns. Source of truth: the exact engine's reading
 * (`readColumns`: own values only, row by row) followed by the conversion to doubles, written out.
 */
import { describe, expect, it } from 'vitest';
import { readFloatColumns } from '../../../src/engine/fast/columns.js';
import { readColumns } from '../../../src/engine/evaluation.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { ChisoError } from '../../../src/model/issues.js';

describe('readFloatColumns', () => {
  it('reads what readColumns reads, as doubles with a presence mask', () => {
    const units: Dataset['units'] = [
      { id: 'a', groups: {}, ranked: true, values: { x: 1.25, y: '2.5', toString: 3 } },
      { id: 'b', groups: {}, ranked: true, values: { x: null, y: '-0.125' } },
      { id: 'c', groups: {}, ranked: true, values: Object.assign(Object.create(null) as Record<string, number | string | null>, { x: 7, constructor: 4 }) },
    ];
    const ids = ['x', 'y', 'toString', 'constructor'];
    const columns = readFloatColumns({ units }, ids);
    const expected = readColumns(units, ids).map((column) => column.map((value) => (value === null || value === undefined ? null : Number(value))));
    columns.forEach((column, index) => {
      const reference = expected[index] ?? [];
      expect(Array.from(column.present)).toEqual(reference.map((value) => (value !== null && Number.isFinite(value) ? 1 : 0)));
      expect(Array.from(column.values)).toEqual(reference.map((value) => (value !== null && Number.isFinite(value) ? value : 0)));
    });
    // own values only: "toString" of a plain object is missing, "constructor" of a prototype-free one is read
    expect(Array.from(columns[2]?.present ?? [])).toEqual([1, 0, 0]);
    expect(Array.from(columns[3]?.values ?? [])).toEqual([0, 0, 4]);
  });

  it('refuses a value that is no finite double (never counted as missing), naming the unit and the variable', () => {
    const units: Dataset['units'] = [
      { id: 'a', groups: {}, ranked: true, values: { x: 1 } },
      { id: 'd', groups: {}, ranked: false, values: { x: Number.NaN, y: '1e309' } },
    ];
    expect(() => readFloatColumns({ units }, ['x', 'y'])).toThrow(ChisoError);
    try {
      readFloatColumns({ units }, ['x', 'y']);
    } catch (error) {
      expect((error as ChisoError).issues.map((problem) => problem.path)).toEqual([
        ['units', 1, 'values', 'x'],
        ['units', 1, 'values', 'y'],
      ]);
    }
  });
});
