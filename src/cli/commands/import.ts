/**
 * `chiso import coinr`: a COINr model (its iData and iMeta tables, as CSV or .xlsx) written as a chiso
 * framework and dataset (JSON files), with COINr's default build where iMeta is silent, so that
 * `chiso score --framework model.json --data data.json` gives what COINr's new_coin → Denominate
 * → Normalise → Aggregate give with default arguments.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { importCoinr, type CellTable } from '../../io/coinr.js';
import { readXlsxTable } from '../../xlsx/read.js';
import { messages } from '../messages.js';
import { fromFile, line, parse, required, usage, writeAll, showHelp, type CliOutput, type CommandModule } from '../common.js';

const OPTIONS = {
  idata: { type: 'string' },
  imeta: { type: 'string' },
  'out-framework': { type: 'string' },
  'out-data': { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: chiso import coinr --idata iData.csv --imeta iMeta.csv --out-framework model.json --out-data data.json

Moves a model built with R's COINr to chiso: reads COINr's two input tables (iData: one row per
unit with uCode, uName, Time, groups, denominators and indicators; iMeta: one row per indicator,
aggregate, group and denominator with iCode, iName, Level, Weight, Direction, Parent, Type and
Denominator), as CSV or as .xlsx (the first sheet), and writes a chiso framework and dataset. Where iMeta is silent the framework takes
COINr's default build: denominate as iMeta says, min-max to [0, 100], weighted arithmetic means
(missing children skipped, their weight shared). Then:
  chiso score --framework model.json --data data.json

Options:
  --idata FILE           COINr's iData as CSV or .xlsx
  --imeta FILE           COINr's iMeta as CSV or .xlsx
  --out-framework FILE   where to write the framework (JSON)
  --out-data FILE        where to write the dataset (JSON)
  --id ID                the framework's id (default "coinr")
  --name TEXT            the framework's name (default: the index's iName)
  --help, -h             this help
  --debug                on an internal error (a bug in chiso), print its stack trace
`;

/**
 * One of COINr's tables: a CSV file as text, or the first sheet of a workbook (.xlsx, as COINr users
 * keep iData and iMeta in Excel) as a table of cells, header first, numbers as numbers.
 */
async function readTable(path: string): Promise<string | CellTable> {
  if (!['.xlsx', '.xlsm'].includes(extname(path).toLowerCase())) return readFile(path, 'utf8');
  const table = await fromFile(path, async () => readXlsxTable(await readFile(path)));
  return [table.header, ...table.rows];
}

async function run(args: string[], out: CliOutput): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === '--help' || kind === '-h' || kind === undefined) {
    await showHelp(out, 'import', HELP);
    return kind === undefined ? 2 : 0;
  }
  if (kind !== 'coinr') throw usage('importFormat', JSON.stringify(kind));
  const values = parse(rest, OPTIONS);
  if (values.help === true) return showHelp(out, 'import', HELP);
  const iDataPath = required(values.idata, '--idata');
  const iMetaPath = required(values.imeta, '--imeta');
  const frameworkPath = required(values['out-framework'], '--out-framework');
  const dataPath = required(values['out-data'], '--out-data');
  const [iData, iMeta] = await Promise.all([readTable(iDataPath), readTable(iMetaPath)]);
  const imported = await fromFile(`${iDataPath} + ${iMetaPath}`, () =>
    importCoinr({ iData, iMeta }, { ...(values.id === undefined ? {} : { id: values.id }), ...(values.name === undefined ? {} : { name: values.name }) }),
  );
  await writeFile(frameworkPath, `${JSON.stringify(imported.framework, null, 2)}\n`);
  await writeFile(dataPath, `${JSON.stringify(imported.dataset, null, 2)}\n`);
  const say = messages(out.language);
  for (const note of imported.notes) await out.stderr(`${line(say.importNote(note))}\n`);
  await writeAll(out, [`${line(say.importWrote(frameworkPath, dataPath, imported.dataset.units.length))}\n`]);
  return 0;
}

/** The `import` command. */
export const importCommand: CommandModule = { name: 'import', summary: 'move a model over from COINr (iData + iMeta, CSV or .xlsx) to a framework and dataset', help: HELP, options: OPTIONS, run };
