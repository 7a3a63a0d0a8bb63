// Review tool, not a test: draws every chart of a data folder at several
// widths (ECharts SSR → SVG, then headless chromium → PNG) so a person can
// look at label overlap, hatching and print sizes without building the site.
//
//   npx tsx tests/unit/charts/render-pngs.ts [--data data] [--out test-output/charts]
//       [--widths 390,1024,1440] [--print] [--no-title] [--years 2024] [--scale 2]
//
// --print builds with `forPrint: true` (print row height and row cap) and
// draws a frame of the A4 landscape printable height beside the chart.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDataset, DATA_FILES, type DataFileBytes, type DataFileKey } from '../../../src/data';
import { buildDashboardModel } from '../../../src/model';
import type { ChartBuildOptions } from '../../../src/charts/types';
import { allSpecs } from './specs';
import { renderToSvg } from './ssr';

/** A4 landscape inside 10 mm margins: 190 mm at 96 px per inch. */
const A4_LANDSCAPE_PRINTABLE_HEIGHT_PX = Math.floor((190 * 96) / 25.4);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadFolder(dir: string) {
  const bytes = {} as DataFileBytes;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    try {
      bytes[key] = new Uint8Array(readFileSync(join(dir, DATA_FILES[key])));
    } catch {
      bytes[key] = null;
    }
  }
  return buildDataset(bytes);
}

async function main(): Promise<void> {
  const dataDir = resolve(arg('--data') ?? 'data');
  const outDir = resolve(arg('--out') ?? 'test-output/charts');
  const widths = (arg('--widths') ?? '390,1024,1440').split(',').map(Number);
  const years = arg('--years')?.split(',').map(Number);
  const forPrint = process.argv.includes('--print');
  const showTitle = !process.argv.includes('--no-title');
  mkdirSync(outDir, { recursive: true });

  const model = buildDashboardModel(loadFolder(dataDir), years ? { years } : {});
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    // --scale 2 for a close look at hatching and small text.
    const page = await browser.newPage({ deviceScaleFactor: Number(arg('--scale') ?? 1) });
    for (const width of widths) {
      const options: ChartBuildOptions = { width, forPrint, showTitle, animation: false };
      const drawn: string[] = [];
      for (const spec of allSpecs(model, options)) {
        const svg = renderToSvg(spec, width);
        const frame = forPrint
          ? `<div style="position:absolute;left:${width + 4}px;top:0;width:6px;height:${A4_LANDSCAPE_PRINTABLE_HEIGHT_PX}px;background:#c00"></div>`
          : '';
        const height = Math.max(spec.height, forPrint ? A4_LANDSCAPE_PRINTABLE_HEIGHT_PX : 0);
        await page.setViewportSize({ width: width + 16, height });
        await page.setContent(`<html><body style="margin:0;position:relative;background:#fff">${svg}${frame}</body></html>`);
        const name = `${spec.id.replace(/[^a-z0-9-]+/gi, '_')}-${width}${forPrint ? '-print' : ''}.png`;
        writeFileSync(join(outDir, name), await page.screenshot({ fullPage: true }));
        console.log(`${name}  height ${spec.height}px  rows ${spec.shownRowKeys.length}`);
        drawn.push(`<div style="border-bottom:2px solid #888">${svg}</div>`);
      }
      // Every chart of one width on one sheet, for a quick look.
      await page.setViewportSize({ width: width + 16, height: 400 });
      await page.setContent(`<html><body style="margin:0;background:#fff">${drawn.join('')}</body></html>`);
      const sheet = `all-${width}${forPrint ? '-print' : ''}.png`;
      writeFileSync(join(outDir, sheet), await page.screenshot({ fullPage: true }));
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
