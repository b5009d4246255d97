import { describe, expect, it } from 'vitest';
import { formatDecimal, nodeTitle, rankChangePhrase } from '../../src/report/language.js';
import { describeRankChange } from '../../src/analysis/compare.js';

describe('formatDecimal', () => {
  it('writes Vietnamese decimals with a comma and dot-grouped thousands, never changing a digit', () => {
    expect(formatDecimal('0.8002', 'vi')).toBe('0,8002');
    expect(formatDecimal('-1234.50', 'vi')).toBe('-1.234,50');
    expect(formatDecimal('100', 'vi')).toBe('100');
    expect(formatDecimal('1000', 'en')).toBe('1,000');
    expect(formatDecimal('0.12345678901234567890123456789', 'vi')).toBe('0,12345678901234567890123456789');
  });
  it('leaves text that is not a decimal alone', () => {
    expect(formatDecimal('–', 'vi')).toBe('–');
    expect(formatDecimal('1e5', 'vi')).toBe('1e5');
  });
  it('refuses a language it does not know', () => {
    // @ts-expect-error the language is checked at run time too
    expect(() => formatDecimal('1', 'fr')).toThrow(/expected "en" or "vi"/);
  });
});

describe('rankChangePhrase', () => {
  it('says what describeRankChange says, in English', () => {
    for (const [before, after] of [[31, 9], [8, 9], [5, 5], [null, 3], [3, null], [null, null]] as const) {
      expect(rankChangePhrase(before, after, 'en')).toBe(describeRankChange(before, after));
    }
  });
  it('speaks Vietnamese as ministry reports do', () => {
    expect(rankChangePhrase(31, 9, 'vi')).toBe('tăng 22 bậc');
    expect(rankChangePhrase(8, 11, 'vi')).toBe('giảm 3 bậc');
    expect(rankChangePhrase(4, 4, 'vi')).toBe('giữ nguyên');
    expect(rankChangePhrase(null, 4, 'vi')).toBe('chưa được xếp hạng trước đó');
  });
  it('refuses a rank that is not a whole number from 1', () => {
    expect(() => rankChangePhrase(0, 1, 'vi')).toThrow(/previous rank is 0/);
  });
});

describe('nodeTitle', () => {
  it('prefers the language asked for, then the other, then the id', () => {
    expect(nodeTitle({ vi: 'Hạ tầng', en: 'Infrastructure' }, 'x', 'en')).toBe('Infrastructure');
    expect(nodeTitle({ en: 'Infrastructure' }, 'x', 'vi')).toBe('Infrastructure');
    expect(nodeTitle({ vi: 'Hạ tầng', short: 'HT' }, 'x', 'vi', 'short')).toBe('HT');
    expect(nodeTitle({}, 'x', 'vi')).toBe('x');
  });
});
