/**
 * `chiso report`: the HTML report of a result — ranking, charts, the province map, one profile
 * per unit and the method note — in one self-contained file (`reportHtml` of 'chiso/report').
 *
 * @module
 */
import { panelFromResults } from '../../analysis/panel.js';
import { compilePlan } from '../../engine/plan.js';
import type { ScoreResult } from '../../engine/result.js';
import { scoreValidated } from '../../engine/score.js';
import type { Framework } from '../../model/framework.js';
import { assertDataset } from '../../model/validate.js';
import { readResultOrDataset } from '../../node/index.js';
import { reportHtml } from '../../report/html/report.js';
import { matchResultProvinces } from '../../report/map/result-map.js';
import { mergeResultTo34 } from '../../vietnam/merger.js';
import { messages } from '../messages.js';
import { choice, COMMON, dataOptions, DATA_OPTIONS_HELP, eraOf, fromFile, known, line, parse, provincesWanted, usage, withProvincesAndEra, showHelp, type CliOutput, type CommandModule } from '../common.js';
import { loadModelInputs } from './arguments.js';

const OPTIONS = {
  ...COMMON,
  previous: { type: 'string' },
  history: { type: 'string', multiple: true },
  group: { type: 'string' },
  title: { type: 'string' },
  era: { type: 'string' },
  'merge-34': { type: 'boolean' },
  'merge-partial': { type: 'boolean' },
} as const;

const HELP = `Usage: chiso report --framework <id|file> --data <file> [--previous <file>] [--lang vi] --out report.html

Writes the HTML report of a result: the ranking table, a bar chart of the top index, a heat map of
the units × pillars, the rank change since --previous (a slope chart), a map of Vietnam's provinces
coloured by score and by rank (when the units are provinces: the 63, or the 34), one page per unit
(its pillars against the national or group average, strengths and weaknesses, rank history) and
the method note (framework, weights, rounding, missing data). One self-contained file: styles and
charts inline, no script, no font or request to any server; it prints to A4 (one page per unit).

Options:
  --framework, -f ID|FILE  a built-in framework id (see "chiso frameworks") or a framework JSON file
  --data, -d FILE          the dataset: CSV (one row per unit) or JSON
  --previous FILE          an earlier dataset or saved JSON result: adds the rank change and the
                           slope chart
  --history FILE           an earlier year's dataset or saved result for the rank history in each
                           profile (repeatable; --previous counts too; each needs a year)
  --group KEY              compare each unit's pillars with its group's average (e.g. region)
                           instead of the national average
  --title TEXT             the report's title (default: the index's name and the data's year)
  --era 63|34              draw the map of the 63 provinces or of the 34 (default: from the units)
  --merge-34               map a result for the 63 former provinces onto the 34 from 1 July 2025
                           (each new province: the mean of its former provinces, as DTI 2024)
  --merge-partial          with --merge-34: allow a new province some of whose former ones are missing
${DATA_OPTIONS_HELP}
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

type Values = ReturnType<typeof parse<typeof OPTIONS>>;

/** An earlier dataset or saved result, scored as the current one is (and merged with --merge-34). */
async function earlierResult(path: string, framework: Framework, values: Values, groups: readonly string[], merge: (result: ScoreResult, era: '63' | '34' | undefined) => ScoreResult): Promise<ScoreResult> {
  return fromFile(path, async () => {
    // read with the same options as --data: a column mapping, a sheet, a header row
    const options = await dataOptions(values, groups);
    const earlier = await readResultOrDataset(path, options);
    if (earlier.kind === 'result') return earlier.result.units.length > 34 ? merge(earlier.result, undefined) : earlier.result;
    const input = provincesWanted(values, options) ? withProvincesAndEra(earlier.dataset) : earlier.dataset;
    return merge(scoreValidated(compilePlan(framework), assertDataset(framework, input), { groups }), eraOf(input));
  });
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'report', HELP);
  const language = out.language ?? 'en';
  const say = messages(language);
  const era = values.era === undefined ? undefined : choice(values.era, ['63', '34'], '63', '--era');
  if (values['merge-partial'] && !values['merge-34']) throw usage('needs', '--merge-partial', '--merge-34');
  const { framework, plan, dataset, dataPath } = await loadModelInputs(values);
  const groups = values.group === undefined ? framework.ranking.groups : [...new Set([...framework.ranking.groups, values.group])];
  if (values.group !== undefined) known(values.group, [...new Set(dataset.units.flatMap((unit) => Object.keys(unit.groups)))], '--group', 'group', dataPath);
  const merge = (scored: ScoreResult, from: '63' | '34' | undefined): ScoreResult => (values['merge-34'] && from !== '34' ? mergeResultTo34(scored, { partial: values['merge-partial'] === true }) : scored);
  const result = await fromFile(dataPath, () => merge(scoreValidated(plan, dataset, { groups }), eraOf(dataset)));
  const previous = values.previous === undefined ? undefined : await earlierResult(values.previous, framework, values, groups, merge);
  const history = await Promise.all((values.history ?? []).map((path) => earlierResult(path, framework, values, groups, merge)));
  const years = [...history, ...(previous === undefined ? [] : [previous]), result];
  const panel = history.length === 0 ? undefined : await fromFile(values.history?.[0], () => panelFromResults(years.filter((entry, index) => years.findIndex((other) => other.dataset.year === entry.dataset.year) === index)));
  const html = reportHtml(result, {
    language,
    ...(previous === undefined ? {} : { previous }),
    ...(panel === undefined ? {} : { panel }),
    ...(values.group === undefined ? {} : { group: values.group }),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(era === undefined ? {} : { era }),
  });
  const matching = matchResultProvinces(result, era);
  if (matching.matched.length > 0 && matching.unmatched.length > 0) {
    await out.stderr(`${say.notOnMap(matching.unmatched.map((entry) => line(entry.name ?? entry.unit)).join(', '))}\n`);
  }
  if (out.file === undefined || out.bytes === undefined) {
    await out.stdout(html);
    return 0;
  }
  // written as bytes, not through stdout (which escapes control characters for a terminal); the
  // --out file is replaced only when the command succeeds, its folder made if needed
  const target = out.file;
  await out.bytes(new TextEncoder().encode(html));
  await out.stderr(`${say.reportWritten(line(target), result.units.length, matching.matched.length === 0 ? '' : matching.era)}\n`);
  return 0;
}

/** `chiso report`. */
export const reportCommand: CommandModule = {
  name: 'report',
  summary: 'write the HTML report: ranking, charts, province map, unit profiles',
  help: HELP,
  options: OPTIONS,
  run,
};
