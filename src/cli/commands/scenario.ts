/**
 * `chiso scenario`: the base model and scenarios of it (a scenario file, docs/scenarios.md) scored
 * with the exact engine and compared side by side; or, with --remove, each indicator or node
 * removed in turn (COINr's `remove_elements`).
 *
 * @module
 */
import { compareScenarios } from '../../analysis/scenario/compare-scenarios.js';
import { removalAnalysis } from '../../analysis/scenario/removal.js';
import { scenarioSummaryTable, scenarioTable, type ScenarioColumn } from '../../analysis/scenario/scenario-table.js';
import { parseScenarios, scoreScenarios } from '../../analysis/scenario/score-scenarios.js';
import { previewScenarios } from '../../analysis/scenario/preview-scenarios.js';
import { removalTable } from '../../analysis/scenario/removal.js';
import type { FrameworkNode } from '../../model/framework.js';
import { quoteText } from '../../model/describe.js';
import { jsonChunks } from '../../report/json.js';
import { choice, COMMON, DATA_OPTIONS_HELP, frameworkTitle, fromFile, known, line, nodeIds, parse, showHelp, usage, writeAll, writeTable, type CliOutput, type CommandModule } from '../common.js';
import { messages } from '../messages.js';
import { nodeTitle } from '../../report/language.js';
import { loadModelInputs, readJsonOption } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  format: { type: 'string' },
  scenarios: { type: 'string', short: 's' },
  remove: { type: 'string' },
  node: { type: 'string' },
  columns: { type: 'string' },
  preview: { type: 'boolean' },
} as const;

const HELP = `Usage: chiso scenario --framework <id|file> --data <file> --scenarios <file.json> [options]
       chiso scenario --framework <id|file> --data <file> --remove indicators|LEVEL|IDS [options]

Scores the base model and each scenario of a scenario file (a JSON list of { "name", "edits" }:
set a weight, change a method, drop or add a node, exclude a unit, change values — see
docs/scenarios.md) exactly, and prints every unit's score, rank and rank shift per scenario, then
one summary row per scenario (mean and largest shift, who moved most, why a scenario failed).
With --remove, removes each element in turn instead and prints how far the ranking moves.

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --scenarios, -s FILE     the scenario file (JSON)
  --remove WHAT            instead of --scenarios: remove in turn every indicator ("indicators"),
                           every node at a depth ("1": the top index's children, "2": theirs, …)
                           or the nodes listed ("economy,society")
  --node ID                compare ranks at this node instead of the top index
  --columns LIST           with --scenarios: the figures per scenario, comma-separated, from score,
                           rank and shift (default: all three)
  --preview                with --scenarios: compute on the fast (float64) engine, to screen many
                           scenarios quickly (ranks on published values may differ from the exact
                           ones where a score sits within 1e-9 of a rounding boundary); score the
                           ones you keep without it
  --format FORMAT          table (default), md, csv, or json (the comparison as data)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

const COLUMNS: readonly ScenarioColumn[] = ['score', 'rank', 'shift'];

/** The depth of the deepest node (the top index is 0). */
function depthOf(node: FrameworkNode): number {
  return node.kind === 'indicator' ? 0 : 1 + Math.max(...node.children.map(depthOf));
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'scenario', HELP);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  if ((values.scenarios === undefined) === (values.remove === undefined)) throw usage('scenariosOrRemove');
  if (values.remove !== undefined && values.columns !== undefined) throw usage('columnsWithRemove');
  if (values.remove !== undefined && values.preview) throw usage('previewWithRemove');
  if (format === 'json' && values.columns !== undefined) throw usage('columnsWithJsonScenario');
  let columns: ScenarioColumn[] | undefined;
  if (values.columns !== undefined) {
    columns = values.columns.split(',').map((column) => column.trim()).filter(Boolean).map((column) => known(column, COLUMNS, '--columns', 'column') as ScenarioColumn);
    if (columns.length === 0) throw usage('scenarioColumnsNothing', quoteText(values.columns));
  }
  const { framework, plan, dataset, dataPath } = await loadModelInputs(values, values.node);
  const node = values.node;
  const remove = values.remove;
  if (remove !== undefined) {
    let level: 'indicators' | number | string[];
    if (remove === 'indicators') level = 'indicators';
    else if (/^[0-9]+$/.test(remove)) {
      level = Number(remove);
      const deepest = depthOf(framework.root);
      if (!(level >= 1 && level <= deepest)) throw usage('removeLevels', quoteText(remove), quoteText(framework.id), deepest);
    } else {
      level = remove.split(',').map((id) => id.trim()).filter(Boolean);
      if (level.length === 0) throw usage('removeNothing', quoteText(remove));
      for (const id of level) {
        known(id, nodeIds(plan), '--remove', 'node');
        if (id === framework.root.id) throw usage('removeTop', quoteText(id));
      }
    }
    const analysis = await fromFile(dataPath, () => removalAnalysis(framework, dataset, { level, ...(node === undefined ? {} : { node }) }));
    if (format === 'json') {
      const { runs: _runs, ...data } = analysis;
      await writeAll(out, jsonChunks(data));
      await out.stdout('\n');
      return 0;
    }
    if (format === 'table') await out.stdout(`${messages(out.language).removedInTurn(line(frameworkTitle(framework, out.language)), level === 'indicators', line(analysis.node))}\n\n`);
    const table = removalTable(analysis);
    // the label column in the reader's language: the framework's Vietnamese labels with --lang vi
    const labelled = out.language === 'vi' ? { ...table, rows: table.rows.map((row) => row.map((cell, index) => (index === 1 ? nodeTitle(plan.nodes.find((planned) => planned.node.id === row[0])?.node.label, cell, 'vi') : cell))) } : table;
    await writeTable(out, labelled, format, { translate: true });
    return 0;
  }
  const scenariosPath = values.scenarios as string;
  if (values.preview && node !== undefined && plan.nodes.find((planned) => planned.node.id === node)?.kind === 'indicator') {
    throw usage('previewIndicator', quoteText(node));
  }
  const scenarios = await readJsonOption(scenariosPath, (json) => parseScenarios(json));
  // a mistake in an edit (an unknown node or unit) is in the scenario file: it is named
  const comparison = values.preview
    ? await fromFile(scenariosPath, () => previewScenarios(framework, dataset, scenarios, node === undefined ? {} : { node }))
    : compareScenarios(await fromFile(scenariosPath, () => scoreScenarios(framework, dataset, scenarios)), node === undefined ? {} : { node });
  if (format === 'json') {
    await writeAll(out, jsonChunks(comparison));
    await out.stdout('\n');
    return 0;
  }
  const units = scenarioTable(comparison, columns === undefined ? {} : { columns });
  const summary = scenarioSummaryTable(comparison);
  const say = messages(out.language);
  if (format === 'table') await out.stdout(`${say.scenarioHeading(line(frameworkTitle(framework, out.language)), scenarios.length, line(comparison.node), values.preview === true)}\n\n`);
  await writeTable(out, units, format, { translate: true });
  await out.stdout(format === 'csv' ? '\n' : `\n${say.summary}\n\n`);
  await writeTable(out, summary, format, { translate: true });
  return 0;
}

/** `chiso scenario`. */
export const scenarioCommand: CommandModule = {
  name: 'scenario',
  summary: 'compare scenarios (edits of the model) with the base, or remove each element in turn',
  help: HELP,
  options: OPTIONS,
  run,
};
