import { assertDataset, assertFramework } from './src/index.js';
import { readFloatColumns } from './src/engine/fast/columns.js';
import { evaluateAggregate, evaluateIndicator, scratchFor, type NodeColumn } from './src/engine/fast/evaluate.js';
import { fastPlan } from './src/engine/fast/plan.js';
import { mulberry32 } from './scripts/random.js';
const units = 10000; const next = mulberry32(1);
const fw = { id: 'b', name: 'B', root: { kind: 'aggregate' as const, id: 'index', children: Array.from({ length: 10 }, (_, p) => ({ kind: 'aggregate' as const, id: `p${p}`, children: Array.from({ length: 10 }, (_, i) => ({ kind: 'indicator' as const, id: `i${p * 10 + i}`, unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } })) })) } };
const data = { units: Array.from({ length: units }, (_, u) => ({ id: `U${u}`, values: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`i${i}`, Math.round(next() * 10000) / 100])) })) };
const framework = assertFramework(fw); const dataset = assertDataset(framework, data);
const plan = fastPlan(framework);
const inputs = readFloatColumns(dataset, Array.from(plan.indicators, (p) => plan.nodeIds[p]!));
const ranked = new Uint8Array(units).fill(1); const ids = dataset.units.map((u) => u.id); const scratch = scratchFor(units);
const columns: (NodeColumn | null)[] = new Array(plan.nodeIds.length).fill(null);
for (let k = 0; k < 8; k++) {
  let t = performance.now();
  plan.indicators.forEach((position, index) => { columns[position] = evaluateIndicator(plan, position, inputs[index]!, [], plan.normalisations[position]!, plan.normaliseMethods[position]!, ranked, ids); });
  const ti = performance.now() - t; t = performance.now();
  for (const position of plan.evaluationOrder) { const children = Array.from(plan.children[position]!); columns[position] = evaluateAggregate(plan, position, { children, weights: Float64Array.from(children, (c) => plan.weights[c]!), aggregate: plan.aggregators[position]!, methodName: 'mean', missing: plan.missing[position]! }, columns, scratch, ids); }
  console.log('indicators', ti.toFixed(1), 'aggregates', (performance.now() - t).toFixed(1));
}
