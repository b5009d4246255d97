/**
 * `chiso target`: what would it take for a unit to reach a rank or a score? Per indicator the
 * smallest single change (`whatItTakes`), or with --cheapest the cheapest combination on a linear
 * framework (`cheapestPath`).
 *
 * @module
 */
import { cheapestPath } from '../../analysis/targets/cheapest-path.js';
import type { TargetGoal } from '../../analysis/targets/goal.js';
import { cheapestPathTable, whatItTakesTable } from '../../analysis/targets/tables.js';
import { whatItTakes } from '../../analysis/targets/what-it-takes.js';
import { ExactDecimal } from '../../engine/decimal.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { jsonChunks } from '../../report/json.js';
import { formatDecimal } from '../../report/language.js';
import { messages } from '../messages.js';
import { choice, COMMON, DATA_OPTIONS_HELP, fromFile, known, line, parse, showHelp, usage, writeAll, writeTable, type CliOutput, type CommandModule } from '../common.js';
import { loadModelInputs, readJsonOption, unitOption, wholeNumberOption } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  format: { type: 'string' },
  unit: { type: 'string', short: 'u' },
  rank: { type: 'string' },
  score: { type: 'string' },
  node: { type: 'string' },
  indicators: { type: 'string' },
  cheapest: { type: 'boolean' },
  costs: { type: 'string' },
} as const;

