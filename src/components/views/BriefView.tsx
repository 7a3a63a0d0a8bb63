// 简报 (meeting brief): a first page of key findings written as Chinese
// sentences computed from the data (src/brief), each with its endnote marks;
// then every chart with its table; then the endnotes with the quotes. Made to
// be printed (打印 / 导出PDF): print.css puts the findings on a page of their
// own and starts the endnotes on a new page. All data text is React text.
import { useMemo } from 'react';
import { buildBriefFindings, buildEndnotes, refMarks, type BriefEndnotes, type BriefFindingOptions, type Finding } from '../../brief';
import type { Dataset } from '../../data/types';
import type { BriefHistory } from '../../brief/histories';
import { briefYear, hasReportBefore } from '../../brief/history-years';
import type { DashboardModel } from '../../model/types';
import { publishedText } from '../../print/page-header';
import { briefNoReportText, briefScopeText, briefUnreadClaim } from '../../brief/scope';
import { renderUnread } from '../../brief/claims/render';
import { printOrientationOf } from '../../print/page-style';
import { printWithCharts } from '../../app/print-page';
import { useProvenanceIndex } from '../../app/provenance-context';
import { EndnoteRefsContext } from '../endnote-refs';
import { BriefWordButton } from '../BriefWordButton';
import { MarksLegend } from '../MarksLegend';
import { NoReportNote } from '../NoReportNote';
import { briefChartCitations } from '../../brief/brief-citations';
import { briefHistoryCode, LazyBriefHistorySection } from './lazy-brief-parts';
import { DisputesCharts } from './DisputesView';
import { OutreachCharts } from './OutreachView';
import { ShortcomingsCharts } from './ShortcomingsView';

export interface BriefViewProps {
  model: DashboardModel;
  /** The loaded data, for the 历年变化 section (null: no such section). */
  dataset: Dataset | null;
  cell: string | null;
  onCellChange: (cell: string | null) => void;
}

const NO_ENDNOTES: BriefEndnotes = { notes: [], refs: new Map(), unknownKeys: [] };

export function BriefView({ model, dataset, cell, onCellChange }: BriefViewProps) {
  const provenance = useProvenanceIndex();
  const { history, findingOptions } = useMemo(() => briefHistory(model, dataset), [model, dataset]);
  const { histories, toYear } = history;
  const findings = useMemo(() => buildBriefFindings(model, findingOptions), [model, findingOptions]);
  const endnotes = useMemo(
    () =>
      provenance
        ? buildEndnotes([...findings, ...briefChartCitations(model, histories)], provenance, model.selection.rows)
        : NO_ENDNOTES,
    [findings, model, histories, provenance],
  );
  // Chart cards get their marks formatted, so they need none of the brief's code.
  const chartMarks = useMemo(
    () => new Map([...endnotes.refs].map(([id, numbers]) => [id, refMarks(numbers)] as const)),
    [endnotes],
  );
  const published = publishedText(model.selection);
  // The lines about rows not compared, from the brief's checked claims (brief/scope.ts).
  const unread = useMemo(() => (dataset ? briefUnreadClaim(dataset, model.selection.years) : null), [dataset, model]);
  const unreadText = dataset ? (unread ? renderUnread(unread) : null) : model.noReport.unread;

  return (
    <article className="view brief" aria-labelledby="brief-heading">
      <section className="brief__cover">
        <h2 id="brief-heading">简报：主要发现</h2>
        <p className="brief__scope">
          {briefScopeText(model)}
          {published ? ` · ${published}` : ''}
        </p>
        <NoReportNote model={model} text={briefNoReportText(model)} unread={unreadText} withHistory={histories.length > 0} />
        <div className="brief__actions no-print">
          <button type="button" className="button" onClick={() => void printWithCharts({ orientation: printOrientationOf(document) })}>
            导出PDF（打印）
          </button>
          <BriefWordButton model={model} history={history} unread={unread} />
          <p className="muted">在打印对话框的“目标打印机”中选择“另存为PDF”，即可保存为PDF文件。纸张方向可在页面上方选择。“导出Word”生成可编辑的公文格式文档（A4，仿宋三号）。</p>
        </div>
        <BriefFindings findings={findings} endnotes={endnotes} />
        <MarksLegend />
      </section>

      <section className="brief__charts" aria-labelledby="brief-charts-heading">
        <h2 id="brief-charts-heading" className="brief__section-title">图表与数据</h2>
        <EndnoteRefsContext.Provider value={chartMarks}>
          <OutreachCharts model={model} />
          <DisputesCharts model={model} />
          <ShortcomingsCharts model={model} cell={cell} onCellChange={onCellChange} />
          {histories.length > 0 ? <LazyBriefHistorySection histories={histories} toYear={toYear} /> : null}
        </EndnoteRefsContext.Provider>
      </section>

      <BriefEndnotesSection endnotes={endnotes} />
    </article>
  );
}

/**
 * The brief's histories and what changed, when the data has an earlier year;
 * LazyBriefView has loaded their code by then (a brief of one year never does).
 */
function briefHistory(model: DashboardModel, dataset: Dataset | null): { history: BriefHistory; findingOptions: BriefFindingOptions } {
  const toYear = briefYear(model);
  if (!hasReportBefore(dataset, toYear)) return { history: { histories: [], toYear }, findingOptions: {} };
  const code = briefHistoryCode.loaded();
  // Thrown to the view's error boundary, which says so in Chinese: never a brief silent on what changed.
  if (!code) throw new Error('程序文件（brief-history）无法加载');
  const history = code.briefHistories(model, dataset);
  return { history, findingOptions: code.historyFindingOptions(history) };
}

function BriefFindings({ findings, endnotes }: { findings: readonly Finding[]; endnotes: BriefEndnotes }) {
  if (findings.length === 0) return <p className="placeholder">所选范围内的数据不足以归纳出主要发现。</p>;
  return (
    <ol className="brief__findings">
      {findings.map((finding) => {
        const marks = refMarks(endnotes.refs.get(finding.id) ?? []);
        return (
          <li className="brief__finding" key={finding.id} data-finding-kind={finding.kind}>
            {finding.text}
            {marks !== '' ? (
              <span className="brief__refs" aria-label={`尾注${marks}`}>
                {marks}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function BriefEndnotesSection({ endnotes }: { endnotes: BriefEndnotes }) {
  return (
    <section className="brief__endnotes" aria-labelledby="brief-endnotes-heading">
      <h2 id="brief-endnotes-heading" className="brief__section-title">尾注：引文</h2>
      {endnotes.notes.length === 0 ? <p className="muted">没有可引用的原文。</p> : null}
      <ol>
        {endnotes.notes.map((note) => (
          <li key={note.number} value={note.number} data-endnote-kind={note.kind}>
            {note.text}
          </li>
        ))}
      </ol>
      {endnotes.unknownKeys.length > 0 ? (
        <p className="warning-text">以下出处在数据中找不到（数据可能已更改）：{endnotes.unknownKeys.join('、')}</p>
      ) : null}
    </section>
  );
}
