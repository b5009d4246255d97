/** Denominating as a step (COINr Denominate). Source: hand computation, shown. */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/index.js';

const framework = (steps: unknown[]) => ({
  id: 'd', name: 'D', steps,
  variables: [{ id: 'population', unit: 'count' as const }],
  root: { kind: 'aggregate' as const, id: 'index', missing: { policy: 'reweight' as const }, children: [
    { kind: 'indicator' as const, id: 'lines', unit: 'count' as const, normalisation: { method: 'minmax' as const }, denominator: { variable: 'population', per: 100 } },
    { kind: 'indicator' as const, id: 'score', unit: 'other' as const, normalisation: { method: 'minmax' as const } },
  ] },
});
const dataset = { units: [
  { id: 'A', values: { lines: 500, population: 2000, score: 1 } },
  { id: 'B', values: { lines: 300, population: 3000, score: 2 } },
  { id: 'C', values: { lines: 100, population: null, score: 3 } },
] };

describe('denominate', () => {
  it('divides by the variable and multiplies by per: 500/2000·100 = 25, 300/3000·100 = 10', () => {
    const result = score(framework([{ step: 'denominate' }]), dataset);
    expect(result.units.map((unit) => unit.nodes.lines?.value)).toEqual(['25', '10', null]);
    expect(result.units.map((unit) => unit.nodes.lines?.raw)).toEqual(['500', '300', '100']);
  });

  it('leaves a cell missing where the divisor is missing, and says so', () => {
    const record = score(framework([{ step: 'denominate' }]), dataset).construction?.steps[0];
    expect(record?.step === 'denominate' ? record.undefinedCells : []).toEqual([{ unit: 'C', indicator: 'lines', reason: 'population is missing' }]);
  });

  it('comes first when other steps are declared without it (COINr order), marked implicit', () => {
    const result = score(framework([{ step: 'impute', method: 'mean' }]), dataset);
    expect(result.construction?.steps.map((step) => step.step)).toEqual(['denominate', 'impute']);
    // C's lines/population is missing after dividing, then imputed: (25 + 10)/2
    expect(result.units[2]?.nodes.lines?.value).toBe('17.5');
  });
});
