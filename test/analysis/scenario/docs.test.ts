/** docs/scenarios.md shows real output: its example program prints every table the page quotes, and its scenario file runs. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vnDti2022 } from '../../../src/index.js';
import { compareScenarios, parseScenarios, scoreScenarios } from '../../../src/analysis/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const page = readFileSync(new URL('../../../docs/scenarios.md', import.meta.url), 'utf8');

function blocks(language: string): string[] {
  return [...page.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1] ?? '');
}

describe('docs/scenarios.md', () => {
  it('examples/scenarios.ts prints the three tables the page shows, exactly', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'examples/scenarios.ts'], { cwd: root });
    const tables = blocks('text').filter((block) => block.includes('───'));
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(stdout).toContain(table);
    expect(stdout).toContain('economy x2: mean |shift| 0.48, 24 of 63 provinces change rank; down most: Phú Yên (3 places)');
  });

  it('the scenario file on the page is read and scored on the bundled DTI data', () => {
    const [file] = blocks('json');
    const scenarios = parseScenarios(JSON.parse(file ?? '') as unknown);
    const data = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as unknown;
    const comparison = compareScenarios(scoreScenarios(vnDti2022, data, scenarios));
    expect(comparison.scenarios.map((summary) => summary.status)).toEqual(['ok', 'ok', 'ok']);
  });
});
