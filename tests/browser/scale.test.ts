// A generated data set of many townships (tests/generate-townships.ts): the
// charts stay readable — one row per township at a fixed height, labels that
// do not overlap, a scroll box for tall charts, and above the row cap the
// rest in the table with a note.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chartIds, foreignRequests, gotoAndWait, openPageForFile, screenshotPath, siteUrl, tableRowHeaders, type OpenedPage } from './helpers';
import { reportCount, reportYears } from './site-data';

const TOWNSHIP_CHARTS = ['outreach:outreach_events', 'outreach:outreach_reach', 'outreach:outreach_materials', 'disputes', 'success-rate', 'shortcoming-matrix'];
const VIEW_OF: Record<string, string> = {
  'outreach:outreach_events': 'outreach',
  'outreach:outreach_reach': 'outreach',
  'outreach:outreach_materials': 'outreach',
  disputes: 'disputes',
  'success-rate': 'disputes',
  'shortcoming-matrix': 'shortcomings',
};

let opened: OpenedPage;
let page: Page;

openPageForFile((o) => {
  opened = o;
  page = o.page;
});

/** Bounding boxes of the chart's texts that are one of `labels` (the category axis). */
async function labelBoxes(p: Page, chartId: string, labels: string[]) {
  return p.locator(`figure[data-chart-id="${chartId}"] .echart svg text`).evaluateAll(
    (nodes, wanted) =>
      nodes
        .filter((n) => wanted.includes(n.textContent ?? ''))
        .map((n) => {
          const r = n.getBoundingClientRect();
          return { text: n.textContent ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
    labels,
  );
}

function overlaps(boxes: { top: number; bottom: number; left: number; right: number }[]): number {
  let count = 0;
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const vertical = b.top < a.bottom - 1;
    const horizontal = b.left < a.right - 1 && a.left < b.right - 1;
    if (vertical && horizontal) count++;
  }
  return count;
}

describe('readable at scale', () => {
  const townships = inject('generatedTownships');
  // Rows compared = townships with a report that year: one without is named once above, not drawn (无报告).
  const latestYear = Math.max(...reportYears('generated'));
  const withReport = reportCount('generated', latestYear);

  it(`draws every one of ${townships} townships on its own row, without overlapping labels`, async () => {
    let lastView = '';
    for (const chartId of TOWNSHIP_CHARTS) {
      const view = VIEW_OF[chartId]!;
      if (view !== lastView) {
        await gotoAndWait(page, siteUrl('generated', `#view=${view}`));
        await page.screenshot({ path: screenshotPath(`scale-${view}`), fullPage: false });
        lastView = view;
      }
      expect(await chartIds(page)).toContain(chartId);
      const rows = await tableRowHeaders(page, chartId);
      expect(rows).toHaveLength(withReport);
      const boxes = await labelBoxes(page, chartId, rows);
      // Every township's label is drawn (rows ≤ the screen cap of 40) …
      expect(new Set(boxes.map((b) => b.text)).size, chartId).toBe(withReport);
      if (withReport < townships) expect(await page.locator('.no-report-note').count()).toBe(1);
      // … none overlaps another, and each row has at least 14 px.
      expect(overlaps(boxes), chartId).toBe(0);
      const tops = boxes.map((b) => b.top).sort((a, b) => a - b);
      const gaps = tops.slice(1).map((t, i) => t - tops[i]!).filter((g) => g > 1);
      expect(Math.min(...gaps), chartId).toBeGreaterThanOrEqual(14);
      // A chart that tall scrolls in its own box instead of stretching the page.
      const box = page.locator(`figure[data-chart-id="${chartId}"] .chart-card__chart`);
      expect(await box.getAttribute('class')).toContain('chart-card__chart--scroll');
    }
  });

  it('above the row cap draws the first rows and leaves the rest to the table, with a note', async () => {
    const years = reportYears('generated');
    expect(years.length).toBeGreaterThan(1);
    await gotoAndWait(page, siteUrl('generated', '#view=outreach&year=all'));
    const chartId = 'outreach:outreach_events';
    const rows = await tableRowHeaders(page, chartId);
    expect(rows).toHaveLength(reportCount('generated'));
    const drawn = await labelBoxes(page, chartId, rows);
    expect(drawn.length).toBeLessThan(rows.length);
    expect(overlaps(drawn)).toBe(0);
    const notes = await page.locator(`figure[data-chart-id="${chartId}"] .chart-card__notes`).textContent();
    expect(notes).toContain(`其余${rows.length - drawn.length}份报告见表格`);
    await page.screenshot({ path: screenshotPath('scale-outreach-all-years'), fullPage: false });
  });

  it('shows a card per township on the overview', async () => {
    await gotoAndWait(page, siteUrl('generated', '#view=overview'));
    expect(await page.locator('article.card').count()).toBe(withReport);
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(foreignRequests(opened.record)).toEqual([]);
  });
});
