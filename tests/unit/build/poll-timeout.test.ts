// vitest.config.ts gives expect.poll a project-wide timeout fit for a busy
// CI machine: a value that turns true after 1.5 s is still awaited (vitest's
// own default gives up after 1 s, and this test would fail with it).
import { describe, expect, it } from 'vitest';

describe('the project-wide expect.poll timeout', () => {
  it('waits longer than vitest’s 1-second default', async () => {
    const start = Date.now();
    await expect.poll(() => Date.now() - start >= 1_500).toBe(true);
  });
});
