// Old headless Chromium builds for the floor and print tests (issues 11, 19).
// They ship as brotli-compressed binaries inside npm packages (devDependencies,
// installed from the lockfile like any package): chrome-aws-lambda 2.1.1
// (installed as "chromium-80") = Chromium 80, chrome-aws-lambda 5.3.1 = 86,
// chrome-aws-lambda 10.1.0 ("chromium-92") = 92, @sparticuz/chrome-aws-lambda
// 14.4.1 ("chromium-103") = 103 and 17.1.3 ("chromium-106") = 106,
// @sparticuz/chromium 109.0.6 ("chromium-109") = 109. Only bin/chromium.br is
// needed here: the packages' swiftshader.tar.br (GL) and aws.tar.br (NSS,
// fonts for Lambda) are for machines without those libraries; with --disable-gpu
// and Debian's own NSS and fonts the binaries run as they are.
// Unpacked once into node_modules/.cache/old-chromium/, never committed.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { PROJECT_ROOT } from './site';

export interface OldChromium {
  /** The Chromium major version the package ships. */
  major: number;
  /** The npm package (folder under node_modules) that holds bin/chromium.br. */
  packageDir: string;
}

export const CHROMIUM_80: OldChromium = { major: 80, packageDir: 'chromium-80' };
export const CHROMIUM_86: OldChromium = { major: 86, packageDir: 'chrome-aws-lambda' };
export const CHROMIUM_92: OldChromium = { major: 92, packageDir: 'chromium-92' };
export const CHROMIUM_103: OldChromium = { major: 103, packageDir: 'chromium-103' };
export const CHROMIUM_106: OldChromium = { major: 106, packageDir: 'chromium-106' };
export const CHROMIUM_109: OldChromium = { major: 109, packageDir: 'chromium-109' };

/** Every old build the print tests use, oldest first. */
export const OLD_CHROMIUMS: readonly OldChromium[] = [CHROMIUM_80, CHROMIUM_86, CHROMIUM_92, CHROMIUM_103, CHROMIUM_106, CHROMIUM_109];

/**
 * The flags chrome-aws-lambda itself starts its Chromium with that matter off
 * Lambda: no sandbox (root), no zygote, no GPU, and no traffic to Google.
 */
export const OLD_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-sync',
  '--disable-breakpad',
  '--no-first-run',
  '--no-pings',
  '--hide-scrollbars',
  '--mute-audio',
];

/** Unpacks the binary if needed and returns its path. */
export function oldChromiumPath(build: OldChromium): string {
  const packageRoot = join(PROJECT_ROOT, 'node_modules', build.packageDir);
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const dir = join(PROJECT_ROOT, 'node_modules', '.cache', 'old-chromium', `${build.packageDir}-${version}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const packed = join(packageRoot, 'bin', 'chromium.br');
  if (!existsSync(packed)) throw new Error(`${packed} is missing: run npm ci`);
  mkdirSync(dir, { recursive: true });
  // Written under another name first: a run stopped half-way leaves no broken binary behind.
  const partial = `${binary}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(packed)));
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return binary;
}
