/**
 * Fuzzing the command line: `chiso` run in-process through `run` (src/cli/main.ts) on mutated data
 * files (CSV and JSON), mutated framework files and random arguments. Every run must end with exit
 * code 0, 1 or 2, never with an escaped exception (what `bin.ts` prints as an internal error with a
 * stack trace), never with a stack trace on stderr, and never with "NaN", "Infinity" or "undefined"
 * in what it prints. One property runs the real process, for what only a process shows.
 *
 * `it.fails` marks a property that fails today because of a known bug (the comment gives the
 * section of issue 6, or "not listed", and a minimal counterexample).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { builtinFrameworks } from '../../src/index.js';
import { mutate, mutation, type JsonObject } from './mutations.js';
import { fuzz } from './settings.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-fuzz-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let fileCount = 0;
/** Writes a file into the fuzz folder and returns its path. */
function file(extension: string, text: string): string {
  fileCount += 1;
  const path = join(folder, `case-${fileCount}.${extension}`);
  writeFileSync(path, text);
  return path;
}

interface Outcome {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs chiso in-process; an exception escaping `run` is reported as the outcome "escaped …". */
async function chiso(args: readonly string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  try {
    const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  } catch (error) {
    return { code: `escaped ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, stdout, stderr };
  }
}

/**
 * What is wrong with an outcome, as text (empty when nothing is). A word such as "undefined" is only
 * wrong in stdout when the input files do not hold it (a unit may be called "undefined").
 */
function outcomeProblems(outcome: Outcome, input = ''): string[] {
  const problems: string[] = [];
  if (![0, 1, 2].includes(outcome.code as number)) problems.push(`exit ${String(outcome.code)}`);
  if (/^\s+at .+:\d+:\d+\)?$/m.test(outcome.stderr)) problems.push('a stack trace on stderr');
  const word = /\b(NaN|-?Infinity|undefined)\b/.exec(outcome.stdout);
  if (word && !input.includes(word[0])) problems.push(`"${word[0]}" in stdout: …${outcome.stdout.slice(Math.max(0, word.index - 60), word.index + 20)}…`);
  if (outcome.code === 1 && !outcome.stderr.startsWith('chiso: ')) problems.push('exit 1 without a "chiso:" message');
  return problems;
}

/** Cells a spreadsheet or an attacker can put in a CSV. */
const hostileCell = fc.constantFrom(
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e-400', '-0', '-1', '101', '1.640', '0,7908', '85%', '1 640', '#N/A', '#REF!', '"', '""', 'x"y',
  '__proto__', 'constructor', 'toString', 'undefined', 'null', 'true', 'Hà Nội', '\u00a0', '\ufeff', '\u0000', `9${'9'.repeat(400)}`, '0.' + '0'.repeat(50) + '1',
);

/** Mutations of CSV text: a cell replaced, a line deleted or doubled, a BOM, CRLF, a cut. */
const csvMutation = fc.record({
  kind: fc.constantFrom('cell', 'cell', 'cell', 'delete-line', 'double-line', 'bom', 'crlf', 'cut', 'header-cell'),
  line: fc.nat(),
  column: fc.nat(),
  cell: hostileCell,
});

type CsvMutation = typeof csvMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateCsv(text: string, mutations: readonly CsvMutation[]): string {
  let result = text;
  for (const change of mutations) {
    const lines = result.split('\n');
    const dataLines = Math.max(1, lines.length - 1);
    switch (change.kind) {
      case 'cell':
      case 'header-cell': {
        const index = change.kind === 'header-cell' ? 0 : 1 + (change.line % dataLines);
        const cells = (lines[index] ?? '').split(',');
        cells[change.column % Math.max(1, cells.length)] = /[",\n]/.test(change.cell) ? `"${change.cell.replaceAll('"', '""')}"` : change.cell;
        lines[index] = cells.join(',');
        result = lines.join('\n');
        break;
      }
      case 'delete-line':
        lines.splice(change.line % lines.length, 1);
        result = lines.join('\n');
        break;
      case 'double-line':
        lines.splice(change.line % lines.length, 0, lines[change.line % lines.length] ?? '');
        result = lines.join('\n');
        break;
      case 'bom':
        result = `\ufeff${result}`;
        break;
      case 'crlf':
        result = result.replaceAll('\n', '\r\n');
        break;
      case 'cut':
        result = result.slice(0, change.line % (result.length + 1));
        break;
    }
  }
  return result;
}

