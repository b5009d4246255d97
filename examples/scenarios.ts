// docs/scenarios.md's worked example: what if DTI 2022 gave the economy main index double weight,
// or left cyber security out? And which main index moves the ranking most when removed?
// Run it with: npx tsx examples/scenarios.ts
// (The 2023 data are chiso's SYNTHETIC sample for the 63 provinces, not official DTI results.)
import { readFileSync } from 'node:fs';
import { formatTable, vnDti2022 } from '../src/index.js';
import { compareScenarios, dropNode, removalAnalysis, removalTable, scenarioSummaryTable, scenarioTable, scoreScenarios, setWeight } from '../src/analysis/index.js';

const data = JSON.parse(readFileSync('examples/data/vn-dti-2022/2023.json', 'utf8')) as unknown;

// The economy main index is worth 150 of the 1000 points; give it 300.
const runs = scoreScenarios(vnDti2022, data, [
  { name: 'economy x2', edits: [setWeight('economy', 300)] },
  { name: 'no cyber security', edits: [dropNode('cyber_security')] },
]);
const comparison = compareScenarios(runs);

console.log(formatTable(scenarioSummaryTable(comparison), 'text'));
const table = scenarioTable(comparison);
console.log(formatTable({ ...table, rows: table.rows.slice(0, 12) }, 'text'));

const byName = new Map(runs.base.units.map((unit) => [unit.id, unit.name ?? unit.id]));
const [economy] = comparison.scenarios;
console.log(`economy x2: mean |shift| ${economy?.meanAbsoluteRankShift?.toFixed(2)}, ${economy?.changedUnits} of 63 provinces change rank; down most: ${economy?.movedDownMost?.units.map((id) => byName.get(id)).join(', ')} (${economy?.movedDownMost?.places} places)`);

// One main index removed at a time (COINr's remove_elements).
console.log(formatTable(removalTable(removalAnalysis(vnDti2022, data, { level: 1 })), 'text'));
