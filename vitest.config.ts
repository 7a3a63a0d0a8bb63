import { defineConfig } from 'vitest/config';

// expect.poll's default gives up after 1 s: on a busy 2-core CI machine (seven
// other builds and browsers at once) a page can take longer than that to draw,
// and a poll that times out is a red test with no regression behind it. Every
// project (inline projects do not inherit the root's test options) polls for up to 15 s, every 100 ms; a test may still ask for more.
const POLL = { timeout: 15_000, interval: 100 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          expect: { poll: POLL },
          // Rendering charts to SVG and building .docx files takes over the 5 s default
          // when other builds share the 2 cores (seen: 6–7 s).
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          expect: { poll: POLL },
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One chromium at a time: this machine has 2 cores.
          fileParallelism: false,
          // A Word export of many townships through LibreOffice takes over 2 minutes
          // when the 2 cores are shared with other builds (seen: 131 s and 251 s).
          testTimeout: 360_000,
          hookTimeout: 300_000,
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
