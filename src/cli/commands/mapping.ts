/**
 * `chiso mapping`: a starter column-mapping file from a sheet's (or a CSV's) headers, guessed from
 * the framework's indicator labels (`suggestColumnMapping`), for a person to check and save.
 *
 * @module
 */
import { extname } from 'node:path';
import { parseCsv } from '../../io/csv.js';
import { readTextFile } from '../../node/index.js';
import { jsonChunks } from '../../report/json.js';
import { readFile } from 'node:fs/promises';
import { readXlsxTable } from '../../xlsx/read.js';
import { suggestColumnMapping } from '../../xlsx/suggest-mapping.js';
import { quoteText } from '../../model/describe.js';
import { messages } from '../messages.js';
import { fromFile, line, loadFramework, parse, required, usage, writeAll, showHelp, type CliOutput, type CommandModule } from '../common.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  framework: { type: 'string', short: 'f' },
  data: { type: 'string', short: 'd' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
} as const;

const HELP = `Usage: chiso mapping --framework <id|file> --data <file.xlsx | file.csv> [--sheet NAME|N] [--header-row N]

Prints a starter column mapping (JSON) for a sheet or CSV whose headers are not indicator ids:
usual headers become the id ("Tỉnh/Thành phố"), group ("Vùng") and ignored ("STT") columns; a
header that is an indicator's Vietnamese or English label maps to it, one sharing most of its words
is a close guess, and anything else maps to "?". Check it, fill in every "?", save it, and read the
data with --mapping FILE (docs/spreadsheets.md). What was guessed how is listed on standard error.

Options:
  --framework, -f ID|FILE  a built-in framework id or a framework JSON file
  --data, -d FILE          the sheet (.xlsx) or CSV
  --sheet NAME|N           .xlsx: the sheet, by name or position from 1 (default: the first)
  --header-row N           .xlsx: the first row of the header (default: found below the title rows)
  --help, -h               this help
  --debug                  on an internal error (a bug in chiso), print its stack trace
`;

async function run(args: string[], out: CliOutput): Promise<number> {
  const values = parse(args, OPTIONS);
  if (values.help) return showHelp(out, 'mapping', HELP);
  const framework = await loadFramework(values.framework);
  const path = required(values.data, '--data');
  const workbook = ['.xlsx', '.xlsm', '.xls', '.ods'].includes(extname(path).toLowerCase());
  if (!workbook && (values.sheet !== undefined || values['header-row'] !== undefined)) throw usage('workbookOnly', `--${values.sheet !== undefined ? 'sheet' : 'header-row'}`, `"${path}"`, 1);
  const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
  if (headerRow !== undefined && !(/^\d{1,7}$/.test(values['header-row'] ?? '') && headerRow >= 1)) throw usage('headerRow', quoteText(values['header-row'] ?? ''));
  const table = await fromFile(path, async () => {
    if (workbook) return readXlsxTable(await readFile(path), { ...(values.sheet === undefined ? {} : { sheet: values.sheet }), ...(headerRow === undefined ? {} : { headerRow }) });
    const csv = parseCsv(await readTextFile(path));
    return { header: csv.header, rows: csv.rows.map((row) => row.cells) };
  });
  const { mapping, guesses } = suggestColumnMapping(table, framework);
  await writeAll(out, jsonChunks(mapping));
  await out.stdout('\n');
  const counts = { exact: 0, close: 0, role: 0, none: 0 };
  for (const guess of guesses) counts[guess.how] += 1;
  const say = messages(out.language);
  await out.stderr(`${say.mappingSummary(counts.exact, counts.role, counts.close, counts.none)}\n`);
  for (const guess of guesses.filter((entry) => entry.how === 'close' || entry.how === 'none')) await out.stderr(`  ${say.mappingGuess(guess.how === 'close', line(JSON.stringify(guess.header)), line(guess.target))}\n`);
  return 0;
}

/** The `chiso mapping` command. */
export const mappingCommand: CommandModule = { name: 'mapping', summary: 'write a starter column mapping for a sheet or CSV', help: HELP, options: OPTIONS, run };
