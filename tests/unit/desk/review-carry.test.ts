// The 报告解析 page's review logic (src/desk/review-state.ts and
// review-carry.ts), without React: when the report's text changes, the
// reviewer's edits follow their figures, accepted rows whose figure changed
// go back to pending, and worked-on rows whose figure vanished are kept aside.
import { describe, expect, it } from 'vitest';
import { analyseMetrics, extractShortcomings } from '../../../src/extract';
import type { MetricRowState, ShortcomingRowState } from '../../../src/desk/draft-rows';
import {
  dropKeptAside,
  initialReview,
  keptAsideCount,
  reviewForDrafts,
  type Drafts,
  type ReviewState,
} from '../../../src/desk/review-state';
import { shippedRules } from '../extract/helpers';

const REPORT = [
  '全年共排查矛盾纠纷26起，化解25起，接待群众来访50人次。',
  '二、存在的问题和不足',
  '一是法律专业人才缺乏，人员力量薄弱。二是普法宣传形式单一，针对性不强。',
  '',
].join('\n');

function draftsOf(text: string): Drafts {
  const options = { townshipId: 'gesang', year: 2025, rules: shippedRules() };
  return { text, metrics: analyseMetrics(text, options), shortcomings: extractShortcomings(text, options) };
}

function metricRow(state: ReviewState, metric: string): MetricRowState {
  const row = state.metricRows.find((r) => r.metric === metric);
  if (!row) throw new Error(`no row for ${metric} in ${state.metricRows.map((r) => r.metric).join(', ')}`);
  return row;
}

function shortcomingRow(state: ReviewState, quote: string): ShortcomingRowState {
  const row = state.shortcomingRows.find((r) => r.draft.quote === quote);
  if (!row) throw new Error(`no row quoting ${quote}`);
  return row;
}

/** The reviewer changes one metric row (found by its metric id). */
function editMetric(state: ReviewState, metric: string, change: Partial<MetricRowState>): ReviewState {
  return { ...state, metricRows: state.metricRows.map((r) => (r.metric === metric ? { ...r, ...change } : r)) };
}

function editShortcoming(state: ReviewState, quote: string, change: Partial<ShortcomingRowState>): ReviewState {
  return { ...state, shortcomingRows: state.shortcomingRows.map((r) => (r.draft.quote === quote ? { ...r, ...change } : r)) };
}

