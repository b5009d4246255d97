/** escapeMarkup: the five XML specials as entities, controls as visible escapes (as the terminal shows them). */
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/report/markup.js';
import { checkMarkup } from './well-formed.js';

describe('escapeMarkup', () => {
  it('writes & < > " \' as entities and leaves Vietnamese unchanged', () => {
    expect(escapeMarkup(`<a href="x">'Đắk Lắk' & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;Đắk Lắk&#39; &amp; co&lt;/a&gt;');
  });

  it('shows control and bidirectional characters as visible escapes and replaces lone surrogates, so the result is well-formed XML', () => {
    const escaped = escapeMarkup('a\u001b[2Jb\u0000c\u202Ed\uD800e');
    expect(escaped).toBe('a\\x1B[2Jb\\x00c\\u202Ed\uFFFDe');
    expect(checkMarkup(`<p title="${escaped}">${escaped}</p>`).problems).toEqual([]);
  });

  it('replaces the noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids (a unit name holding one made the SVG unparsable)', () => {
    const escaped = escapeMarkup('x\uFFFEy\uFFFF');
    expect(escaped).toBe('x\uFFFDy\uFFFD');
    expect(checkMarkup(`<p>${escaped}</p>`).problems).toEqual([]);
    expect(checkMarkup('<p>x\uFFFE</p>').problems).toHaveLength(1);
  });

  it('refuses what is not a text', () => {
    expect(() => escapeMarkup(5 as unknown as string)).toThrow(TypeError);
  });
});
