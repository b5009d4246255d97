/**
 * The fast engine's column blocks. Source of truth: the contract — every column fresh (zeroed),
 * never sharing memory with another, of the units' length; large columns allocated alone.
 */
import { describe, expect, it } from 'vitest';
import { ColumnBlocks } from '../../../src/engine/fast/evaluate.js';

describe('ColumnBlocks', () => {
  it('hands out zeroed columns that never overlap, across blocks', () => {
    const blocks = new ColumnBlocks(51);
    const columns = Array.from({ length: 400 }, (_column, index) => (index % 3 === 0 ? blocks.ints() : blocks.floats()));
    for (const column of columns) {
      expect(column.length).toBe(51);
      expect(column.every((value) => value === 0)).toBe(true);
    }
    columns.forEach((column, index) => column.fill(index + 1));
    columns.forEach((column, index) => expect(column.every((value) => value === index + 1)).toBe(true));
  });

  it('allocates large columns alone, and handles no units', () => {
    const large = new ColumnBlocks(10_000).floats();
    expect(large.length).toBe(10_000);
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(80_000);
    expect(new ColumnBlocks(0).floats().length).toBe(0);
  });
});
