import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run many cases through the exact engine; give them room on a shared machine.
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
