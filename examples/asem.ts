// COINr's ASEM example built in chiso, step for step as COINr's build_example_coin() does:
// new_coin → Denominate → Impute (group mean by EurAsia_group) → Screen (90% data) → Treat
// (JRC rule) → Normalise (min-max 0–100) → Aggregate (arithmetic means).
// Run it with: npx tsx examples/asem.ts
import { readFileSync } from 'node:fs';
import { constructionSummary, formatTable, importCoinr, rankingTable, score } from '../src/index.js';

const read = (name: string): string => readFileSync(new URL(`./data/asem/${name}`, import.meta.url), 'utf8');

// new_coin: iData + iMeta → a framework (COINr's default build) and a dataset
const { framework, dataset } = importCoinr({ iData: read('ASEM_iData.csv'), iMeta: read('ASEM_iMeta.csv') });

// the construction steps, declared in the framework (replayable, and recorded in the result)
const asem = {
  ...framework,
  steps: [
    { step: 'denominate' as const },
    { step: 'impute' as const, method: 'group-mean' as const, group: 'EurAsia_group' },
    { step: 'screen' as const, by: 'missing' as const, minPresentShare: 0.9 },
    { step: 'treat' as const, winsoriseMax: 5 },
  ],
};
const result = score(asem, dataset);

const table = rankingTable(result);
console.log(formatTable({ ...table, rows: table.rows.slice(0, 5) }, 'text'));
console.log(constructionSummary(result.construction ?? { steps: [] }));

const treat = result.construction?.steps.find((step) => step.step === 'treat');
if (treat?.step === 'treat') {
  const flights = treat.indicators.find((entry) => entry.indicator === 'Flights');
  console.log(`Flights: skew ${Number(flights?.skewBefore).toFixed(2)} → ${Number(flights?.skewAfter).toFixed(2)}, ${flights?.winsorised} point winsorised`);
}