describe('review state across a change of the report text', () => {
  const start = initialReview(draftsOf(REPORT));

  it('drafts every figure and problem of the report as pending rows', () => {
    expect(start.metricRows.map((r) => [r.metric, r.valueText, r.decision])).toEqual([
      ['disputes_screened', '26', 'pending'],
      ['disputes_resolved', '25', 'pending'],
      ['petition_visits', '50', 'pending'],
    ]);
    expect(start.shortcomingRows.map((r) => r.draft.quote)).toEqual(['法律专业人才缺乏', '普法宣传形式单一', '针对性不强']);
    expect(keptAsideCount(start)).toBe(0);
  });

  it('carries the reviewer’s edits over when text is typed before the figure', () => {
    const edited = editMetric(start, 'disputes_resolved', { note: '含跨年案件', item: '化解纠纷', decision: 'accepted' });
    const before = metricRow(edited, 'disputes_resolved');
    const next = reviewForDrafts(edited, draftsOf(`2024年，${REPORT}`));
    const after = metricRow(next, 'disputes_resolved');

    // The figure moved with the new words, and the row followed it.
    expect(after.draft.figureStart).toBe(before.draft.figureStart + '2024年，'.length);
    expect(after.key).toBe(before.key);
    expect(after.note).toBe('含跨年案件');
    expect(after.item).toBe('化解纠纷');
    // It still reads as the reviewer saw it: it stays accepted.
    expect(after.decision).toBe('accepted');
    expect(after.reopened).toBeFalsy();
    // Rows nobody touched are simply the new drafts.
    expect(metricRow(next, 'disputes_screened').note).toBe('');
    expect(keptAsideCount(next)).toBe(0);
    expect(next.restoreText).toBeNull();
  });

  it('sends an accepted row back to pending when its figure is retyped', () => {
    const accepted = editMetric(start, 'disputes_resolved', { decision: 'accepted' });
    const next = reviewForDrafts(accepted, draftsOf(REPORT.replace('化解25起', '化解24起')));
    const row = metricRow(next, 'disputes_resolved');

    expect(row.key).toBe(metricRow(accepted, 'disputes_resolved').key);
    expect(row.valueText).toBe('24');
    expect(row.decision).toBe('pending');
    expect(row.reopened).toBe(true);
  });

  it('keeps a value the reviewer typed, and keeps a rejected row rejected, when the figure is retyped', () => {
    const reviewed = editMetric(
      editMetric(start, 'disputes_resolved', { valueText: '23', decision: 'accepted' }),
      'disputes_screened',
      { decision: 'rejected' },
    );
    const next = reviewForDrafts(reviewed, draftsOf(REPORT.replace('化解25起', '化解24起').replace('纠纷26起', '纠纷27起')));

    const resolved = metricRow(next, 'disputes_resolved');
    expect(resolved.valueText).toBe('23');
    // The quote changed under it, so it is still checked again.
    expect(resolved.decision).toBe('pending');
    expect(resolved.reopened).toBe(true);
    const screened = metricRow(next, 'disputes_screened');
    expect(screened.valueText).toBe('27');
    expect(screened.decision).toBe('rejected');
    expect(screened.reopened).toBeFalsy();
  });

  it('keeps aside a worked-on row whose figure vanished, and brings it back with the old text', () => {
    const accepted = editMetric(start, 'disputes_resolved', { decision: 'accepted', note: '已核对' });
    const acceptedRow = metricRow(accepted, 'disputes_resolved');
    const cut = reviewForDrafts(accepted, draftsOf(REPORT.replace('，化解25起', '')));

    expect(cut.metricRows.map((r) => r.metric)).toEqual(['disputes_screened', 'petition_visits']);
    expect(cut.keptAside.metricRows).toEqual([acceptedRow]);
    expect(keptAsideCount(cut)).toBe(1);
    expect(cut.restoreText).toBe(REPORT);

    // A further edit still points back at the first text that had the row.
    const cutAgain = reviewForDrafts(cut, draftsOf(REPORT.replace('，化解25起', '').replace('50人次', '51人次')));
    expect(cutAgain.keptAside.metricRows).toEqual([acceptedRow]);
    expect(cutAgain.restoreText).toBe(REPORT);

    const restored = reviewForDrafts(cutAgain, draftsOf(REPORT));
    const back = metricRow(restored, 'disputes_resolved');
    expect(back.key).toBe(acceptedRow.key);
    expect(back.note).toBe('已核对');
    expect(back.decision).toBe('accepted');
    expect(keptAsideCount(restored)).toBe(0);
    expect(restored.restoreText).toBeNull();
  });

  it('lets untouched rows go without keeping them aside', () => {
    const next = reviewForDrafts(start, draftsOf(REPORT.replace('，化解25起', '')));
    expect(next.metricRows.map((r) => r.metric)).toEqual(['disputes_screened', 'petition_visits']);
    expect(keptAsideCount(next)).toBe(0);
    expect(next.restoreText).toBeNull();
  });

  it('gives a new row a key that none of the kept-aside rows holds', () => {
    const accepted = editMetric(start, 'disputes_resolved', { decision: 'accepted' });
    const cut = reviewForDrafts(accepted, draftsOf(REPORT.replace('，化解25起', '')));
    // A different figure now drafted where the kept-aside one was.
    const other = reviewForDrafts(cut, draftsOf(REPORT.replace('，化解25起', '，化解群众来访2件')));
    const keys = [...other.metricRows, ...other.keptAside.metricRows].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('drops the kept-aside rows when the reviewer lets them go', () => {
    const accepted = editMetric(start, 'disputes_resolved', { decision: 'accepted' });
    const cut = reviewForDrafts(accepted, draftsOf(REPORT.replace('，化解25起', '')));
    const dropped = dropKeptAside(cut);
    expect(keptAsideCount(dropped)).toBe(0);
    expect(dropped.restoreText).toBeNull();
    expect(dropped.metricRows).toEqual(cut.metricRows);
  });

  it('carries a changed category over, and keeps aside an accepted problem whose words changed', () => {
    const reviewed = editShortcoming(
      editShortcoming(start, '法律专业人才缺乏', { category: 'outreach_depth' }),
      '普法宣传形式单一',
      { decision: 'accepted' },
    );
    const next = reviewForDrafts(reviewed, draftsOf(`前言。${REPORT.replace('形式单一', '形式较单一')}`));

    const talent = shortcomingRow(next, '法律专业人才缺乏');
    expect(talent.category).toBe('outreach_depth');
    expect(talent.key).toBe(shortcomingRow(reviewed, '法律专业人才缺乏').key);

    // 普法宣传形式单一 is gone; the accepted row is kept aside, not silently dropped.
    expect(next.shortcomingRows.some((r) => r.draft.quote === '普法宣传形式单一')).toBe(false);
    expect(next.keptAside.shortcomingRows.map((r) => r.draft.quote)).toEqual(['普法宣传形式单一']);
  });
});