const HELP = `Usage: chiso target --framework <id|file> --data <file> --unit ID (--rank K | --score S) [options]

What would it take? For one unit and a goal — a rank of K or better, or a score of at least S —
prints, per indicator, the smallest change of that indicator alone (all else equal) that reaches
it, or why it cannot (clipped, beyond the indicator's range, not feeding the node, …). Every answer
is checked by re-scoring the whole dataset exactly. With --cheapest, the cheapest combination of
changes instead (linear frameworks: goalposts, arithmetic means or sums; docs/targets.md).

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --unit, -u ID            the unit (with --provinces, also a province name: "TP.HCM")
  --rank K                 the goal: a rank of K or better, as the framework ranks
  --score S                the goal: a score of at least S on the framework's scale (at most S
                           for a lower-is-better node)
  --node ID                set the goal at this aggregate instead of the top index
  --indicators IDS         only these indicators, comma-separated (default: every one below the node)
  --cheapest               the cheapest combination of changes instead of one indicator at a time
  --costs FILE             with --cheapest: a JSON object of costs per unit of raw value by
                           indicator ({ "4a3": 2, "1b1": 500 }; default: one per unit of the
                           indicator's normalised 0–1 score)
  --format FORMAT          table (default), md, csv, or json (the answer as data)
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

/** A costs file: an object of non-negative numbers (or decimal texts) by indicator id. */
function readCosts(json: unknown): Record<string, number | string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ChisoError([issue('invalid_shape', ['costs'], `the costs are ${describeValue(json)}; expected an object of costs by indicator id, e.g. { "4a3": 2 }`)], 'The costs are not valid');
  }
  const problems: ChisoIssue[] = [];
  for (const [id, cost] of Object.entries(json)) {
    const fine = (typeof cost === 'number' && Number.isFinite(cost) && cost >= 0) || (typeof cost === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(cost));
    if (!fine) problems.push(issue('invalid_shape', ['costs', id], `the cost of ${quoteText(id)} is ${describeValue(cost)}; expected a number of 0 or more`, { received: describeValue(cost) }));
  }
  if (problems.length > 0) throw new ChisoError(problems, 'The costs are not valid');
  return json as Record<string, number | string>;
}

/** --score: a decimal number in plain notation. */
function scoreOption(value: string): string {
  if (!/^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)$/.test(value)) throw usage('scoreNotDecimal', quoteText(value));
  return value;
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'target', HELP);
  const format = choice(values.format, ['table', 'md', 'csv', 'json'], 'table', '--format');
  if (values.unit === undefined) throw usage('required', '--unit');
  if ((values.rank === undefined) === (values.score === undefined)) throw usage('rankOrScore');
  if (values.costs !== undefined && !values.cheapest) throw usage('costsNeedCheapest');
  const scoreGoal = values.score === undefined ? undefined : scoreOption(values.score);
  const { framework, plan, dataset, dataPath } = await loadModelInputs(values, values.node);
  const node = values.node;
  if (node !== undefined && plan.nodes.find((planned) => planned.node.id === node)?.kind === 'indicator') {
    throw usage('goalAtIndicator', quoteText(node));
  }
  const unit = unitOption(values.unit, dataset, values.provinces === true, '--unit');
  const goal: TargetGoal = scoreGoal === undefined ? { rank: wholeNumberOption(values.rank as string, '--rank', 1, dataset.units.length) } : { score: scoreGoal };
  let indicators: string[] | undefined;
  if (values.indicators !== undefined) {
    const ids = plan.indicators.map((indicator) => indicator.node.id);
    indicators = values.indicators.split(',').map((id) => id.trim()).filter(Boolean).map((id) => known(id, ids, '--indicators', 'indicator'));
    if (indicators.length === 0) throw usage('indicatorsNothing', quoteText(values.indicators));
  }
  const options = { unit, goal, ...(node === undefined ? {} : { node }), ...(indicators === undefined ? {} : { indicators }) };
  const language = out.language ?? 'en';
  const say = messages(language);
  const figure = (value: string | null): string => (value === null ? '–' : formatDecimal(value, language, { grouping: false }));
  const goalText = 'rank' in goal ? say.goalRank(goal.rank) : say.goalScore(figure(String(goal.score)));
  if (values.cheapest) {
    const costsPath = values.costs;
    const costs = costsPath === undefined ? undefined : await readJsonOption(costsPath, readCosts);
    // an unknown indicator in the costs is a mistake in the costs file: it is named
    const path = await fromFile(costsPath ?? dataPath, () => cheapestPath(framework, dataset, { ...options, ...(costs === undefined ? {} : { costs }) }));
    if (format === 'json') {
      await writeAll(out, jsonChunks(path));
      await out.stdout('\n');
      return 0;
    }
    if (format === 'table') {
      const now = say.now(figure(path.current.published), String(path.current.rank ?? '–'));
      await out.stdout(`${say.cheapestHeading(line(path.name ?? path.unit), now, goalText, line(path.node), path.status)}${path.message === undefined ? '' : `: ${line(path.message)}`}\n\n`);
    }
    if (path.status === 'reached' || format !== 'table') await writeTable(out, cheapestPathTable(path), format, { translate: true });
    return 0;
  }
  const answer = await fromFile(dataPath, () => whatItTakes(framework, dataset, options));
  if (format === 'json') {
    await writeAll(out, jsonChunks(answer));
    await out.stdout('\n');
    return 0;
  }
  if (format === 'table') {
    const reached = answer.indicators.filter((row) => row.status === 'reached').length;
    const now = say.now(figure(answer.current.published), String(answer.current.rank ?? '–'));
    const needed = answer.needed === null ? '' : figure(new ExactDecimal(answer.needed).toFixed(framework.rounding.decimals + 3).replace(/(\.[0-9]*?)0+$/, '$1').replace(/\.$/, ''));
    const already = answer.indicators.length > 0 && answer.indicators.every((row) => row.status === 'already');
    await out.stdout(`${say.whatItTakesHeading(line(answer.name ?? answer.unit), now, goalText, line(answer.node), needed, answer.strict, already, reached, answer.indicators.length)}\n\n`);
  }
  await writeTable(out, whatItTakesTable(answer), format, { translate: true });
  return 0;
}

/** `chiso target`. */
export const targetCommand: CommandModule = {
  name: 'target',
  summary: 'what would it take for a unit to reach a rank or a score?',
  help: HELP,
  options: OPTIONS,
  run,
};
