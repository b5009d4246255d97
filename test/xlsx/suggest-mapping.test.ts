/**
 * Suggested column mappings (src/xlsx/suggest-mapping.ts). Source of truth: the bundled sample's
 * mapping, written by scripts/make-sample-xlsx.ts from the framework's labels — the suggestion from
 * the sheet alone must give the same columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vnDti2022 } from '../../src/frameworks/vietnam/dti-2022.js';
import { readXlsxTable, suggestColumnMapping } from '../../src/xlsx/index.js';
import { datasetFromXlsx } from '../../src/xlsx/index.js';
import { makeWorkbook } from './make-workbook.js';

const sample = new URL('../../examples/data/vn-dti-2022/', import.meta.url);

describe('suggestColumnMapping', () => {
  it('finds the sample sheet\'s mapping from its headers alone: id, group, ignored column, every indicator, provinces, locale', async () => {
    const bytes = readFileSync(new URL('2023.xlsx', sample));
    const { mapping, guesses } = suggestColumnMapping(await readXlsxTable(bytes), vnDti2022);
    const expected = JSON.parse(readFileSync(new URL('mapping.json', sample), 'utf8')) as Record<string, unknown>;
    expect(mapping).toMatchObject({ sheet: 'Số liệu', headerRow: 4, locale: 'vi-VN', provinces: true, id: expected.id, groups: expected.groups, ignore: expected.ignore, columns: expected.columns });
    expect(guesses.every((guess) => guess.how === 'exact' || guess.how === 'role')).toBe(true);
    // and the suggestion reads the sheet
    expect((await datasetFromXlsx(bytes, { mapping })).units).toHaveLength(63);
  });

  it('guesses a header sharing most words with a label, and marks one matching nothing "?"', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['STT', 'Tỉnh', 'Tỷ lệ hộ gia đình có cáp quang (%)', 'Tỷ lệ hộ có cáp quang', 'Số con mèo'], [1, 'Hà Nội', 90, 91, 3]] }]);
    const { mapping, guesses } = suggestColumnMapping(await readXlsxTable(bytes), vnDti2022);
    expect(mapping.columns).toEqual({ 'Tỷ lệ hộ gia đình có cáp quang (%)': 'households_fibre_pct', 'Tỷ lệ hộ có cáp quang': '?', 'Số con mèo': '?' });
    expect(guesses.map((guess) => guess.how)).toEqual(['role', 'role', 'exact', 'none', 'none']);
    expect(mapping.provinces).toBe(true);
  });
});