const miniFramework = fixture('mini.json');
const miniCsv = readFileSync(fixture('mini-2023.csv'), 'utf8');
const desiCsv = readFileSync(new URL('../../examples/data/desi-2022.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .slice(0, 6)
  .join('\n');

/** The commands run on each mutated data file. */
function dataCommands(framework: string, data: string, unit: string): string[][] {
  return [
    ['score', '-f', framework, '-d', data],
    ['score', '-f', framework, '-d', data, '--format', 'json'],
    ['score', '-f', framework, '-d', data, '--format', 'csv', '--group', 'region', '--group-summary'],
    ['validate', '-f', framework, '-d', data],
    ['explain', '-f', framework, '-d', data, '-u', unit],
  ];
}

describe('chiso on mutated data files', () => {
  it('score, validate and explain on a mutated CSV exit 0, 1 or 2 with no stack trace and no NaN, Infinity or undefined in the output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('mini', 'desi'), fc.array(csvMutation, { minLength: 1, maxLength: 3 }), async (base, mutations) => {
        const text = mutateCsv(base === 'mini' ? miniCsv : desiCsv, mutations);
        const data = file('csv', text);
        const framework = base === 'mini' ? miniFramework : 'desi-2022';
        for (const args of dataCommands(framework, data, base === 'mini' ? 'HN' : 'AT')) {
          const outcome = await chiso(args);
          expect(outcomeProblems(outcome, text), args.join(' ')).toEqual([]);
        }
      }),
      fuzz(40),
    );
  });

  it('score and validate on a mutated JSON dataset exit 0, 1 or 2 with no stack trace and no NaN, Infinity or undefined in the output', async () => {
    const base = { year: 2023, units: [{ id: 'HN', name: 'Hà Nội', groups: { region: 'north' }, values: { fibre_pct: 92, online_pct: '75' } }, { id: 'DB', values: { fibre_pct: 80, online_pct: 96 } }, { id: 'HY', values: { fibre_pct: 75, online_pct: null } }] };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const text = JSON.stringify(mutate(JSON.parse(JSON.stringify(base)) as JsonObject, mutations));
        const data = file('json', text);
        for (const args of dataCommands(miniFramework, data, 'HN')) {
          const outcome = await chiso(args);
          expect(outcomeProblems(outcome, text), args.join(' ')).toEqual([]);
        }
      }),
      fuzz(40),
    );
  });

  // Checks that a JSON number literal beyond the double range is refused naming it, never read as Infinity.
  it('a JSON dataset with a number literal beyond the double range (1e400) exits 1 or is read exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('1e400', '-1e400', '2e308'), fc.constantFrom('zscore', 'minmax', 'identity', 'percentile'), async (literal, method) => {
        const framework = file('json', JSON.stringify({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method } }] } }));
        const data = file('json', `{"units":[{"id":"A","values":{"x":${literal}}},{"id":"B","values":{"x":1}},{"id":"C","values":{"x":2}}]}`);
        const outcome = await chiso(['score', '-f', framework, '-d', data, '--format', 'json']);
        expect(outcomeProblems(outcome)).toEqual([]);
        expect(outcome.code).toBe(1);
      }),
      fuzz(12),
    );
  });

  // Checks that control characters in names and labels are escaped in every text output.
  it('no control character from a name or label reaches the terminal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('\u001b[31m', '\u001b]0;pwned\u0007', '\u0007', '\u009b31m', '\r', '\u0008'), fc.constantFrom('table', 'md', 'csv'), async (control, format) => {
        const data = file('csv', `id,name,region,fibre_pct,online_pct\nHN,"Hà ${control}Nội",north,92,75\nDB,Điện Biên,north,80,96\n`);
        const outcome = await chiso(['score', '-f', miniFramework, '-d', data, '--format', format]);
        expect(outcome.code).toBe(0);
        expect(outcome.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      fuzz(12),
    );
  });
});

describe('chiso explain on extreme but valid frameworks', () => {
  // Checks that the explain table writes exact figures in decimal notation, for goalposts so narrow
  // that a double overflows (max 5e-324 → 1.84e+325) or prints in exponent form (max 1e-30).
  it('explain prints every figure as a decimal, never Infinity or an exponent, for any valid goalposts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<number | string>(5e-324, '1e-400', 1e-30, '1e-25'), async (max) => {
        const framework = file('json', JSON.stringify({ id: 'f', name: 'F', ranking: { groups: ['region'] }, root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'fibre_pct', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max } }, { kind: 'indicator', id: 'online_pct', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] } }));
        const outcome = await chiso(['explain', '-f', framework, '-d', fixture('mini-2023.csv'), '-u', 'HN']);
        expect(outcomeProblems(outcome)).toEqual([]);
        expect(outcome.stdout).not.toMatch(/\d[eE][+-]?\d/);
      }),
      fuzz(8),
    );
  });
});

