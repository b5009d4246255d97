/**
 * Checks what `npm pack` would publish: the built library, the command, the licence, the README and
 * the sample data the README's commands use — and nothing from the tests or the sources.
 *
 *     npm run build && npx tsx scripts/check-pack.ts
 *
 * Runs `npm pack --dry-run --json --ignore-scripts` (the build is a separate CI step, so the
 * `prepack` build is not run twice) and exits 1 with one line per problem.
 */
import { execFileSync } from 'node:child_process';

/** Paths the package must contain. */
const REQUIRED = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/analysis/index.js',
  'dist/analysis/index.cjs',
  'dist/node/index.js',
  'dist/node/index.cjs',
  'dist/node/worker.js',
  'dist/report/index.js',
  'dist/report/index.cjs',
  'dist/report/index.d.ts',
  'dist/report/index.d.cts',
  'dist/cli.js',
  'examples/data/desi-2022.csv',
  'examples/data/vn-dti-2022/2022.json',
  'examples/data/vn-dti-2022/2023.json',
  'examples/data/readiness/2022.json',
  'examples/data/readiness/2023.json',
];
/** Path prefixes the package must not contain. */
const FORBIDDEN = ['src/', 'test/', 'bench/', 'scripts/', 'node_modules/', '.ci/'];

const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const parsed: unknown = JSON.parse(output);
const entry: unknown = Array.isArray(parsed) ? parsed[0] : undefined;
const files: string[] = [];
if (typeof entry === 'object' && entry !== null && 'files' in entry && Array.isArray(entry.files)) {
  for (const file of entry.files) {
    if (typeof file === 'object' && file !== null && 'path' in file && typeof file.path === 'string') files.push(file.path);
  }
}
const present = new Set(files);
const problems = [
  ...REQUIRED.filter((path) => !present.has(path)).map((path) => `npm pack: missing ${path}${path.startsWith('dist/') ? ' (run npm run build first)' : ''}`),
  ...files.filter((path) => FORBIDDEN.some((prefix) => path.startsWith(prefix))).map((path) => `npm pack: must not ship ${path}`),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`npm pack: ${files.length} files, including dist/, LICENSE and examples/data/`);
