/**
 * The message catalog: every key in both languages, with the same shape; every Vietnamese text
 * written in Vietnamese (with its diacritics); the Vietnamese help for every command; data
 * problems and column titles translated from their data.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS } from '../../src/cli/main.js';
import { HELP_VI } from '../../src/cli/help-vi.js';
import { cellText, columnTitle, errorSummary, ERROR_SUMMARIES_VI, issueLine, MESSAGES, outputFailure } from '../../src/cli/messages.js';
import { LANGUAGES, TABLE_WORDS } from '../../src/report/language.js';

/** Every leaf of a catalog: its path and value. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.entries(value).flatMap(([key, entry]) => leaves(entry, path === '' ? key : `${path}.${key}`));
  return [[path, value]];
}

/** A leaf as text: a function called with sample arguments of each kind it may take. */
function say(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)('x', 'y', 'z', 'w', 'v', false, false, 1, 2));
  return String(value);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('the message catalog', () => {
  it('has every key in both languages, with the same kind of value (text, list or function of as many arguments)', () => {
    const english = new Map(leaves(MESSAGES.en));
    for (const language of LANGUAGES) {
      const catalog = new Map(leaves(MESSAGES[language]));
      expect([...catalog.keys()].sort(), language).toEqual([...english.keys()].sort());
      for (const [key, value] of catalog) {
        const reference = english.get(key);
        expect(typeof value, `${language} ${key}`).toBe(typeof reference);
        if (typeof value === 'function' && typeof reference === 'function') expect(value.length, `${language} ${key} arguments`).toBe(reference.length);
        if (Array.isArray(value) && Array.isArray(reference)) expect(value.length, `${language} ${key} entries`).toBe(reference.length);
      }
    }
  });

  it('writes every Vietnamese message in Vietnamese, with diacritics, and differently from the English', () => {
    const english = new Map(leaves(MESSAGES.en));
    // the progress line is figures only ("1.000/10.000 (10%)"); its label is translated
    const sameInBoth = new Set(['progress']);
    for (const [key, value] of leaves(MESSAGES.vi)) {
      if (sameInBoth.has(key)) continue;
      const text = say(value);
      expect(text.length, key).toBeGreaterThan(0);
      expect(text, key).not.toBe(say(english.get(key)));
      expect(VIETNAMESE.test(text), `${key}: ${text}`).toBe(true);
    }
    for (const [key, value] of Object.entries(TABLE_WORDS.vi)) expect(VIETNAMESE.test(value), `TABLE_WORDS.vi.${key}`).toBe(true);
    expect(Object.keys(TABLE_WORDS.vi).sort()).toEqual(Object.keys(TABLE_WORDS.en).sort());
    for (const [english, vietnamese] of Object.entries(ERROR_SUMMARIES_VI)) expect(VIETNAMESE.test(vietnamese), english).toBe(true);
  });

  it('has a Vietnamese help for every command', () => {
    for (const command of Object.keys(COMMAND_OPTIONS)) {
      expect(HELP_VI[command], command).toBeDefined();
      expect(HELP_VI[command], command).toMatch(/^Cách dùng: chiso /);
    }
  });
});

describe('data problems and titles in Vietnamese', () => {
  it('says why a write failed, from its system error code', () => {
    expect(outputFailure('cannot write standard output: no space left on the device (ENOSPC)', 'ENOSPC', 'vi')).toBe('không ghi được đầu ra chuẩn: hết dung lượng đĩa (ENOSPC)');
    expect(outputFailure('cannot write r.csv: something odd', undefined, 'vi')).toBe('không ghi được r.csv: something odd');
    expect(outputFailure('cannot write r.csv: something odd', undefined, 'en')).toBe('cannot write r.csv: something odd');
  });

  it('translates a value out of range from its data, and keeps other problems in English', () => {
    const above = { code: 'out_of_range' as const, path: ['units', 0, 'values', 'fibre_pct'], message: 'unit "HN", indicator "fibre_pct": 112 is above the maximum 100 (percent)', expected: 'at most 100', received: '112' };
    expect(issueLine(above, 'vi')).toBe('units[0].values.fibre_pct: đơn vị "HN", chỉ tiêu "fibre_pct": 112 lớn hơn giá trị tối đa 100');
    expect(issueLine(above, 'en')).toBe('units[0].values.fibre_pct: unit "HN", indicator "fibre_pct": 112 is above the maximum 100 (percent)');
    expect(issueLine({ ...above, message: 'unit "HN", indicator "x": -1 is below the minimum 0 (percent)', expected: 'at least 0', received: '-1' }, 'vi')).toContain('-1 nhỏ hơn giá trị tối thiểu 0');
    expect(issueLine({ ...above, expected: '0 or 1', received: '2' }, 'vi')).toContain('2 không phải có (1) hoặc không (0)');
    const other = { code: 'duplicate_id' as const, path: ['units', 2, 'id'], message: 'unit id "HN" is given twice (units[0] and units[2])' };
    expect(issueLine(other, 'vi')).toBe('units[2].id: unit id "HN" is given twice (units[0] and units[2])');
  });

  it('translates the summaries chiso writes, after the file name', () => {
    expect(errorSummary('data.csv: The dataset is not valid:', 'vi')).toBe('data.csv: dữ liệu không hợp lệ:');
    expect(errorSummary('The panel cannot be built', 'vi')).toBe('không lập được bảng theo năm');
    expect(errorSummary('3 problems found:', 'vi')).toBe('3 problems found:');
    expect(errorSummary('data.csv: The dataset is not valid:', 'en')).toBe('data.csv: The dataset is not valid:');
  });

  it('translates the analysis tables\' titles and the words chiso writes in their cells', () => {
    expect(columnTitle('Mean |shift|', 'vi')).toBe('TB |Δ hạng|');
    expect(columnTitle('Scenario A: score', 'vi')).toBe('Scenario A: điểm');
    expect(columnTitle('First 95%', 'vi')).toBe('Bậc nhất 95%');
    expect(columnTitle('Total high', 'vi')).toBe('Toàn phần cao');
    expect(columnTitle('Something new', 'vi')).toBe('Something new');
    expect(cellText('ok', 'vi')).toBe('đạt');
    expect(cellText('ok', 'en')).toBe('ok');
    expect(cellText('Hải Phòng, Nam Định, Huế and 2 more (+5)', 'vi')).toBe('Hải Phòng, Nam Định, Huế và 2 đơn vị khác (+5)');
  });
});