describe('chiso on a mutated saved result given as --previous', () => {
  // Checks that a saved result given back as --previous is validated: a corrupt one exits 1 naming the file and the path.
  it('score --previous with a mutated saved result exits 0, 1 or 2 with no stack trace and no NaN, Infinity or undefined in the output', async () => {
    let saved = '';
    await run(['score', '-f', miniFramework, '-d', fixture('mini-2022.csv'), '--format', 'json'], { stdout: (text) => (saved += text), stderr: () => undefined });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('table', 'json'), async (mutations, format) => {
        const text = JSON.stringify(mutate(JSON.parse(saved) as JsonObject, mutations));
        const previous = file('json', text);
        const outcome = await chiso(['score', '-f', miniFramework, '-d', fixture('mini-2023.csv'), '--previous', previous, '--format', format]);
        expect(outcomeProblems(outcome, text)).toEqual([]);
      }),
      fuzz(150),
    );
  });
});

describe('chiso on mutated framework files', () => {
  const frameworkJson = (id: string): JsonObject => JSON.parse(JSON.stringify(id === 'mini' ? (JSON.parse(readFileSync(miniFramework, 'utf8')) as unknown) : builtinFrameworks[id])) as JsonObject;

  it('validate and score with a mutated framework file exit 0, 1 or 2 with no stack trace and no NaN, Infinity or undefined in the output', async () => {
    const data = file('csv', miniCsv);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (mutations, cut) => {
        let text = JSON.stringify(mutate(frameworkJson('mini'), mutations));
        if (cut) text = text.slice(0, Math.floor(text.length / 2));
        const framework = file('json', text);
        for (const args of [['validate', '-f', framework], ...dataCommands(framework, data, 'HN')]) {
          const outcome = await chiso(args);
          expect(outcomeProblems(outcome, text), args.join(' ')).toEqual([]);
        }
      }),
      fuzz(40),
    );
  });

  // Checks that a framework file nested thousands of levels deep is refused with a message. The file is
  // written as text: JSON.stringify is recursive, so building it from objects overflowed the stack in
  // the test itself (which this property had reported as a chiso bug).
  it('a framework file nested far too deep exits 1 with a message, not an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 700, max: 3_000 }), fc.constantFrom('validate', 'score', 'explain'), async (depth, command) => {
        let node = JSON.stringify({ kind: 'indicator', id: 'fibre_pct', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } });
        for (let level = 0; level < depth; level += 1) node = `{"kind":"aggregate","id":"n${level}","children":[${node}]}`;
        const framework = file('json', `{"id":"deep","name":"Deep","root":${node}}`);
        const outcome = await chiso(command === 'validate' ? ['validate', '-f', framework] : [command, '-f', framework, '-d', fixture('mini-2023.csv'), ...(command === 'explain' ? ['-u', 'HN'] : [])]);
        expect(outcomeProblems(outcome)).toEqual([]);
        expect(outcome.code).toBe(1);
        expect(outcome.stderr).toContain('nested more than');
      }),
      fuzz(6),
    );
  });
});

describe('chiso on random arguments', () => {
  const flagValue = fc.constantFrom('', 'nope', '-1', '0', ',2023', '2023,', 'index', 'fibre_pct', 'region', 'HN', 'json', 'csv', 'md', 'table', 'id', 'short', '63', '34', 'Da Nang', '\u001b[31m');
  const flag = fc.constantFrom('--format', '--node', '--group', '--columns', '--titles', '--unit', '--id-column', '--group-column', '--ignore', '--years', '--era', '--find', '--show', '--bogus');
  const switchFlag = fc.constantFrom('--compact', '--group-summary', '--provinces', '--scores', '--merge-34', '-h');
  const command = fc.constantFrom('score', 'validate', 'explain', 'panel', 'frameworks', 'provinces', 'nope', '');

  it('any command with any flags exits 0, 1 or 2, with no stack trace and no NaN, Infinity or undefined in the output', async () => {
    const data = fixture('mini-2023.csv');
    const earlier = fixture('mini-2022.csv');
    await fc.assert(
      fc.asyncProperty(command, fc.array(fc.oneof(fc.tuple(flag, flagValue), switchFlag.map((name) => [name] as const)), { maxLength: 4 }), fc.boolean(), async (name, flags, withFiles) => {
        const files = withFiles ? (name === 'panel' ? ['-f', miniFramework, '-d', earlier, '-d', data] : ['-f', miniFramework, '-d', data]) : [];
        const args = [name, ...files, ...flags.flat()];
        const outcome = await chiso(args);
        expect(outcomeProblems(outcome, args.join(' ')), JSON.stringify(args)).toEqual([]);
      }),
      fuzz(120),
    );
  });

  // Checks that an unknown --node is a usage error in every command.
  it('an unknown --node is a usage error (exit 2) in every command and format that takes one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('nope', 'indx', '__proto__'), fc.constantFrom('json', 'table', 'csv'), async (node, format) => {
        const outcome = await chiso(['score', '-f', miniFramework, '-d', fixture('mini-2023.csv'), '--node', node, '--format', format]);
        expect(outcome.code).toBe(2);
        const panel = await chiso(['panel', '-f', miniFramework, '-d', fixture('mini-2022.csv'), '-d', fixture('mini-2023.csv'), '--years', '2022,2023', '--node', node]);
        expect(panel.code).toBe(2);
      }),
      fuzz(9),
    );
  });
});

