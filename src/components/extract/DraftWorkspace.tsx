// One report's drafts under review: the marked text, the two tables and the
// downloads. The rows and their changes come from the page (use-review-rows.ts),
// which carries the reviewer's work over when the text changes.

import { useState } from 'react';
import { downloadText, MIME } from '../../export/download';
import {
  identityProblem,
  metricRowProblem,
  metricsDownload,
  shortcomingsDownload,
  type Decision,
  type MetricRowState,
  type ReportIdentity,
  type ShortcomingRowState,
} from '../../desk/draft-rows';
import { HighlightedReport, type MarkInfo } from './HighlightedReport';
import { MetricDraftTable } from './MetricDraftTable';
import type { Drafts } from '../../desk/review-state';
import { ShortcomingDraftTable } from './ShortcomingDraftTable';
import type { PickerOption } from './use-extraction-setup';
import { FigureLedger, type FigureLedgerProps } from './FigureLedger';
import type { LedgerLine } from '../../desk/ledger';

export interface DraftWorkspaceProps {
  drafts: Drafts;
  metricRows: readonly MetricRowState[];
  shortcomingRows: readonly ShortcomingRowState[];
  onChangeMetric: (key: string, change: Partial<MetricRowState>) => void;
  onDecideAllMetrics: (decision: Decision) => void;
  onChangeShortcoming: (key: string, change: Partial<ShortcomingRowState>) => void;
  identity: ReportIdentity;
  metricOptions: readonly PickerOption[];
  categoryOptions: readonly PickerOption[];
  idPrefix: string;
  /** The figure ledger of the report and what the clerk does with it. */
  ledger: readonly LedgerLine[];
  ledgerActions: Pick<FigureLedgerProps, 'selected' | 'onSelect' | 'onPlace' | 'onSetAside' | 'onReopen'>;
  /** A newer text is being drafted: the rows shown are the last text's, so taking them all waits. */
  stale?: boolean;
}

