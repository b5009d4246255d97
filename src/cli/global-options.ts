/**
 * The options every `chiso` command takes besides its own: `--lang vi|en`, `--out FILE` and
 * `--width N` (and `--debug`, read by `run`). They are taken out of the arguments before the
 * command parses its own, so a new command has them without declaring them.
 *
 * @module
 */
import { isLanguage, type Language } from '../report/language.js';
import { quoteText } from '../model/describe.js';
import { usage } from './common.js';

/** What the environment says about the output: the variables and the terminal. */
export interface CliEnvironment {
  /** `CHISO_LANG`: the default language (`vi` or `en`). */
  readonly CHISO_LANG?: string | undefined;
  /** `COLUMNS`: the width to fit text tables to. */
  readonly COLUMNS?: string | undefined;
  /** The terminal's width, when standard output is a terminal. */
  readonly terminalColumns?: number | undefined;
}

/** The global options found in the arguments, and the arguments left for the command. */
export interface GlobalOptions {
  readonly rest: string[];
  readonly lang?: string;
  readonly out?: string;
  readonly width?: string;
}

const NAMES = ['lang', 'out', 'width'] as const;

/**
 * Takes `--lang`, `--out` and `--width` (as `--lang vi` or `--lang=vi`) out of the arguments. One
 * given twice with different values is a usage error, as for a command's own options; everything
 * after a `--` is left alone.
 *
 * @example
 * extractGlobalOptions(['score', '--lang', 'vi', '--data', 'x.csv']).lang; // => 'vi'
 * extractGlobalOptions(['score', '--out=r.csv']).rest; // => ['score']
 */
export function extractGlobalOptions(argv: readonly string[]): GlobalOptions {
  const rest: string[] = [];
  const found: Partial<Record<(typeof NAMES)[number], string>> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    const name = NAMES.find((candidate) => argument === `--${candidate}` || argument.startsWith(`--${candidate}=`));
    if (name === undefined) {
      rest.push(argument);
      continue;
    }
    let value: string | undefined;
    if (argument.includes('=')) value = argument.slice(argument.indexOf('=') + 1);
    else {
      value = argv[index + 1];
      index += 1;
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw usage('required', `--${name} ${name === 'lang' ? 'vi|en' : name === 'out' ? 'FILE' : 'N'}`);
    }
    const earlier = found[name];
    if (earlier !== undefined && earlier !== value) throw usage('givenTwice', `--${name}`, quoteText(earlier), quoteText(value));
    found[name] = value;
  }
  return { rest, ...found };
}

/**
 * The language: `--lang`, else `CHISO_LANG`, else English. A value that is neither `vi` nor `en`
 * is a usage error naming where it came from.
 *
 * @example
 * resolveLanguage(undefined, { CHISO_LANG: 'vi' }); // => 'vi'
 * resolveLanguage('en', { CHISO_LANG: 'vi' }); // => 'en'
 */
export function resolveLanguage(given: string | undefined, environment: CliEnvironment): Language {
  if (given !== undefined) {
    if (isLanguage(given)) return given;
    throw usage('lang', quoteText(given), '--lang');
  }
  const fromEnvironment = environment.CHISO_LANG?.trim().toLowerCase();
  if (fromEnvironment === undefined || fromEnvironment === '') return 'en';
  if (isLanguage(fromEnvironment)) return fromEnvironment;
  throw usage('lang', quoteText(environment.CHISO_LANG ?? ''), 'CHISO_LANG');
}

/**
 * The width text tables are fitted to: `--width N` (0: no limit), else a positive `COLUMNS`, else
 * the terminal's width when standard output is a terminal, else no limit (a pipe or a file gets
 * every column). With `--out`, only `--width` limits the width.
 *
 * @example
 * resolveWidth(undefined, { COLUMNS: '100', terminalColumns: 80 }, false); // => 100
 * resolveWidth('0', { terminalColumns: 80 }, false); // => Infinity
 * resolveWidth(undefined, {}, false); // => Infinity
 */
export function resolveWidth(given: string | undefined, environment: CliEnvironment, toFile: boolean): number {
  if (given !== undefined) {
    if (!/^[0-9]+$/.test(given) || !Number.isSafeInteger(Number(given))) throw usage('width', quoteText(given));
    const width = Number(given);
    return width === 0 ? Number.POSITIVE_INFINITY : width;
  }
  if (toFile) return Number.POSITIVE_INFINITY;
  const columns = environment.COLUMNS === undefined || !/^[0-9]+$/.test(environment.COLUMNS.trim()) ? 0 : Number(environment.COLUMNS.trim());
  if (columns > 0) return columns;
  const terminal = environment.terminalColumns;
  return terminal !== undefined && Number.isInteger(terminal) && terminal > 0 ? terminal : Number.POSITIVE_INFINITY;
}