describe('chiso on Object.prototype names and unknown names in arguments', () => {
  // Checks that flag values named like Object.prototype properties are handled as names, never as internals.
  it('a flag value named like an Object.prototype property ends with exit 0, 1 or 2, never an escaped error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'),
        fc.constantFrom(['--group', '--group-summary'], ['--group'], ['--node'], ['--columns'], ['--group-column']),
        async (name, [flag, ...rest]) => {
          const outcome = await chiso(['score', '-f', miniFramework, '-d', fixture('mini-2023.csv'), flag as string, name, ...rest]);
          expect(outcomeProblems(outcome, name)).toEqual([]);
        },
      ),
      fuzz(25),
    );
  });

  // Checks that an unknown --group is refused before any output.
  it('a --group no unit belongs to is refused before anything is printed on stdout', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('nope', 'Region', 'regoin'), fc.boolean(), fc.constantFrom('table', 'csv', 'json'), async (group, summary, format) => {
        const outcome = await chiso(['score', '-f', miniFramework, '-d', fixture('mini-2023.csv'), '--group', group, '--format', format, ...(summary ? ['--group-summary'] : [])]);
        expect(outcome.code).not.toBe(0);
        expect(outcome.stdout).toBe('');
      }),
      fuzz(18),
    );
  });
});

describe('chiso names the file a problem is in', () => {
  // Checks that an invalid --data or --previous file is named in the message.
  it('when a data file is invalid, the message names that file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('score-data', 'score-previous', 'validate', 'explain', 'panel'), fc.constantFrom('112', 'n/a', '-5'), async (where, bad) => {
        const good = fixture('mini-2023.csv');
        const broken = file('csv', `id,name,region,fibre_pct,online_pct\nHN,Hà Nội,north,${bad},75\nDB,Điện Biên,north,80,96\n`);
        const args = {
          'score-data': ['score', '-f', miniFramework, '-d', broken],
          'score-previous': ['score', '-f', miniFramework, '-d', good, '--previous', broken],
          validate: ['validate', '-f', miniFramework, '-d', broken],
          explain: ['explain', '-f', miniFramework, '-d', broken, '-u', 'DB'],
          panel: ['panel', '-f', miniFramework, '-d', good, '-d', broken, '--years', '2022,2023'],
        }[where];
        const outcome = await chiso(args);
        expect(outcome.code).toBe(1);
        expect(outcome.stderr).toContain(broken);
      }),
      fuzz(15),
    );
  });
});

describe('chiso speaks CLI', () => {
  // Checks that the CLI speaks of its own flag (--id-column), not the API option.
  it('a CSV without an id column is answered with the --id-column flag, never the API option name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('key', 'tỉnh', 'Mã', 'ID_'), fc.constantFrom('score', 'validate', 'explain'), async (header, command) => {
        const data = file('csv', `${header},fibre_pct,online_pct\nHN,92,75\nDB,80,96\n`);
        const outcome = await chiso([command, '-f', miniFramework, '-d', data, ...(command === 'explain' ? ['-u', 'HN'] : [])]);
        expect(outcome.code).toBe(1);
        expect(outcome.stderr).toContain('--id-column');
        expect(outcome.stderr).not.toContain('idColumn');
      }),
      fuzz(12),
    );
  });
});

describe('the chiso process', () => {
  // Checks that an internal error is one line and a distinct exit code, the stack only under --debug.
  it('an internal error is one line on stderr with a distinct exit code and no stack trace', async () => {
    let node: JsonObject = { kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } };
    for (let level = 0; level < 1_000; level += 1) node = { kind: 'aggregate', id: `n${level}`, children: [node] };
    const framework = file('json', JSON.stringify({ id: 'deep', name: 'Deep', root: node }));
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const failure = await promisify(execFile)(tsx, [join(root, 'src/cli/bin.ts'), 'validate', '-f', framework], { cwd: root }).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    // Whatever the outcome, no stack trace; an internal error is one line and a code other than 0, 1, 2.
    if (failure === null) return;
    expect(failure.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    if (![1, 2].includes(failure.code)) expect(failure.stderr.trim().split('\n')).toHaveLength(1);
  });
});