export function DraftWorkspace(props: DraftWorkspaceProps) {
  const { drafts, metricRows, shortcomingRows, identity, metricOptions, categoryOptions, idPrefix } = props;
  const [notice, setNotice] = useState('');
  const [reveal, setReveal] = useState<{ key: string } | null>(null);
  const [revealFigure, setRevealFigure] = useState<{ index: number } | null>(null);
  const { ledger, ledgerActions } = props;

  const rowByFigure = new Map(metricRows.map((r) => [r.draft.figureStart, r]));
  const labelOf = (id: string) => metricOptions.find((o) => o.id === id)?.label || id;
  const rowId = (key: string) => `${idPrefix}-row-${key}`;

  const markInfo = (index: number): MarkInfo => {
    const figure = drafts.metrics.figures[index]!;
    const row = rowByFigure.get(figure.figure.start);
    if (row) return { label: labelOf(row.metric), status: row.decision };
    const line = ledger[index];
    if (line?.state === 'set_aside' && line.reason !== 'rule') return { label: '不录入', status: 'rejected' };
    return figure.rule ? { label: '忽略', status: 'ignored' } : { label: '待处理', status: 'unclassified' };
  };
  const onSelectFigure = (index: number) => {
    const figure = drafts.metrics.figures[index]!;
    const row = rowByFigure.get(figure.figure.start);
    // The table turns to the row's page and focuses it.
    if (row && !row.manual) setReveal({ key: row.key });
    else {
      // A figure without a drafted row is placed or set aside at the ledger.
      setNotice('');
      ledgerActions.onSelect(index);
      document.getElementById(`${idPrefix}-ledger-heading`)?.scrollIntoView({ block: 'start' });
    }
  };
  const onLocate = (key: string) => {
    const index = drafts.metrics.figures.findIndex((f) => metricRows.find((r) => r.key === key)?.draft.figureStart === f.figure.start);
    if (index !== -1) setRevealFigure({ index });
  };

  const identityIssue = identityProblem(identity);
  // What the download holds: an accepted row later edited into a problem is left out, and counted here.
  const acceptedMetrics = metricRows.filter((r) => r.decision === 'accepted' && metricRowProblem(r) === null).length;
  const acceptedWithProblems = metricRows.filter((r) => r.decision === 'accepted').length - acceptedMetrics;
  const acceptedShortcomings = shortcomingRows.filter((r) => r.decision === 'accepted' && r.category !== '').length;
  const fileSuffix = `${identity.townshipId || 'township'}-${identity.year || 'year'}`;
  const open = ledger.filter((l) => l.state === 'open').length;

  return (
    <>
      <section className="extract-section" aria-labelledby={`${idPrefix}-text-heading`}>
        <h3 id={`${idPrefix}-text-heading`}>原文中的数字（{drafts.metrics.figures.length} 个，待处理 {open} 个）</h3>
        <p className="extract-hint">黄色：待审核；绿色带 ✓：已采用；灰色删除线：不采用；红框“待处理”：没有草拟数据行（没有适用的规则，或是计划、频次、单位不在表中），点标签即可在数字清单中录入或说明不录入的理由；虚线下划线：按规则忽略（如网页的浏览次数）。点已草拟数字的标签可跳到对应的数据行。</p>
        <HighlightedReport text={drafts.text} figures={drafts.metrics.figures} markInfo={markInfo} idPrefix={idPrefix} onSelect={onSelectFigure} reveal={revealFigure} />
        <p className="extract-message" role="status">
          {notice}
        </p>
      </section>
      <FigureLedger lines={ledger} metricOptions={metricOptions} idPrefix={idPrefix} {...ledgerActions} />
      <MetricDraftTable rows={metricRows} onChange={props.onChangeMetric} onDecideAll={props.onDecideAllMetrics} metricOptions={metricOptions} rowId={rowId} onLocate={onLocate} reveal={reveal} bulkDisabled={props.stale ?? false} />
      <ShortcomingDraftTable
        rows={shortcomingRows}
        onChange={props.onChangeShortcoming}
        onDecideAll={(decision) => shortcomingRows.forEach((row) => props.onChangeShortcoming(row.key, { decision }))}
        categoryOptions={categoryOptions}
        bulkDisabled={props.stale ?? false}
      />
      <section className="extract-section extract-downloads" aria-label="下载">
        {identityIssue ? (
          <p id={`${idPrefix}-identity-issue`} className="extract-message extract-message--error">
            下载前{identityIssue}
          </p>
        ) : null}
        {acceptedWithProblems > 0 ? (
          <p className="extract-message extract-message--error">有 {acceptedWithProblems} 行已采用的指标行填写有误（见表格中的红字），改正前不会下载。</p>
        ) : null}
        <button
          type="button"
          className="extract-button extract-button--primary"
          disabled={identityIssue !== null || acceptedMetrics === 0}
          aria-describedby={identityIssue ? `${idPrefix}-identity-issue` : undefined}
          onClick={() => downloadText(`metrics-${fileSuffix}.csv`, metricsDownload(metricRows, identity), MIME.csv)}
        >
          下载已采用的指标行（{acceptedMetrics} 行，CSV）
        </button>
        <button
          type="button"
          className="extract-button extract-button--primary"
          disabled={identityIssue !== null || acceptedShortcomings === 0}
          aria-describedby={identityIssue ? `${idPrefix}-identity-issue` : undefined}
          onClick={() => downloadText(`shortcomings-${fileSuffix}.csv`, shortcomingsDownload(shortcomingRows, identity), MIME.csv)}
        >
          下载已采用的问题行（{acceptedShortcomings} 行，CSV）
        </button>
        <p className="extract-hint">只下载这些行（列与 data/metrics.csv、data/shortcomings.csv 相同，可用 Excel 或 WPS 打开）。要把报告加入看板，请用下面的“保存到数据文件夹”，不必手工复制。</p>
      </section>
    </>
  );
}
