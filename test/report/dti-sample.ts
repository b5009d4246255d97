/**
 * The bundled DTI 2022 sample (examples/data/vn-dti-2022: synthetic values for the 63 provinces,
 * 2022 and 2023) scored with the built-in framework, for the report's tests; and the same data with
 * hostile unit names, to check that every name is escaped.
 */
import { readFileSync } from 'node:fs';
import { score } from '../../src/engine/score.js';
import type { ScoreResult } from '../../src/engine/result.js';
import { builtinFramework } from '../../src/frameworks/index.js';
import type { DatasetInput } from '../../src/model/dataset.js';

export const framework = builtinFramework('vn-dti-2022');

export function sampleData(year: 2022 | 2023): DatasetInput {
  return JSON.parse(readFileSync(new URL(`../../examples/data/vn-dti-2022/${year}.json`, import.meta.url), 'utf8')) as DatasetInput;
}

export const current: ScoreResult = score(framework, sampleData(2023));
export const previous: ScoreResult = score(framework, sampleData(2022));

/** Names a hostile data file could give: markup, an attribute break-out, a terminal escape, a bidi override, a lone surrogate. */
export const HOSTILE_NAMES = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "it's & <b>", 'Esc \u001b[2J bell \u0007', 'abc\u202Efed', 'half \uD800 surrogate'];

/** The 2023 sample with the first units renamed to {@link HOSTILE_NAMES} (and one hostile group). */
export function hostileResult(): ScoreResult {
  const data = sampleData(2023);
  const units = data.units.map((unit, index) => (index < HOSTILE_NAMES.length ? { ...unit, name: HOSTILE_NAMES[index] as string, groups: { region: '<i>region</i>' } } : unit));
  return score(framework, { ...data, units });
}
