/**
 * Benchmark of scenario screening (issue #7 §2, "re-scoring one edit recomputes only what depends
 * on it"): the same scenarios compared by the exact path (`scoreScenarios` + `compareScenarios`)
 * and by `previewScenarios` on the fast engine, in the same run, on the bundled DTI 2022 sample
 * (63 provinces × 30 indicators; synthetic data): 100 scenarios each setting one main index's
 * points, and 20 scenarios each scaling one indicator's values by 0.9 (validated again).
 *
 * Run: npx tsx bench/scenarios.bench.ts
 */
import { readFileSync } from 'node:fs';
import { vnDti2022 } from '../src/index.js';
import { compareScenarios, previewScenarios, scoreScenarios, type ScenarioInput } from '../src/analysis/index.js';

const data = JSON.parse(readFileSync(new URL('../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as unknown;
const mains = ['awareness', 'institutions', 'infrastructure', 'human_resources', 'cyber_security', 'government', 'economy', 'society'];
const weightScenarios: ScenarioInput[] = Array.from({ length: 100 }, (_unused, index) => ({ name: `w${index}`, edits: [{ kind: 'set-weight', node: mains[index % mains.length] as string, weight: 50 + index * 3 }] }));
const indicators = ['households_fibre_pct', 'villages_4g_pct', 'agencies_dt_staff_pct', 'online_dossiers_pct', 'on_time_dossiers_pct'];
const valueScenarios: ScenarioInput[] = Array.from({ length: 20 }, (_unused, index) => ({ name: `v${index}`, edits: [{ kind: 'scale-values', indicator: indicators[index % indicators.length] as string, factor: 0.9 - index / 100 }] }));

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

for (const [label, scenarios] of [['100 weight scenarios', weightScenarios], ['20 value scenarios', valueScenarios]] as const) {
  // warm both paths once
  compareScenarios(scoreScenarios(vnDti2022, data, scenarios.slice(0, 2)));
  previewScenarios(vnDti2022, data, scenarios.slice(0, 2));
  const exact = time(() => compareScenarios(scoreScenarios(vnDti2022, data, scenarios)));
  const fast = time(() => previewScenarios(vnDti2022, data, scenarios));
  console.log(`${label}: exact ${exact.toFixed(0)} ms (${(exact / scenarios.length).toFixed(1)} ms each), preview ${fast.toFixed(0)} ms (${(fast / scenarios.length).toFixed(2)} ms each): ${(exact / fast).toFixed(1)}× faster`);
}
