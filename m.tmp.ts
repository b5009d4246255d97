import { floatAffineMap } from './src/methods/normalise/affine.js';
import { parseRational } from './src/engine/rational.js';
import { betweenAffine } from './src/methods/normalise/affine.js';
const n = 10000, k = 100;
const cols = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => Math.random() * 100));
const pres = new Uint8Array(n).fill(1);
const maps = Array.from({ length: k }, (_, i) => floatAffineMap(betweenAffine(parseRational(i % 8), parseRational(100 + (i % 3)), 'higher', false)));
for (let rep = 0; rep < 10; rep++) {
  let t = performance.now();
  for (let i = 0; i < k; i++) { const out = new Float64Array(n); maps[i]!.column!(cols[i]!, pres, out); }
  const a = performance.now() - t; t = performance.now();
  for (let i = 0; i < k; i++) { const out = new Float64Array(n); const present = new Uint8Array(n); present.set(pres); maps[i]!.column!(cols[i]!, pres, out); let c = 0; for (let u = 0; u < n; u++) { if (present[u] === 0) continue; const v = out[u]!; if (v - v !== 0) { present[u] = 0; continue; } c++; } }
  console.log('column only', a.toFixed(2), 'with check', (performance.now() - t).toFixed(2));
}
for (let rep = 0; rep < 4; rep++) {
  const t = performance.now();
  for (let i = 0; i < k; i++) { const out = new Float64Array(n); const c = cols[i]!; const a = i % 8, r = 100 + (i % 3) - a; for (let u = 0; u < n; u++) out[u] = (c[u]! - a) / r; }
  console.log('hand', (performance.now() - t).toFixed(2));
}
