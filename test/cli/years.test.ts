/** Years on the command line: --years takes the range the schemas take (1900–2200, four digits). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const readiness = (year: number): string => fileURLToPath(new URL(`../../examples/data/readiness/${year}.json`, import.meta.url));

describe('chiso panel --years', () => {
  it('refuses "0000" and other nonsense years as a usage error naming the year', async () => {
    for (const [years, wrong] of [['0000,2023', '"0000"'], ['2022,1899', '"1899"'], ['2022,9999', '"9999"']] as const) {
      const { code, stderr } = await chiso('panel', '-f', 'readiness', '-d', readiness(2022), '-d', readiness(2023), '--years', years);
      expect(code).toBe(2);
      expect(stderr).toContain(`--years "${years}": ${wrong} is not a year from 1900 to 2200`);
    }
    expect((await chiso('panel', '-f', 'readiness', '-d', readiness(2022), '-d', readiness(2023), '--years', '2022,2023')).code).toBe(0);
  });
});
