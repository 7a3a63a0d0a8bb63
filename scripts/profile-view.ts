// npx tsx scripts/profile-view.ts [DIR] [STATE] — a CPU profile of one view of a
// built site (default: bench-output/generated, view=brief): time to "all charts
// drawn" and the functions that took the most time until then (self time,
// CPU-time proportions stay meaningful on a busy machine when wall time does not).
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../tests/browser/chromium';
import { PROJECT_ROOT } from '../tests/browser/site';
import { startStaticServer } from '../tests/browser/static-server';
import { waitForQuietMachine } from './quiet-machine';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(PROJECT_ROOT, 'bench-output', 'generated');
  const state = process.argv[3] ?? 'view=brief';
  const server = await startStaticServer([{ prefix: '/p/', root: dir }]);
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await waitForQuietMachine();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/p/#${state}`);
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, { timeout: 300_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('charts-ready')[0]?.startTime ?? Number.NaN);
    const dataMs = await page.evaluate(() => performance.getEntriesByName('data-loaded')[0]?.startTime ?? Number.NaN);
    // PROFILE_UNTIL=quotes: profile on to the end of the quote check (the last loading stage).
    if (process.env.PROFILE_UNTIL === 'quotes') {
      await page.waitForFunction(() => /引文核对完成|引文核对没有完成/.test(document.body.textContent ?? ''), null, { timeout: 300_000 });
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    writeFileSync('/tmp/view.cpuprofile', JSON.stringify(profile));
    const selfTime = new Map<number, number>();
    profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
      byName.set(key, (byName.get(key) ?? 0) + (selfTime.get(node.id) ?? 0));
    }
    const total = [...byName.values()].reduce((a, b) => a + b, 0);
    const started = Date.now();
    const quotesDone = await page
      .waitForFunction(() => /引文核对完成|引文核对没有完成/.test(document.body.textContent ?? ''), null, { timeout: Number(process.env.PROFILE_QUOTE_WAIT_MS ?? 60_000) })
      .then(() => true, () => false);
    console.log(quotesDone ? `quote check done ${Date.now() - started} ms after the charts` : 'quote check still running');
    const counts = await page.evaluate(() => ({
      charts: document.querySelectorAll('figure.chart-card').length,
      tableRows: document.querySelectorAll('tbody tr').length,
      endnotes: document.querySelectorAll('.brief__endnotes li').length,
      nodes: document.getElementsByTagName('*').length,
    }));
    console.log(`${state}: data loaded at ${dataMs.toFixed(0)} ms, charts drawn at ${ms.toFixed(0)} ms; profiled ${(total / 1000).toFixed(0)} ms; ${JSON.stringify(counts)}`);
    for (const [key, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
