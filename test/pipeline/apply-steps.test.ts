/** Running the steps: validation of what they name, no mutation of the input, replay. Source: the definitions in src/model/steps.ts. */
import { describe, expect, it } from 'vitest';
import { applySteps, assertDataset, assertFramework, score, validateFramework, validateResult } from '../../src/index.js';
import { tinyDataset, tinyFramework } from './helpers.js';

describe('applySteps', () => {
  it('refuses steps that name an unknown indicator, with a did-you-mean, and methods missing what they need', () => {
    const checked = validateFramework(tinyFramework(['alpha', 'beta'], [{ step: 'treat', overrides: [{ indicator: 'alph', method: 'skip' }] }, { step: 'impute', method: 'group-mean' }, { step: 'treat', method: 'box-cox' }, { step: 'denominate' }, { step: 'denominate' }]));
    expect(checked.success).toBe(false);
    expect(checked.issues.map((entry) => entry.message)).toEqual([
      'step names "alph", which is no indicator of this framework — did you mean "alpha"?',
      'group-mean imputation needs a group key (e.g. "region")',
      'box-cox needs lambda',
      'the framework declares two denominate steps; indicators are divided once',
    ]);
  });

  it('never changes the dataset it is given, and gives the same result when replayed', () => {
    const framework = assertFramework(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'mean' }, { step: 'treat', winsoriseMax: 0 }]));
    const dataset = assertDataset(framework, tinyDataset(Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100].map((value, index) => [`u${index}`, { a: value, b: index === 0 ? null : index }]))));
    const before = JSON.stringify(dataset);
    const built = applySteps(framework, dataset);
    expect(JSON.stringify(dataset)).toBe(before);
    expect(built.framework.steps).toBeUndefined();
    expect(built.construction.steps.map((step) => step.step)).toEqual(['impute', 'treat']);
    expect(JSON.stringify(score(framework, dataset))).toBe(JSON.stringify(score(framework, dataset)));
  });

  it('writes a result that reads back as a saved result, construction and marks included', () => {
    const result = score(tinyFramework(['a', 'b'], [{ step: 'impute', method: 'median' }]), tinyDataset({ A: { a: 1, b: 1 }, B: { a: 2, b: 2 }, C: { a: null, b: 3 }, D: { a: 4, b: 4 } }));
    const saved = validateResult(JSON.parse(JSON.stringify(result)));
    expect(saved.success).toBe(true);
    expect(validateResult({ ...JSON.parse(JSON.stringify(result)), units: [{ ...JSON.parse(JSON.stringify(result.units[2])), nodes: { a: { rank: 1, marks: ['guessed'] } } }] }).issues[0]?.message).toBe('marks is an array of 1 item, not a list of "imputed" / "treated"');
  });

  it('returns a framework without steps unchanged', () => {
    const framework = assertFramework(tinyFramework(['a'], []));
    const dataset = assertDataset(framework, tinyDataset({ A: { a: 1 }, B: { a: 2 } }));
    expect(applySteps(framework, dataset).dataset).toBe(dataset);
    expect(score(framework, dataset).construction).toBeUndefined();
  });
});

describe('construction steps in scenarios', () => {
  it('drop an indicator a treat override names: the override goes with it, and the scenario scores', async () => {
    const { scoreScenarios } = await import('../../src/analysis/index.js');
    const framework = tinyFramework(['a', 'b', 'c'], [{ step: 'impute', method: 'mean', indicators: ['a'] }, { step: 'treat', overrides: [{ indicator: 'a', method: 'skip' }] }]);
    const dataset = tinyDataset({ A: { a: 1, b: 1, c: 5 }, B: { a: null, b: 2, c: 6 }, C: { a: 3, b: 4, c: 7 }, D: { a: 4, b: 8, c: 9 } });
    const scenarios = scoreScenarios(framework, dataset, [{ name: 'without a', edits: [{ kind: 'drop', node: 'a' }] }]);
    expect(scenarios.scenarios[0]?.status).toBe('ok');
  });
});
