// Labels that must not overprint, measured where only a browser can judge
// (issue 24 item 5): the unit tests in tests/unit/charts place labels with the
// code's own text-width estimate, which cannot catch the estimate being wrong.
// Here chromium draws the charts with its fonts, on screen at phone to desktop
// widths and on paper, and the drawn text boxes are compared.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { printableBox, type PrintOrientation } from '../../src/print/paper';
import { gotoAndWait, openPageForFile, siteUrl, waitForCharts } from './helpers';
import { PROJECT_ROOT, copySiteWithData } from './site';
import { startStaticServer, type StaticServer } from './static-server';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const SITE_PATH = '/county/equal-disputes/dashboard/';
const EQUAL_SITE = join(PROJECT_ROOT, 'test-output', 'browser-site', 'equal-disputes');
const EQUAL_TOWNSHIPS = 40;

let page: Page;
let server: StaticServer;
openPageForFile((o) => {
  page = o.page;
});

/**
 * Forty townships whose two dispute figures are equal or nearly so: the two
 * value labels of each grouped row sit at almost the same place.
 */
function writeEqualDisputes(dataDir: string): void {
  const townships = ['id,name,county,prefecture,province'];
  const reports = ['township_id,year,title,published,file'];
  const metrics = ['township_id,year,metric,item,value,unit,bound,quote,note'];
  for (let i = 0; i < EQUAL_TOWNSHIPS; i++) {
    const [screened, resolved] = [200 - i, 200 - i - (i % 3)];
    townships.push(`t${i},第${i}乡,甲县,甲市,甲省`);
    reports.push(`t${i},2024,第${i}乡2024年法治政府建设情况报告,,reports/t${i}-2024.txt`);
    metrics.push(`t${i},2024,disputes_screened,排查矛盾纠纷,${screened},起,exact,排查矛盾纠纷${screened}起,`);
    metrics.push(`t${i},2024,disputes_resolved,化解矛盾纠纷,${resolved},起,exact,化解矛盾纠纷${resolved}起,`);
    writeFileSync(join(dataDir, 'reports', `t${i}-2024.txt`), `第${i}乡2024年法治政府建设情况报告\n全年排查矛盾纠纷${screened}起，化解矛盾纠纷${resolved}起。\n`);
  }
  writeFileSync(join(dataDir, 'townships.csv'), `${townships.join('\n')}\n`);
  writeFileSync(join(dataDir, 'reports.csv'), `${reports.join('\n')}\n`);
  writeFileSync(join(dataDir, 'metrics.csv'), `${metrics.join('\n')}\n`);
  writeFileSync(join(dataDir, 'shortcomings.csv'), 'township_id,year,category,quote\n');
}

beforeAll(async () => {
  await copySiteWithData(inject('shippedDir'), EQUAL_SITE, writeEqualDisputes);
  server = await startStaticServer([{ prefix: SITE_PATH, root: EQUAL_SITE }]);
});

afterAll(async () => {
  await server?.close();
});

/** The drawn text boxes of each chart on the page, by chart id. */
async function chartTextBoxes(p: Page): Promise<Map<string, Box[]>> {
  const entries = await p.locator('figure.chart-card').evaluateAll((figures) =>
    figures.map((figure) => [
      figure.getAttribute('data-chart-id') ?? '',
      [...figure.querySelectorAll('.echart svg text')]
        .map((node) => {
          // The glyphs' em box: as wide as drawn, as tall as the font size, centred on the
          // line box (which adds the font's line gap above and below the glyphs).
          const rect = node.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(node).fontSize) || rect.height;
          const middle = (rect.top + rect.bottom) / 2;
          return { text: node.textContent ?? '', left: rect.left, right: rect.right, top: middle - size / 2, bottom: middle + size / 2 };
        })
        .filter((box) => box.text.trim() !== '' && box.right > box.left),
    ] as const),
  );
  return new Map(entries.map(([id, boxes]) => [id, boxes as Box[]]));
}

/** Numbers of the value axis: plain numbers on the chart's lowest row of plain numbers. */
function valueAxisLabels(boxes: readonly Box[]): Box[] {
  const numbers = boxes.filter((box) => /^\d[\d,.]*万?$/.test(box.text));
  if (numbers.length === 0) return [];
  const axisTop = Math.max(...numbers.map((box) => Math.round(box.top)));
  return numbers.filter((box) => Math.abs(Math.round(box.top) - axisTop) <= 2).sort((a, b) => a.left - b.left);
}

/** Pairs of em boxes that overprint (more than half a pixel of overlap both ways). */
function overprinting(boxes: readonly Box[]): string[] {
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) clashes.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return clashes;
}

/** Puts the page in print mode at paper width (as printing does), runs `check`, and puts it back. */
async function inPrint(p: Page, orientation: PrintOrientation, check: () => Promise<void>): Promise<void> {
  const box = printableBox(orientation);
  const viewport = p.viewportSize();
  await p.evaluate(() => {
    document.documentElement.dataset.chartsReady = 'stale';
    window.dispatchEvent(new Event('beforeprint'));
  });
  await p.setViewportSize({ width: box.widthPx, height: box.heightPx });
  await p.emulateMedia({ media: 'print' });
  try {
    await waitForCharts(p);
    await check();
  } finally {
    await p.emulateMedia({ media: null });
    if (viewport) await p.setViewportSize(viewport);
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  }
}

describe('drawn labels, measured in the browser', () => {
  for (const width of [340, 390, 1024, 1440]) {
    it(`value-axis numbers never overprint at ${width}px, with five townships and with many`, async () => {
      await page.setViewportSize({ width, height: 900 });
      let axes = 0;
      for (const url of [siteUrl('shipped', '#view=brief'), siteUrl('generated', '#view=brief')]) {
        await page.goto('about:blank');
        await gotoAndWait(page, url);
        for (const [id, boxes] of await chartTextBoxes(page)) {
          if (id === 'shortcoming-matrix') continue;
          const labels = valueAxisLabels(boxes);
          expect(labels.length, `${url} ${id} draws its scale`).toBeGreaterThanOrEqual(2);
          expect(overprinting(labels), `${url} ${id} at ${width}px`).toEqual([]);
          axes += 1;
        }
      }
      expect(axes).toBeGreaterThan(4);
    });
  }

  it('the two value labels of a grouped row never overprint, even with equal values, on screen and on paper', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('about:blank');
    await gotoAndWait(page, `${server.origin}${SITE_PATH}#view=disputes`);
    const disputeLabels = async () => ((await chartTextBoxes(page)).get('disputes') ?? []).filter((box) => /^[\d.]+起$/.test(box.text));
    const onScreen = await disputeLabels();
    expect(onScreen.length).toBeGreaterThanOrEqual(2 * 10);
    expect(overprinting(onScreen)).toEqual([]);
    for (const orientation of ['landscape', 'portrait'] as const) {
      await inPrint(page, orientation, async () => {
        const onPaper = await disputeLabels();
        expect(onPaper.length, orientation).toBeGreaterThanOrEqual(2 * 10);
        expect(overprinting(onPaper), orientation).toEqual([]);
      });
    }
  });
});
