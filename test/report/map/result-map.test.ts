/**
 * A result on the map: the DTI 2022 sample (examples/data/vn-dti-2022, 63 provinces) matched by
 * name, the same merged onto the 34 (mergeResultTo34), and units that are not provinces listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/score.js';
import { builtinFramework } from '../../../src/frameworks/index.js';
import { matchResultProvinces, resultChoropleth } from '../../../src/report/map/result-map.js';
import { mergeResultTo34 } from '../../../src/vietnam/merger.js';
import { checkMarkup } from '../well-formed.js';

const data = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as { units: { id: string; name: string }[] };
const result = score(builtinFramework('vn-dti-2022'), data);

describe('resultChoropleth', () => {
  it('puts all 63 provinces of the DTI sample on the 63-province map, coloured by the published score', () => {
    const map = resultChoropleth(result, { language: 'vi' });
    expect(map.era).toBe('63');
    expect(map.matched).toHaveLength(63);
    expect(map.unmatched).toEqual([]);
    const provinces = checkMarkup(map.svg).elements.filter((element) => element.attributes.class === 'province');
    expect(provinces).toHaveLength(63);
    expect(provinces.every((element) => element.attributes['data-value'] !== '')).toBe(true);
    const haNoi = result.units.find((unit) => unit.id === '01')?.nodes[result.root]?.published ?? '';
    expect(map.svg).toContain(`<title>Hà Nội: ${haNoi.replace('.', ',')}</title>`);
  });

  it('chooses the 34 for a result merged onto the 34, and colours by rank when asked', () => {
    const merged = mergeResultTo34(result);
    const map = resultChoropleth(merged, { language: 'en', colour: 'rank' });
    expect(map.era).toBe('34');
    expect(map.matched).toHaveLength(34);
    expect(checkMarkup(map.svg).elements.filter((element) => element.attributes.class === 'province')).toHaveLength(34);
    expect(map.svg).toContain('>Rank — ');
  });

  it('lists units that are not provinces instead of dropping them silently', () => {
    const withForeign = score(builtinFramework('vn-dti-2022'), { ...data, units: [...data.units.slice(0, 3), { ...data.units[3], id: 'X1', name: 'Atlantis' }] });
    const matching = matchResultProvinces(withForeign);
    expect(matching.unmatched).toEqual([{ unit: 'X1', name: 'Atlantis' }]);
    expect(matching.matched).toHaveLength(3);
    expect(resultChoropleth(withForeign, { language: 'en' }).unmatched).toEqual([{ unit: 'X1', name: 'Atlantis' }]);
  });

  it('refuses a node the result does not have', () => {
    expect(() => resultChoropleth(result, { language: 'en', node: 'nope' })).toThrow(/no node "nope"/);
  });
});
