// Drafting off the main thread (src/desk/drafting.ts), without a worker: a
// request waits for the next keystroke, a newer text cancels the run in
// flight, a result for an older text is never shown, and the drafts are
// those of the extraction stage. Paging (src/desk/paging.ts) keeps a chosen
// line reachable.
import { describe, expect, it } from 'vitest';
import { createDraftScheduler, draftDelayMs, draftReport, LONG_TEXT_DELAY_MS, SHORT_TEXT_DELAY_MS, type DraftingStatus, type Timers } from '../../../src/desk/drafting';
import { createDraftRunner } from '../../../src/desk/draft-off-thread';
import { clampPage, pageCount, pageOf, pageRange } from '../../../src/desk/paging';
import type { Drafts } from '../../../src/desk/review-state';
import { analyseMetrics } from '../../../src/extract';
import { shippedRules } from '../extract/helpers';

/** Timers the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear: (id) => void due.delete(id as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue;
      due.delete(id);
      t.run();
    }
  };
  return { timers, advance, pending: () => due.size };
}

/** A runner whose runs the test settles by hand. */
function fakeRunner() {
  const runs: { text: string; resolve: (d: Drafts) => void; cancelled: boolean }[] = [];
  return {
    runs,
    runner: {
      run: (text: string) => new Promise<Drafts>((resolve) => runs.push({ text, resolve, cancelled: false })),
      cancel: () => {
        for (const r of runs) r.cancelled = true;
      },
    },
  };
}

const draftOf = (text: string): Drafts => ({ text, metrics: { rows: [], figures: [] }, shortcomings: [] });
const flush = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const clock = fakeTimers();
  const fake = fakeRunner();
  const delivered: (string | null)[] = [];
  const statuses: DraftingStatus[] = [];
  const scheduler = createDraftScheduler({
    runner: fake.runner,
    deliver: (d) => delivered.push(d === null ? null : d.text),
    onStatus: (s) => statuses.push(s),
    timers: clock.timers,
  });
  return { clock, fake, delivered, statuses, scheduler };
}

describe('draft scheduler', () => {
  it('waits for the typing to pause, then drafts only the latest text', async () => {
    const { clock, fake, delivered, statuses, scheduler } = setup();
    scheduler.request('七');
    clock.advance(SHORT_TEXT_DELAY_MS - 1);
    scheduler.request('七星');
    clock.advance(SHORT_TEXT_DELAY_MS - 1);
    scheduler.request('七星镇');
    expect(fake.runs).toEqual([]);
    expect(statuses.at(-1)).toEqual({ busy: true, chars: 3 });
    clock.advance(SHORT_TEXT_DELAY_MS);
    expect(fake.runs.map((r) => r.text)).toEqual(['七星镇']);
    fake.runs[0]!.resolve(draftOf('七星镇'));
    await flush();
    expect(delivered).toEqual(['七星镇']);
    expect(statuses.at(-1)).toEqual({ busy: false, chars: 0 });
  });

  it('cancels the run in flight when a newer text is drafted, and drops a late result of the older text', async () => {
    const { clock, fake, delivered, statuses, scheduler } = setup();
    scheduler.request('报告一');
    clock.advance(SHORT_TEXT_DELAY_MS);
    scheduler.request('报告二');
    // The older run ends while the newer text waits for its turn: its drafts are not shown.
    fake.runs[0]!.resolve(draftOf('报告一'));
    await flush();
    expect(delivered).toEqual([]);
    expect(statuses.at(-1)).toEqual({ busy: true, chars: 3 });
    scheduler.request('报告三');
    clock.advance(SHORT_TEXT_DELAY_MS);
    scheduler.request('报告四');
    clock.advance(SHORT_TEXT_DELAY_MS);
    expect(fake.runs.map((r) => [r.text, r.cancelled])).toEqual([
      ['报告一', true],
      ['报告三', true],
      ['报告四', false],
    ]);
    fake.runs[1]!.resolve(draftOf('报告三'));
    fake.runs[2]!.resolve(draftOf('报告四'));
    await flush();
    expect(delivered).toEqual(['报告四']);
  });

  it('clears the drafts at once for an empty box, and ignores a request for the same text', async () => {
    const { clock, fake, delivered, scheduler } = setup();
    scheduler.request('报告');
    clock.advance(SHORT_TEXT_DELAY_MS);
    scheduler.request('报告');
    expect(fake.runs).toHaveLength(1);
    scheduler.request('  \n');
    expect(delivered).toEqual([null]);
    expect(fake.runs[0]!.cancelled).toBe(true);
    fake.runs[0]!.resolve(draftOf('报告'));
    await flush();
    expect(delivered).toEqual([null]);
    expect(clock.pending()).toBe(0);
  });

  it('delivers nothing after dispose', async () => {
    const { clock, fake, delivered, scheduler } = setup();
    scheduler.request('报告');
    clock.advance(SHORT_TEXT_DELAY_MS);
    scheduler.dispose();
    fake.runs[0]!.resolve(draftOf('报告'));
    await flush();
    expect(delivered).toEqual([]);
  });

  it('waits longer for a long text, whose drafting takes seconds', () => {
    expect(draftDelayMs('短')).toBe(SHORT_TEXT_DELAY_MS);
    expect(draftDelayMs('长'.repeat(100_000))).toBe(LONG_TEXT_DELAY_MS);
    expect(LONG_TEXT_DELAY_MS).toBeGreaterThan(SHORT_TEXT_DELAY_MS);
  });

  it('drafts what the extraction stage drafts', () => {
    const text = '全年开展普法宣传活动21场次，受教群众达1800余人次。全年排查矛盾纠纷15起，化解14起。';
    const drafts = draftReport(text, shippedRules());
    expect(drafts.text).toBe(text);
    expect(drafts.metrics).toEqual(analyseMetrics(text, { rules: shippedRules() }));
    expect(drafts.metrics.rows.map((r) => r.value)).toEqual(expect.arrayContaining([21, 1800, 15, 14]));
  });
});

describe('draft runner', () => {
  it('drafts on the main thread where no worker starts (Node, a browser without module workers)', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = '全年排查矛盾纠纷15起，化解14起。';
    const runner = createDraftRunner(shippedRules());
    const drafts = await runner.run(text);
    expect(drafts).toEqual(draftReport(text, shippedRules()));
    runner.dispose();
  });
});

describe('paging', () => {
  it('turns to the page of a chosen line and keeps pages within the list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(5934)).toBe(60);
    expect(pageOf(0)).toBe(0);
    expect(pageOf(99)).toBe(0);
    expect(pageOf(100)).toBe(1);
    expect(pageRange(59, 5934)).toEqual({ start: 5900, end: 5934 });
    // The list got shorter after an edit: the last page that exists is shown.
    expect(clampPage(59, 120)).toBe(1);
    expect(pageRange(59, 120)).toEqual({ start: 100, end: 120 });
  });
});
