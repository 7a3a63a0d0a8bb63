// Where the keyboard focus is after an export and when the provenance panel
// opens (issue 19): after 导出Word, 导出Excel, 下载表格CSV and 下载PNG, used from
// the keyboard, the focus is still on the button — while the file is made
// and after — not on the page body; the provenance panel, opened by keyboard
// or by mouse, puts the focus on an element whose focus ring shows, at least
// 2 px wide and at 3:1 contrast or more against the panel.
// Screenshots: test-output/screenshots/focus-*.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoAndWait, openPageForFile, screenshotPath, siteUrl } from './helpers';

let page: Page;
openPageForFile((opened) => {
  page = opened.page;
});

const activeText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const activeIsBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

/** Presses Enter on the focused button and waits for the file; checks the focus meanwhile and after. */
async function exportFromKeyboard(button: Locator, label: string): Promise<string> {
  await button.focus();
  expect(await activeText()).toBe(label);
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.keyboard.press('Enter');
  // While the file is made (导出Word draws every chart first): still on the button.
  expect(await activeText(), `${label}: focus while the file is made`).toBe(label);
  const file = await download;
  await expect.poll(() => button.getAttribute('aria-busy'), { timeout: 30_000 }).not.toBe('true');
  expect(await activeIsBody(), `${label}: focus fell to the page body`).toBe(false);
  expect(await activeText(), `${label}: focus after the file is made`).toBe(label);
  return file.suggestedFilename();
}

/** WCAG relative luminance of an rgb()/rgba() colour string (alpha ignored: the ring is opaque). */
function luminance(color: string): number {
  const parts = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!parts) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = [parts[1], parts[2], parts[3]].map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

interface Ring {
  tag: string;
  text: string;
  insidePanel: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  panelBackground: string;
}

function focusRing(): Promise<Ring> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    const panel = document.querySelector('.provenance');
    return {
      tag: active.tagName,
      text: active.textContent?.trim().slice(0, 20) ?? '',
      insidePanel: panel !== null && panel.contains(active),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      panelBackground: panel ? getComputedStyle(panel).backgroundColor : '',
    };
  });
}

function expectVisibleRing(ring: Ring, how: string) {
  expect(ring.insidePanel, `${how}: focus in the panel (${ring.tag} ${ring.text})`).toBe(true);
  expect(ring.outlineStyle, `${how}: a focus ring on ${ring.tag} ${ring.text}`).not.toBe('none');
  expect(ring.outlineWidth, `${how}: ring width`).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.outlineColor, ring.panelBackground), `${how}: ring ${ring.outlineColor} on ${ring.panelBackground}`).toBeGreaterThanOrEqual(3);
}

describe('focus after an export', () => {
  it('stays on 导出Word while the brief is made and after', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=brief'));
    const name = await exportFromKeyboard(page.getByRole('button', { name: '导出Word' }), '导出Word');
    expect(name).toMatch(/\.docx$/);
  });

  it('stays on 导出Excel, 下载表格CSV and 下载PNG', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    expect(await exportFromKeyboard(page.getByRole('button', { name: '导出Excel' }), '导出Excel')).toMatch(/\.xlsx$/);
    const firstCard = page.locator('figure.chart-card').first();
    expect(await exportFromKeyboard(firstCard.getByRole('button', { name: '下载表格CSV' }), '下载表格CSV')).toMatch(/\.csv$/);
    expect(await exportFromKeyboard(firstCard.getByRole('button', { name: '下载PNG' }), '下载PNG')).toMatch(/\.png$/);
  });
});

describe('focus when the provenance panel opens', () => {
  it('lands on an element with a visible ring, opened by keyboard and by mouse', async () => {
    await gotoAndWait(page, siteUrl('shipped', '#view=outreach'));
    const figure = page.locator('.chart-card__table button.figure').first();

    await figure.focus();
    await page.keyboard.press('Enter');
    await page.locator('.provenance').waitFor();
    expectVisibleRing(await focusRing(), 'opened by keyboard');
    await page.locator('.provenance__header').screenshot({ path: screenshotPath('focus-provenance-keyboard') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.provenance').count()).toBe(0);

    await figure.click();
    await page.locator('.provenance').waitFor();
    expectVisibleRing(await focusRing(), 'opened by mouse');
    await page.locator('.provenance__header').screenshot({ path: screenshotPath('focus-provenance-mouse') });
    await page.keyboard.press('Escape');
  });
});
