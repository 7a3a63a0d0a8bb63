// npm run check-floor [-- DIST]
//
// Holds the browser floor (Chromium 80, README "Old browsers") on the built
// site without a browser: builds into test-output/floor-dist (or checks DIST),
// then
//   - es-check: every module chunk parses as the ECMAScript Chromium 80 knows
//     (syntax and the features es-check detects, browserslist "chrome 80");
//   - es-check es5: compat-check.js, the message for browsers below the floor,
//     parses in the oldest engines (IE mode of dual-core browsers included);
//   - build/floor-scan.ts: newer built-ins and CSS that es-check cannot see.
// The browser test tests/browser/old-chromium.test.ts runs the site for real.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanForFloor, type FloorHit } from '../build/floor-scan';

const ROOT = resolve(import.meta.dirname, '..');
const FLOOR_QUERY = 'chrome 80';

async function buildInto(outDir: string): Promise<void> {
  const { build } = await import('vite');
  process.env.NODE_ENV = 'production';
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
}

function esCheck(args: string[]): boolean {
  const bin = join(ROOT, 'node_modules', '.bin', 'es-check');
  try {
    execFileSync(bin, [...args, '--noColor'], { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const given = process.argv[2];
  const dist = given ? resolve(given) : join(ROOT, 'test-output', 'floor-dist');
  if (!given) await buildInto(dist);
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  // pdf.js (pdfjs-dist 3.11 legacy build, src/report-file/pdf.ts) is loaded only when a PDF report
  // is read. It carries core-js, whose polyfills for newer built-ins (Array#at, #with, structuredClone…)
  // both checks below flag by name; it runs in real Chromium 86 (tests/browser/report-files.test.ts).
  const isPdfJs = (f: string) => /^pdf[.-]/.test(f) && /pdfjsLib|pdfjsWorker/.test(readFileSync(join(assets, f), 'utf8'));
  const js = files.filter((f) => f.endsWith('.js') && !isPdfJs(f)).map((f) => join(assets, f));
  const css = files.filter((f) => f.endsWith('.css')).map((f) => join(assets, f));
  if (js.length === 0) throw new Error(`no .js files in ${assets}`);

  // replaceAll is left to the scan below, which tells a feature-tested call (write-excel-file's
  // `s.replaceAll?s.replaceAll(…):s.replace(…)`, safe on the floor) from a bare one; es-check flags both.
  let ok = esCheck(['checkBrowser', ...js, '--module', '--checkFeatures', `--browserslistQuery=${FLOOR_QUERY}`, '--ignore=StringReplaceAll']);
  ok = esCheck(['es5', join(dist, 'compat-check.js')]) && ok;

  const hits: FloorHit[] = [
    ...js.flatMap((file) => scanForFloor(file, readFileSync(file, 'utf8'), 'js')),
    ...css.flatMap((file) => scanForFloor(file, readFileSync(file, 'utf8'), 'css')),
  ];
  for (const hit of hits) console.error(`${hit.file}: ${hit.what}\n    …${hit.excerpt}…`);
  if (hits.length > 0 || !ok) {
    console.error(`check-floor: the built site uses features above Chromium 80 (${hits.length} found by the scan${ok ? '' : ', es-check failed'}).`);
    process.exit(1);
  }
  console.log(`check-floor: ${js.length} scripts and ${css.length} stylesheets hold the Chromium 80 floor.`);
}

await main();
