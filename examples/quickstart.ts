// The README's example: score DESI 2022, print the top five, explain one country.
// Run it with: npx tsx examples/quickstart.ts
import { readFileSync } from 'node:fs';
import { datasetFromCsv, desi2022, explainUnit, formatTable, rankingTable, score } from '../src/index.js';

const csv = readFileSync(new URL('./data/desi-2022.csv', import.meta.url), 'utf8');
const result = score(desi2022, datasetFromCsv(csv)); // validates, computes exactly, ranks

const table = rankingTable(result, { children: false });
console.log(formatTable({ ...table, rows: table.rows.slice(0, 5) }, 'text'));

const finland = result.units.find((unit) => unit.id === 'FI');
console.log(`Finland: ${finland?.nodes.desi?.published} (rank ${finland?.nodes.desi?.rank})`);
console.log(`full precision: ${finland?.nodes.desi?.score}`);

const why = explainUnit(result, 'AT');
const best = why.strengths[0];
console.log(`Austria ranks ${why.rank} of ${why.rankedCount}; best: ${best?.label?.en}`);
const share = why.indicators.find((entry) => entry.id === '1a1');
console.log(`1a1 weighs ${Number(share?.effectiveWeight) * 100}% and adds ${Number(share?.contribution).toFixed(2)}`);
