/**
 * Builds the interactive page into examples/web/dist (or another folder): the bundled script, the
 * HTML and CSS, and the sample data the page fetches. esbuild reads examples/web/tsconfig.json, whose
 * `paths` point `chiso`, `chiso/analysis` and `chiso/report` at this repository's sources — so the
 * page imports chiso exactly as an app that installed it does.
 *
 *     npm run example:web              # build examples/web/dist
 *     npm run example:web -- --serve   # build, then serve it on http://127.0.0.1:8000
 *
 * @module
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, context } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The sample the page shows: synthetic DTI 2022 component data for the 63 provinces, 2023. */
export const SAMPLE_DATA = fileURLToPath(new URL('../data/vn-dti-2022/2023.json', import.meta.url));

/** Options for {@link buildWebExample}. */
export interface BuildWebExampleOptions {
  /** Where to write the page (default examples/web/dist); emptied first. */
  readonly outdir?: string;
  /** Minify the script (default true). */
  readonly minify?: boolean;
}

/** What the static files are, relative to the output folder. */
const STATIC_FILES = [
  ['index.html', 'index.html'],
  ['style.css', 'style.css'],
] as const;

/**
 * Builds the page: `main.js` (src/main.ts and chiso, bundled for the browser), `index.html`,
 * `style.css` and `data/2023.json`. Returns the output folder.
 *
 * @example
 * const folder = await buildWebExample({ outdir: '/tmp/chiso-web' }); // => '/tmp/chiso-web'
 */
export async function buildWebExample(options: BuildWebExampleOptions = {}): Promise<string> {
  const outdir = options.outdir ?? join(here, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(join(outdir, 'data'), { recursive: true });
  await build({
    entryPoints: [join(here, 'src/main.ts')],
    outfile: join(outdir, 'main.js'),
    tsconfig: join(here, 'tsconfig.json'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const [source, target] of STATIC_FILES) copyFileSync(join(here, source), join(outdir, target));
  copyFileSync(SAMPLE_DATA, join(outdir, 'data/2023.json'));
  return outdir;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = await buildWebExample();
  console.log(`examples/web: built ${outdir}`);
  if (process.argv.includes('--serve')) {
    const server = await (await context({})).serve({ servedir: outdir, host: '127.0.0.1', port: 8000 });
    console.log(`serving on http://${server.hosts[0] ?? '127.0.0.1'}:${server.port}/ (Ctrl+C stops)`);
  }
}
