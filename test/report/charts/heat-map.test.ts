/** The units × pillars heat map (src/report/charts/heat-map.ts), drawn from the DTI 2022 sample. */
import { describe, expect, it } from 'vitest';
import { heatMapSvg } from '../../../src/report/charts/heat-map.js';
import { checkMarkup } from '../well-formed.js';
import { current } from '../dti-sample.js';

function accessible(svg: string): void {
  const { problems, elements } = checkMarkup(svg);
  expect(problems).toEqual([]);
  expect(elements[0]?.name).toBe('svg');
  expect(elements[0]?.attributes.role).toBe('img');
  expect(elements[1]?.name).toBe('title');
  expect(elements[2]?.name).toBe('desc');
}

const count = (svg: string, className: string): number => checkMarkup(svg).elements.filter((element) => element.attributes.class === className).length;

describe('heatMapSvg', () => {
  it('draws units × pillars: 63 rows of 9 cells, columns titled with the short labels', () => {
    const svg = heatMapSvg(current, { language: 'vi', id: 'h' });
    accessible(svg);
    expect(count(svg, 'row')).toBe(63);
    expect(count(svg, 'cell')).toBe(63 * 9);
    expect(svg).toContain('>Hạ tầng<title>Hạ tầng số</title>');
  });

  it('takes chosen columns', () => {
    expect(count(heatMapSvg(current, { language: 'en', columns: ['economy', 'society'] }), 'cell')).toBe(126);
  });
});
