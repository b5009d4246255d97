/**
 * The choropleth as an SVG string: well-formed (test/report/well-formed.ts), one path per province
 * with its value, hover text and colour, "no data" hatched, hostile text escaped.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/model/issues.js';
import { choroplethSvg } from '../../../src/report/map/choropleth.js';
import { checkMarkup } from '../well-formed.js';

describe('choroplethSvg', () => {
  const svg = choroplethSvg({ '01': 0.8002, '79': 0.75, '48': 0.5, '56': null }, { era: '63', language: 'vi', title: 'Chỉ số', legendTitle: 'Điểm' });
  const { problems, elements } = checkMarkup(svg);
  const provinces = elements.filter((element) => element.attributes.class === 'province');

  it('is well-formed SVG with role="img", a <title> and a <desc>', () => {
    expect(problems).toEqual([]);
    expect(elements[0]?.name).toBe('svg');
    expect(elements[0]?.attributes.role).toBe('img');
    expect(svg).toMatch(/<title id="chiso-map-title">Chỉ số<\/title><desc id="chiso-map-desc">Bản đồ/);
  });

  it('draws 63 province paths, with data-code, data-value and the name and value on hover in Vietnamese', () => {
    expect(provinces).toHaveLength(63);
    expect(svg).toContain('data-code="01" data-value="0.8002"');
    expect(svg).toContain('<title>Hà Nội: 0,8</title>');
    // no value given, or null: hatched, "không có số liệu"
    expect(svg).toMatch(/data-code="02" data-value="" fill="url\(#chiso-map-no-data\)"/);
    expect(svg).toContain('<title>Khánh Hòa: không có số liệu</title>');
  });

  it('colours higher values darker (score) and rank 1 darkest (rank)', () => {
    const luminance = (fill: string): number => {
      const [red = 0, green = 0, blue = 0] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(fill) ?? []).slice(1).map(Number);
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    };
    const fillOf = (markup: string, code: string): string => checkMarkup(markup).elements.find((element) => element.attributes['data-code'] === code && element.name === 'path')?.attributes.fill ?? '';
    expect(luminance(fillOf(svg, '01'))).toBeLessThan(luminance(fillOf(svg, '48')));
    const ranks = choroplethSvg({ '01': 1, '79': 2, '48': 30 }, { era: '63', language: 'en', colour: 'rank' });
    expect(luminance(fillOf(ranks, '01'))).toBeLessThan(luminance(fillOf(ranks, '48')));
    expect(ranks).toContain('<title>Hanoi: 1</title>');
  });

  it('draws the archipelagos in the colour of Đà Nẵng and Khánh Hòa, with their names', () => {
    const daNang = provinces.find((element) => element.attributes['data-code'] === '48')?.attributes.fill;
    const group = /<g class="archipelago" data-code="48"><title>Quần đảo Hoàng Sa \(Đà Nẵng\): 0,5<\/title><path d="[^"]+" fill="([^"]+)"/.exec(svg);
    expect(group?.[1]).toBe(daNang);
    expect(svg).toContain('QĐ. Trường Sa');
  });

  it('has a legend: a gradient, its title, ticks and the "no data" swatch', () => {
    expect(svg).toContain('<g class="legend"');
    expect(svg).toContain('fill="url(#chiso-map-gradient)"');
    expect(svg).toContain('>Điểm</text>');
    expect(svg).toContain('>không có số liệu</text>');
  });

  it('draws the 34 with the same ids, and refuses codes that are not provinces of the era and values that are not finite', () => {
    expect(checkMarkup(choroplethSvg({ '15': 1 }, { era: '34', language: 'en' })).elements.filter((element) => element.attributes.class === 'province')).toHaveLength(34);
    expect(() => choroplethSvg({ '02': 1 }, { era: '34', language: 'en' })).toThrow(ChisoError);
    expect(() => choroplethSvg({ '01': Number.NaN }, { era: '63', language: 'en' })).toThrow(/expected a finite number or null/);
    expect(() => choroplethSvg({}, { era: '63', language: 'fr' as 'en' })).toThrow(RangeError);
    expect(() => choroplethSvg({}, { era: '63', language: 'en', id: '"><script>' })).toThrow(TypeError);
  });

  it('escapes hostile titles and formatted values', () => {
    const hostile = choroplethSvg({ '01': 1 }, { era: '63', language: 'en', title: '<script>alert(1)</script>', legendTitle: 'a & b "c"\u001b', format: () => '<img src=x>' });
    expect(checkMarkup(hostile).problems).toEqual([]);
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('a &amp; b &quot;c&quot;\\x1B');
  });
});
