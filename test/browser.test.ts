/**
 * The core runs in a browser: bundled for the browser platform (where any `node:*` import fails
 * the build) and run in a bare JavaScript context with no `process`, `require` or `Buffer`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the browser-safe core', () => {
  it('bundles for the browser and scores DESI 2022 in a context without Node', async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'chiso',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["']node:/);
    const csv = readFileSync(new URL('../examples/data/desi-2022.csv', import.meta.url), 'utf8');
    const context = createContext({ csv });
    runInContext(code, context);
    const published = runInContext(
      `(() => { const result = chiso.score(chiso.desi2022, chiso.datasetFromCsv(csv)); const fi = result.units.find((unit) => unit.id === 'FI'); return [typeof process, typeof require, fi.nodes.desi.published, fi.nodes.desi.rank]; })()`,
      context,
    ) as unknown[];
    expect(published).toEqual(['undefined', 'undefined', '69.6', 1]);
  });

  it('bundles score + one framework in under 88 kB gzipped (268 kB minified), with only English zod messages', async () => {
    // Measured when the ceiling was set (esbuild, minified ESM, browser): score + desi2022 +
    // datasetFromCsv 180 kB minified, 57 kB gzipped — zod 99 kB of it, decimal.js 32 kB, chiso
    // 48 kB; merged with the other issue-6 branches of the time (stricter schemas, number
    // limits and locales) about 186–193 kB / 59–62 kB. Before, with `import { z } from 'zod'`,
    // the same bundle was 536 kB / 122 kB: zod's `z` export object carries every locale
    // (264 kB); `import * as z from 'zod'` lets the bundler keep only what is used. The ceiling
    // catches that import, another dependency or a data table pulled in by mistake.
    const bundle = await build({
      stdin: {
        contents: "import { datasetFromCsv, desi2022, score } from './src/index.ts'; export const run = (csv: string) => score(desi2022, datasetFromCsv(csv));",
        resolveDir: fileURLToPath(new URL('../', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const bytes = bundle.outputFiles[0]?.contents ?? new Uint8Array();
    // Files that put bytes in the output (the metafile also lists inputs that tree-shaking dropped).
    const kept = Object.values(bundle.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    const locales = kept.filter((path) => /zod\/v4\/locales\/(?!index)/.test(path));
    expect(locales.map((path) => path.replace(/.*\//, ''))).toEqual(['en.js']);
    // 67.1 kB gzipped after the argument and saved-result checks of the public API came in (issue 6,
    // third round); the ceiling moved from 66 to 70 kB with them. The certified-exact path of
    // issue 7 (engine/integer-run.ts, engine/digits.ts: exact linear scoring on integers in
    // doubles) added 10.4 kB minified, 3.7 kB gzipped (69.0 → 72.7 kB): the gzipped ceiling was 74 kB.
    // The methods of issue 9 §2 (rank, Borda, benchmark, categories, power mean, Copeland, custom;
    // every method is in the registry, so every bundle that scores carries them) took it from
    // 225.0 to 238.0 kB minified, 72.8 to 76.8 kB gzipped. Column mappings for CSV (issue 8:
    // io/mapping.ts, the mapping roles in io/table.ts) added about 3 kB minified and 1.3 kB
    // gzipped; the province registry stays out (it is passed in as matchUnits). Issue 9's
    // construction steps run inside score() (a framework declares them, so every scoring path
    // must apply them): screen, impute, treat, denominate and their exact statistics added 15.3 kB
    // minified, 5.1 kB gzipped. Texts on demand (engine/on-demand.ts, the certified path's typed
    // columns, radix ranks) added 3.1 kB minified, 1.2 kB gzipped. All merged: 263.5 kB minified, 85.5 kB gzipped;
    // the ceilings are 268 kB and 88 kB.
    expect(bytes.length).toBeLessThan(268_000);
    expect(gzipSync(bytes).length).toBeLessThan(88_000);
  });

  it('stays under a size ceiling: the whole core, zod and decimal.js included, under 118 kB gzipped', async () => {
    // Measured at 229 kB minified, 71.5 kB gzipped when the ceiling was set (about 74 kB with the
    // other issue-6 branches; 136 kB gzipped before zod was imported as a namespace). Raised from
    // 85 kB when the sensitivity core came in (issue 7 §4: 79.2 → 89.8 kB, of which 3.2 kB are the
    // 256 dimensions of Joe–Kuo direction numbers); an application that imports only `score` does
    // not carry it (the test above: tree-shaking keeps the bundle of score + a framework small).
    // Merged with the second round of issue-6 fixes (CSV, saved results, JSON checks) the whole core
    // measured 95.4 kB, and 103 kB with the argument checks of every public function, so the
    // ceiling was 110 kB. With the analysis tools moved to their own entry point (chiso/analysis,
    // issue 7) and the methods' float64 forms added, the core measured 92.9 kB: the ceiling was
    // 100 kB. The methods of issue 9 §2 (3.9 kB), its construction steps (5.1 kB), the COINr
    // import/export (2.6 kB), column mappings and tables fitted to the terminal (issue 8) took the
    // core from 97.5 to 115.6 kB gzipped (texts on demand included): the ceiling is 118 kB.
    // (importCoinr/exportCoinr could move to another entry point if the core must shrink.)
    const bundle = await build({ entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    expect(gzipSync(bundle.outputFiles[0]?.contents ?? new Uint8Array()).length).toBeLessThan(118_000);
  });

  it("runs chiso/analysis in a context without Node: Monte Carlo on DESI 2022 with the fast engine, under 160 kB gzipped", async () => {
    // The analysis entry point (fast engine, scenarios, uncertainty, Sobol', targets) is browser-safe
    // like the core, and separate from it: an application that only scores does not carry it.
    // Measured at 108 kB gzipped for the whole entry when this test was written (zod and decimal.js,
    // shared with the core, included); 117 kB before the statistical audit (issue 9 §3–4), which
    // brought ml-matrix for the symmetric eigen-decomposition (18 kB gzipped: its Matrix class does
    // not tree-shake) and 8 kB of its own: 143 kB, hence a ceiling of 150 kB; merged with the
    // methods, construction steps and column mappings of issues 8–9 the entry measured 153.5 kB: 160 kB.
    const whole = await build({ entryPoints: [fileURLToPath(new URL('../src/analysis/index.ts', import.meta.url))], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    expect(gzipSync(whole.outputFiles[0]?.contents ?? new Uint8Array()).length).toBeLessThan(160_000);
    const bundle = await build({
      stdin: {
        contents: "export * from './src/analysis/index.ts'; export { datasetFromCsv, desi2022 } from './src/index.ts';",
        resolveDir: fileURLToPath(new URL('../', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'chisoAnalysis',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["']node:/);
    const csv = readFileSync(new URL('../examples/data/desi-2022.csv', import.meta.url), 'utf8');
    const context = createContext({ csv, setTimeout });
    runInContext(code, context);
    const summary = (await runInContext(
      `(async () => { const { fastModel, uncertainty, datasetFromCsv, desi2022 } = chisoAnalysis; const result = await uncertainty(fastModel(desi2022, datasetFromCsv(csv)), { runs: 50, seed: 1 }); return [typeof process, typeof require, result.status.ok, result.units.length]; })()`,
      context,
    )) as unknown[];
    expect(summary).toEqual(['undefined', 'undefined', 50, 28]);
  });
});
