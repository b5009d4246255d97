/**
 * `chiso weights`: a re-weighted framework — equal weights, PCA weights (OECD/JRC Handbook 2008)
 * or weights optimised to target importances (Becker et al. 2017) — written as JSON, with the
 * change printed as a table of old and new weights (docs/audit.md).
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { statisticText } from '../../analysis/audit/audit-tables.js';
import { equalWeights } from '../../analysis/weights/equal-weights.js';
import { optimiseWeights } from '../../analysis/weights/optimise-weights.js';
import { pcaWeights } from '../../analysis/weights/pca-weights.js';
import type { Framework } from '../../model/framework.js';
import { quoteText } from '../../model/describe.js';
import { walkFramework } from '../../model/validate.js';
import { jsonChunks } from '../../report/json.js';
import type { Table } from '../../report/table.js';
import { OutputError } from '../output.js';
import { messages } from '../messages.js';
import { choice, COMMON, DATA_OPTIONS_HELP, frameworkTitle, fromFile, known, line, loadFramework, nodeIds, parse, required, usage, writeAll, writeTable, showHelp, type CliOutput, type CommandModule } from '../common.js';
import { compilePlan } from '../../engine/plan.js';
import { loadModelInputs } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  method: { type: 'string', short: 'm' },
  'out-framework': { type: 'string', short: 'o' },
  nodes: { type: 'string' },
  node: { type: 'string' },
  targets: { type: 'string' },
  measure: { type: 'string' },
  format: { type: 'string' },
} as const;

const HELP = `Usage: chiso weights --method pca|equal|optimise --framework <id|file> [--data <file>] [options]

Re-weights a framework and writes the new one as JSON (to --out-framework, else to standard
output); the framework given is not changed. With --out-framework, prints each changed weight.
  equal     every child of an aggregate (or of --nodes) weighs 1 (no data needed)
  pca       weights from each aggregate's principal components, deepest aggregates first (the
            OECD/JRC Handbook 2008 procedure, varimax rotation included; docs/audit.md)
  optimise  the children of --node (default: the top index) weighted so that each one's share of
            the correlations with it matches --targets (Becker et al. 2017, as COINr's
            get_opt_weights); reports whether the optimiser converged

Options:
  --method, -m METHOD       pca, equal or optimise
  --framework, -f ID|FILE   a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE           the dataset (pca and optimise)
  --out-framework, -o FILE  write the new framework here (default: standard output)
  --nodes IDS               equal and pca: only these aggregates, comma-separated
  --node ID                 optimise: the aggregate whose children are re-weighted
  --targets LIST            optimise: relative importances "id=2,id=1,…" for every child, or equal
                            (default)
  --measure KIND            optimise: pearson (default, COINr) or r2 (Becker et al.'s linear S_i)
  --format FORMAT           the table of changes: table (default), md, csv, or json
${DATA_OPTIONS_HELP}
  --help, -h                this help
  --debug                   on an internal error (a bug in chiso), print its stack trace
`;

function readTargets(text: string, children: readonly string[] | null): Record<string, number> | 'equal' {
  if (text === 'equal') return 'equal';
  const targets: Record<string, number> = {};
  for (const part of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^([^=]+)=([0-9]+(\.[0-9]+)?|\.[0-9]+)$/.exec(part);
    if (match === null) throw usage('targetsForm', quoteText(part));
    const id = (match[1] as string).trim();
    if (children !== null) known(id, children, '--targets', 'child');
    targets[id] = Number(match[2]);
  }
  return targets;
}

function changesTable(base: Framework, changed: Framework): Table {
  const weights = new Map<string, number>();
  walkFramework(changed.root, (node) => weights.set(node.id, node.weight));
  const rows: string[][] = [];
  walkFramework(base.root, (node, _path, parent) => {
    const weight = weights.get(node.id);
    if (parent !== null && weight !== undefined && weight !== node.weight) rows.push([node.id, parent.id, statisticText(node.weight, { digits: 6 }), statisticText(weight, { digits: 6 })]);
  });
  return { columns: [{ title: 'Node', align: 'left' }, { title: 'Parent', align: 'left' }, { title: 'Weight', align: 'right' }, { title: 'New weight', align: 'right' }], rows };
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'weights', HELP);
  const method = choice(required(values.method, '--method'), ['pca', 'equal', 'optimise'], 'pca', '--method');
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  if (method !== 'optimise') for (const name of ['node', 'targets', 'measure'] as const) if (values[name] !== undefined) throw usage('optimiseOnly', `--${name}`);
  if (method === 'optimise' && values.nodes !== undefined) throw usage('nodesNotOptimise');
  if (method === 'equal' && values.data !== undefined) throw usage('equalNoData');
  const say = messages(out.language);
  let base: Framework;
  let changed: Framework;
  let note = '';
  const nodes = values.nodes?.split(',').map((id) => id.trim()).filter(Boolean);
  if (method === 'equal') {
    base = await loadFramework(values.framework);
    const plan = compilePlan(base);
    for (const id of nodes ?? []) known(id, nodeIds(plan), '--nodes', 'node');
    changed = equalWeights(base, nodes === undefined ? {} : { nodes });
  } else {
    const inputs = await loadModelInputs(values, method === 'optimise' ? values.node : undefined);
    base = inputs.framework;
    for (const id of nodes ?? []) known(id, nodeIds(inputs.plan), '--nodes', 'node');
    if (method === 'pca') {
      const result = await fromFile(inputs.dataPath, () => pcaWeights(base, inputs.dataset, nodes === undefined ? {} : { nodes }));
      changed = result.framework;
      const left = result.aggregates.filter((row) => row.problem !== undefined);
      note = left.map((row) => `${say.weightsLeft(row.id, row.problem ?? '')}\n`).join('');
    } else {
      const nodeId = values.node ?? base.root.id;
      const planned = inputs.plan.nodes.find((entry) => entry.node.id === nodeId);
      const children = planned?.node.kind === 'aggregate' ? planned.node.children.map((child) => child.id) : null;
      if (children === null) throw usage('nodeIsIndicator', quoteText(nodeId));
      const targets = readTargets(values.targets ?? 'equal', children);
      const measure = choice(values.measure, ['pearson', 'r2'], 'pearson', '--measure');
      const result = await fromFile(inputs.dataPath, () => optimiseWeights(base, inputs.dataset, targets, { node: nodeId, measure }));
      changed = result.framework;
      const language = out.language ?? 'en';
      note = `${say.optimiseNote(result.converged, result.iterations, statisticText(result.objective, { language }), result.children.map((child, index) => `${child} ${statisticText(result.obtained[index], { language })}`).join(', '), result.targets.map((target) => statisticText(target, { language })).join(', '))}\n`;
    }
  }
  const outPath = values['out-framework'];
  if (outPath === undefined) {
    await writeAll(out, jsonChunks(changed));
    await out.stdout('\n');
    if (note !== '') await out.stderr(note);
    return 0;
  }
  try {
    await writeFile(outPath, `${JSON.stringify(changed, null, 2)}\n`);
  } catch (error) {
    throw new OutputError(`${outPath}: cannot write the framework (${(error as Error).message})`, (error as NodeJS.ErrnoException).code, false);
  }
  const table = changesTable(base, changed);
  if (format === 'json') {
    await writeAll(out, jsonChunks({ method, file: outPath, changes: table.rows.map(([node, parent, weight, newWeight]) => ({ node, parent, weight: Number(weight), newWeight: Number(newWeight) })) }));
    await out.stdout('\n');
    return 0;
  }
  if (format === 'table') await out.stdout(`${say.weightsWritten(line(frameworkTitle(base, out.language)), method, line(outPath))}\n${note}\n`);
  await writeTable(out, table, format, { translate: true });
  return 0;
}

/** `chiso weights`. */
export const weightsCommand: CommandModule = {
  name: 'weights',
  summary: 'a re-weighted framework: equal, PCA, or optimised to target importances',
  help: HELP,
  options: OPTIONS,
  run,
};
