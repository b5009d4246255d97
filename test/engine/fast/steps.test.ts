/**
 * The fast engine on a framework with construction steps: the steps run once, exactly, as the
 * model is made, so the base run agrees with score() (source of truth: the exact engine) to
 * float64 precision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastModel } from '../../../src/analysis/index.js';
import { importCoinr } from '../../../src/io/coinr.js';
import { score, type FrameworkInput } from '../../../src/index.js';

const data = new URL('../../../examples/data/asem/', import.meta.url);
const { framework, dataset } = importCoinr({ iData: readFileSync(new URL('ASEM_iData.csv', data), 'utf8'), iMeta: readFileSync(new URL('ASEM_iMeta.csv', data), 'utf8') });
const built: FrameworkInput = { ...framework, steps: [{ step: 'denominate' }, { step: 'impute', method: 'group-mean', group: 'EurAsia_group' }, { step: 'screen', minPresentShare: 0.9 }, { step: 'treat' }] };

describe('fastModel with construction steps', () => {
  it('scores the built data as score() does', () => {
    const exact = score(built, dataset);
    const model = fastModel(built, dataset);
    const scores = model.base.scores('Index');
    exact.units.forEach((unit, index) => {
      expect(Math.abs((scores[index] as number) - Number(unit.nodes.Index?.score))).toBeLessThan(1e-10);
    });
    expect(model.framework.steps).toBeUndefined();
  });

  it('refuses an imputation function it cannot be given, clearly', () => {
    expect(() => fastModel({ ...framework, steps: [{ step: 'impute', method: 'function', function: 'mine' }] }, dataset)).toThrow(/fast engine, fastModel, takes no imputation functions/);
  });
});
