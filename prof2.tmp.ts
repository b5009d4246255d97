import { fastModel } from './src/engine/fast/model.js';
import { mulberry32 } from './scripts/random.js';
const next = mulberry32(1);
const fw = { id: 'b', name: 'B', root: { kind: 'aggregate' as const, id: 'index', children: [0, 1].map((g) => ({ kind: 'aggregate' as const, id: `g${g}`, children: Array.from({ length: 4 }, (_, p) => ({ kind: 'aggregate' as const, id: `p${g}${p}`, children: Array.from({ length: 6 + (g + p === 0 ? 1 : 0) }, (_, i) => ({ kind: 'indicator' as const, id: `i${g}${p}${i}`, unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } })) })) })) } };
const ids: string[] = []; JSON.stringify(fw, (k, v) => { if (k === 'id' && /^i\d/.test(String(v))) ids.push(v); return v; });
const data = { units: Array.from({ length: 51 }, (_, u) => ({ id: `U${u}`, values: Object.fromEntries(ids.map((id) => [id, Math.round(next() * 10000) / 100])) })) };
const model = fastModel(fw, data);
const nominal = model.weights(); const w = new Float64Array(nominal.length);
for (const ranks of [false, true, false, true]) {
  const t = performance.now();
  for (let r = 0; r < 1000; r++) { for (let p = 0; p < w.length; p++) w[p] = nominal[p]! * (0.75 + 0.5 * next()); const run = model.run({ weightVector: w }); if (ranks) run.ranks('index'); }
  console.log(ranks ? 'with ranks' : 'runs only', ((performance.now() - t) / 10).toFixed(2), 'ms per 100');
}
