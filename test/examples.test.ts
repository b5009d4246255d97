/** The examples in examples/ run and print what the README says they print. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

describe('examples', () => {
  it('quickstart.ts prints the DESI 2022 top five and explains Austria', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'examples/quickstart.ts'], { cwd: root });
    expect(stdout).toContain('   1  FI    Finland           69.6');
    expect(stdout).toContain('Finland: 69.6 (rank 1)');
    expect(stdout).toContain('full precision: 69.59762995410375629381035631035631035631');
    expect(stdout).toContain('Austria ranks 10 of 27; best: Selling online cross-border');
    expect(stdout).toContain('1a1 weighs 6.25% and adds 3.96');
  });

  it('asem.ts builds COINr\'s ASEM example (screen, impute, treat, normalise, aggregate) and prints its top five', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'examples/asem.ts'], { cwd: root });
    // the order and scores agree with test/fixtures/asem/coinr_build.json (numpy reimplementation of COINr's build)
    expect(stdout).toContain('   1  CHE   Switzerland                   68.3837');
    expect(stdout).toContain('65 values imputed (group-mean); no unit screened out; 35 values treated in 15 indicators');
  });
});
