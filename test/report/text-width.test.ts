/**
 * Terminal widths. Source of truth: what a terminal draws (xterm, GNOME Terminal, Windows Terminal
 * follow wcwidth: a letter with its combining marks is one column, CJK ideographs and emoji two),
 * counted by hand below.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes, truncateToWidth, wrapToWidth } from '../../src/report/text-width.js';

describe('displayWidth', () => {
  it('counts a Vietnamese name the same in NFC and NFD: "Hà Nội" is 6 columns', () => {
    expect('Hà Nội'.normalize('NFD').length).toBe(9);
    expect(displayWidth('Hà Nội')).toBe(6);
    expect(displayWidth('Hà Nội'.normalize('NFD'))).toBe(6);
    expect(displayWidth('Thừa Thiên Huế'.normalize('NFD'))).toBe(14);
  });

  it('counts East Asian wide characters and emoji as two columns, combining and zero-width marks as none', () => {
    expect(displayWidth('北京')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('🇻🇳')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('e\u0301\u0323')).toBe(1);
    expect(displayWidth('')).toBe(0);
  });

  it('splits a text into user-perceived characters', () => {
    expect(graphemes('Việt'.normalize('NFD'))).toEqual(['V', 'i', 'ệ', 't']);
  });
});

describe('truncateToWidth', () => {
  it('cuts between letters, never inside a letter with its accents, and ends in "…"', () => {
    expect(truncateToWidth('Bà Rịa - Vũng Tàu'.normalize('NFD'), 8)).toBe('Bà Rịa …');
    expect(displayWidth(truncateToWidth('北京市朝阳区', 6))).toBeLessThanOrEqual(6);
    expect(truncateToWidth('北京市朝阳区', 6)).toBe('北京…');
    expect(truncateToWidth('Hà Nội', 6)).toBe('Hà Nội');
  });

  it('refuses a width below 1', () => {
    expect(() => truncateToWidth('x', 0)).toThrow(RangeError);
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    const text = 'Đã ẩn để vừa 100 cột: Thể chế, Hạ tầng, Nhân lực, ATTT, CQS, KTS, XHS (--width 0 để hiện mọi cột)';
    const lines = wrapToWidth(text, 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toBe(text);
    expect(wrapToWidth(text, Number.POSITIVE_INFINITY)).toBe(text);
  });
});
