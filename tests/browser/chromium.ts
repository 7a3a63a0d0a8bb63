// How every browser test and the bench start Debian's chromium through
// playwright-core (no browser download works on this machine).
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  // The background-networking flags stop chromium from trying hosts it cannot
  // reach, which would otherwise show up as foreign requests.
  args: [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--no-sandbox',
  ],
};
