// One report's drafts under review: the marked text, the two tables and the
// downloads. Its row state starts from the drafts and starts over when the
// report's text (and so the drafts) change.

import { useState } from 'react';
import type { DraftShortcoming, MetricExtraction } from '../../extract';
import { downloadText } from './download';
import {
  identityProblem,
  initialMetricRows,
  initialShortcomingRows,
  metricsDownload,
  shortcomingsDownload,
  type Decision,
  type MetricRowState,
  type ReportIdentity,
  type ShortcomingRowState,
} from './draft-rows';
import { HighlightedReport, type MarkInfo } from './HighlightedReport';
import { MetricDraftTable } from './MetricDraftTable';
import { ShortcomingDraftTable } from './ShortcomingDraftTable';
import type { PickerOption } from './use-extraction-setup';

export interface Drafts {
  text: string;
  metrics: MetricExtraction;
  shortcomings: DraftShortcoming[];
}

export interface DraftWorkspaceProps {
  drafts: Drafts;
  identity: ReportIdentity;
  metricOptions: readonly PickerOption[];
  categoryOptions: readonly PickerOption[];
  idPrefix: string;
}

interface RowsState {
  source: Drafts;
  metricRows: MetricRowState[];
  shortcomingRows: ShortcomingRowState[];
}

function rowsFor(drafts: Drafts): RowsState {
  return { source: drafts, metricRows: initialMetricRows(drafts.metrics.rows), shortcomingRows: initialShortcomingRows(drafts.shortcomings) };
}

function focusElement(id: string, selector?: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const target = selector ? element.querySelector<HTMLElement>(selector) : element;
  target?.focus({ preventScroll: true });
}

export function DraftWorkspace({ drafts, identity, metricOptions, categoryOptions, idPrefix }: DraftWorkspaceProps) {
  const [state, setState] = useState<RowsState>(() => rowsFor(drafts));
  const [notice, setNotice] = useState('');
  // New drafts (the text changed): start the review over.
  if (state.source !== drafts) setState(rowsFor(drafts));
  const { metricRows, shortcomingRows } = state.source === drafts ? state : rowsFor(drafts);

  const rowByFigure = new Map(metricRows.map((r) => [r.draft.figureStart, r]));
  const labelOf = (id: string) => metricOptions.find((o) => o.id === id)?.label || id;
  const rowId = (key: string) => `${idPrefix}-row-${key}`;

  const markInfo = (index: number): MarkInfo => {
    const figure = drafts.metrics.figures[index]!;
    const row = rowByFigure.get(figure.figure.start);
    if (row) return { label: labelOf(row.metric), status: row.decision };
    return figure.rule ? { label: '忽略', status: 'ignored' } : { label: '未归类', status: 'unclassified' };
  };
  const onSelectFigure = (index: number) => {
    const row = rowByFigure.get(drafts.metrics.figures[index]!.figure.start);
    if (row) focusElement(rowId(row.key), 'select');
    else setNotice('这个数字没有适用的规则，未生成数据行：如需要，请手工录入，或在 data/extraction-rules.csv 中补充关键词。');
  };
  const onLocate = (key: string) => {
    const index = drafts.metrics.figures.findIndex((f) => metricRows.find((r) => r.key === key)?.draft.figureStart === f.figure.start);
    if (index !== -1) focusElement(`${idPrefix}-fig-${index}`);
  };

  const changeMetric = (key: string, change: Partial<MetricRowState>) =>
    setState((s) => ({ ...s, metricRows: s.metricRows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const decideAll = (decision: Decision) => setState((s) => ({ ...s, metricRows: s.metricRows.map((r) => ({ ...r, decision })) }));
  const changeShortcoming = (key: string, change: Partial<ShortcomingRowState>) =>
    setState((s) => ({ ...s, shortcomingRows: s.shortcomingRows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));

  const identityIssue = identityProblem(identity);
  const acceptedMetrics = metricRows.filter((r) => r.decision === 'accepted').length;
  const acceptedShortcomings = shortcomingRows.filter((r) => r.decision === 'accepted').length;
  const fileSuffix = `${identity.townshipId || 'township'}-${identity.year || 'year'}`;
  const unclassified = drafts.metrics.figures.filter((f) => f.rule === null).length;

  return (
    <>
      <section className="extract-section" aria-labelledby={`${idPrefix}-text-heading`}>
        <h3 id={`${idPrefix}-text-heading`}>原文中的数字（{drafts.metrics.figures.length} 个，未归类 {unclassified} 个）</h3>
        <p className="extract-hint">黄色：待审核；绿色：已采用；灰色删除线：不采用；红框：未归类。点数字后的标签可跳到对应的数据行。</p>
        <HighlightedReport text={drafts.text} figures={drafts.metrics.figures} markInfo={markInfo} idPrefix={idPrefix} onSelect={onSelectFigure} />
        <p className="extract-message" role="status">
          {notice}
        </p>
      </section>
      <MetricDraftTable rows={metricRows} onChange={changeMetric} onDecideAll={decideAll} metricOptions={metricOptions} rowId={rowId} onLocate={onLocate} />
      <ShortcomingDraftTable rows={shortcomingRows} onChange={changeShortcoming} categoryOptions={categoryOptions} />
      <section className="extract-section extract-downloads" aria-label="下载">
        {identityIssue ? (
          <p id={`${idPrefix}-identity-issue`} className="extract-message extract-message--error">
            下载前{identityIssue}
          </p>
        ) : null}
        <button
          type="button"
          className="extract-button extract-button--primary"
          disabled={identityIssue !== null || acceptedMetrics === 0}
          aria-describedby={identityIssue ? `${idPrefix}-identity-issue` : undefined}
          onClick={() => downloadText(`metrics-${fileSuffix}.csv`, metricsDownload(metricRows, identity))}
        >
          下载已采用的指标行（{acceptedMetrics} 行，CSV）
        </button>
        <button
          type="button"
          className="extract-button extract-button--primary"
          disabled={identityIssue !== null || acceptedShortcomings === 0}
          aria-describedby={identityIssue ? `${idPrefix}-identity-issue` : undefined}
          onClick={() => downloadText(`shortcomings-${fileSuffix}.csv`, shortcomingsDownload(shortcomingRows, identity))}
        >
          下载已采用的问题行（{acceptedShortcomings} 行，CSV）
        </button>
        <p className="extract-hint">下载的文件与 data/metrics.csv、data/shortcomings.csv 的列相同（UTF-8，可用 Excel 或 WPS 打开）。把行复制进 data/ 中的文件后，请运行 npm run check-data 核对。</p>
      </section>
    </>
  );
}
