import { describe, expect, it } from 'vitest';
import { assertFramework, score, validateDataset, validateFramework } from '../../src/index.js';
import { nfcKeys, toNfc } from '../../src/model/text.js';

const nfd = (text: string): string => text.normalize('NFD');

describe('toNfc and nfcKeys', () => {
  it('compose decomposed accents and leave ASCII and composed text as it is', () => {
    expect(nfd('điểm')).not.toBe('điểm');
    expect(toNfc(nfd('điểm'))).toBe('điểm');
    expect(toNfc('score')).toBe('score');
    const ascii = { a: 1 };
    expect(nfcKeys(ascii).record).toBe(ascii);
  });
  it('report keys that become one key instead of letting one replace the other', () => {
    const { record, collisions } = nfcKeys({ điểm: 1, [nfd('điểm')]: 2, [nfd('hạ_tầng')]: 3 });
    expect(Object.entries(record)).toEqual([['điểm', 1], ['hạ_tầng', 3]]);
    expect(collisions).toEqual([['điểm', nfd('điểm')]]);
  });
});

describe('frameworks and datasets written in NFD (JSON)', () => {
  const framework = {
    id: 'f',
    name: 'F',
    ranking: { groups: [nfd('vùng')], exclude: [nfd('Cả_nước')] },
    root: { kind: 'aggregate', id: 'index', label: { vi: nfd('Chỉ số') }, children: [{ kind: 'indicator', id: nfd('điểm'), unit: 'score', normalisation: { method: 'identity' } }] },
  };
  it('read ids, labels, ranking lists, value keys, group keys and values, and names in NFC', () => {
    const checked = assertFramework(framework);
    expect(checked.root.children[0]?.id).toBe('điểm');
    expect(checked.root.label?.vi).toBe('Chỉ số');
    expect(checked.ranking).toMatchObject({ groups: ['vùng'], exclude: ['Cả_nước'] });
    const data = { units: [{ id: nfd('Hà_Nội'), name: nfd('Hà Nội'), groups: { [nfd('vùng')]: nfd('Bắc') }, values: { [nfd('điểm')]: 0.5 } }, { id: 'Cả_nước', values: { điểm: 0.4 } }, { id: 'Huế', groups: { vùng: 'Bắc' }, values: { điểm: 0.25 } }] };
    const dataset = validateDataset(checked, data);
    expect(dataset.success).toBe(true);
    expect(dataset.value?.units[0]).toMatchObject({ id: 'Hà_Nội', name: 'Hà Nội', groups: { vùng: 'Bắc' } });
    const result = score(framework, data);
    expect(result.units.map((unit) => [unit.id, unit.nodes.index?.rank, unit.nodes.index?.groupRanks?.vùng])).toEqual([
      ['Hà_Nội', 1, 1],
      ['Cả_nước', null, null],
      ['Huế', 2, 2],
    ]);
  });
  it('refuse a value key given twice, once composed and once decomposed', () => {
    const checked = validateDataset(assertFramework(framework), { units: [{ id: 'A', values: { điểm: 1, [nfd('điểm')]: 2 } }] });
    expect(checked.success).toBe(false);
    expect(checked.issues[0]?.message).toContain('is given twice, in two Unicode forms (composed and decomposed accents) of the same name');
  });
  it('find two node ids that differ only in their Unicode form', () => {
    const twice = { ...framework, root: { ...framework.root, children: [...framework.root.children, { kind: 'indicator', id: 'điểm', unit: 'score', normalisation: { method: 'identity' } }] } };
    expect(validateFramework(twice).success).toBe(false);
  });
});
