// The side panel that answers "where does this number come from?": each quote
// behind the figure with its township, year and report title, and the report
// text with the chosen quote highlighted. Opened from any card, bar, cell or
// table figure; its content lives in the URL (q=…, row=…), so a copied link
// reopens it. It is a dialog (issue 11): focus moves to its heading, Tab stays
// inside, Escape (wherever the focus is) or the close button closes it, and
// focus returns to the figure that opened it.
import { displayText } from '../data/suspicious-text';
import { useEffect, useMemo, useRef, useState } from 'react';
import { keepTabInside } from './dialog-focus';
import type { Dataset, Report, Township } from '../data/types';
import { formatFigure, NOT_ENTERED } from '../model/format';
import type { ProvenanceEntry, ProvenanceIndex } from '../model/types';
import { RejectedRows } from './RejectedRows';
import { ReportReader } from './ReportReader';

export interface ProvenancePanelProps {
  dataset: Dataset;
  index: ProvenanceIndex;
  keys: readonly string[];
  /** Row whose report to show when there are no quotes (a 未报告 figure). */
  rowKey: string | null;
  baseUrl: string;
  onClose: () => void;
}

export function ProvenancePanel({ dataset, index, keys, rowKey, baseUrl, onClose }: ProvenancePanelProps) {
  const entries = useMemo(() => index.resolve(keys), [index, keys]);
  // Rows behind the figure that could not be used (数据有误): why and where.
  const rejected = useMemo(() => keys.flatMap((key) => index.rejected(key) ?? []), [index, keys]);
  const [active, setActive] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const returnFocusTo = useRef<Element | null>(null);

  useEffect(() => setActive(0), [entries]);
  useEffect(() => {
    returnFocusTo.current = document.activeElement;
    headingRef.current?.focus();
    return () => {
      const target = returnFocusTo.current;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);
  useEffect(() => {
    // On the document, not the panel: Escape closes it wherever the focus is.
    // A control that uses Escape itself (the township picker) prevents the default first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const activeEntry = entries[active] ?? entries[0];
  const rowContext = useMemo(() => (activeEntry ? null : rowContextOf(dataset, rowKey)), [activeEntry, dataset, rowKey]);
  const report = activeEntry?.report ?? rejected[0]?.report ?? rowContext?.report ?? null;
  const quote = activeEntry ? quoteOf(activeEntry) : (rejected[0]?.row.quote ?? null);

  return (
    <aside
      ref={panelRef}
      className="provenance"
      role="dialog"
      aria-modal="true"
      aria-labelledby="provenance-heading"
      onKeyDown={(event) => {
        if (panelRef.current) keepTabInside(event, panelRef.current);
      }}
    >
      <header className="provenance__header">
        <h2 id="provenance-heading" ref={headingRef} tabIndex={-1}>
          数据出处
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="关闭数据出处">
          ×
        </button>
      </header>

      {rejected.length > 0 ? <RejectedRows rejected={rejected} dataset={dataset} /> : null}

      {entries.length === 0 && rejected.length === 0 ? (
        <NotReportedNote township={rowContext?.township ?? null} report={report} rowKey={rowKey} />
      ) : null}

      {entries.length > 0 ? (
        <ol className="provenance__entries">
          {entries.map((entry, i) => (
            <li key={entry.key}>
              <button
                type="button"
                className={i === active ? 'quote-entry quote-entry--active' : 'quote-entry'}
                aria-pressed={i === active}
                onClick={() => setActive(i)}
              >
                <EntrySummary entry={entry} dataset={dataset} />
              </button>
            </li>
          ))}
        </ol>
      ) : null}

      {report ? (
        <>
          <p className="provenance__report">
            报告：《{report.title}》（{report.year}年{report.published ? `，${report.published}发布` : ''}）
          </p>
          <ReportReader baseUrl={baseUrl} file={report.file} title={report.title} quote={quote} />
        </>
      ) : keys.length > 0 || rowKey ? (
        <p className="warning-text">reports.csv 中没有这份报告，无法显示原文。</p>
      ) : null}
    </aside>
  );
}

function EntrySummary({ entry, dataset }: { entry: ProvenanceEntry; dataset: Dataset }) {
  const place = `${displayText(entry.township?.name ?? '（未知乡镇）')} · ${entry.kind === 'metric' ? entry.figure.year : entry.shortcoming.year}年`;
  if (entry.kind === 'metric') {
    const { figure } = entry;
    const label = dataset.metricCatalog.find((m) => m.id === figure.metric)?.label ?? figure.metric;
    const value = formatFigure({ status: 'reported', value: figure.value, bound: figure.bound }, figure.unit);
    return (
      <>
        <span className="quote-entry__place">{place}</span>
        <span className="quote-entry__what">
          {label} · {figure.item}：<strong>{value}</strong>
        </span>
        <q className="quote-entry__quote">{figure.quote}</q>
        {figure.note ? <span className="quote-entry__note">注：{figure.note}</span> : null}
        <span className="quote-entry__source">
          {figure.source.file} 第{figure.source.line}行
        </span>
      </>
    );
  }
  const { shortcoming } = entry;
  const label = dataset.shortcomingCategories.find((c) => c.id === shortcoming.category)?.label ?? shortcoming.category;
  return (
    <>
      <span className="quote-entry__place">{place}</span>
      <span className="quote-entry__what">存在的问题 · {label}</span>
      <q className="quote-entry__quote">{shortcoming.quote}</q>
      <span className="quote-entry__source">
        {shortcoming.source.file} 第{shortcoming.source.line}行
      </span>
    </>
  );
}

function NotReportedNote({ township, report, rowKey }: { township: Township | null; report: Report | null; rowKey: string | null }) {
  if (!rowKey) return <p className="muted">没有可显示的出处。</p>;
  if (!report) {
    return (
      <p className="provenance__not-reported">
        <strong>无报告</strong>：数据中还没有<bdi>{township?.name ?? rowKey}</bdi> {rowKey.split(':')[1]}年的报告（reports.csv 中没有这一行），所以没有数字可显示。
      </p>
    );
  }
  if (!report.figuresAccounted) {
    // The report's figures were not all entered: no row does not mean the report is silent.
    return (
      <p className="provenance__not-reported">
        <strong>{NOT_ENTERED}</strong>：{township?.name ?? rowKey}的《{report.title}》中的数字尚未全部录入数据，这个数字可能在报告中有（不是0，也不是未报告）。下面是报告原文，可自行查找。
      </p>
    );
  }
  return (
    <p className="provenance__not-reported">
      <strong>未报告</strong>：<bdi>{township?.name ?? rowKey}</bdi>
      {report ? `的《${report.title}》` : '的报告'}没有给出这个数字。这不等于0，下面是报告原文，可自行核对。
    </p>
  );
}

function quoteOf(entry: ProvenanceEntry): string {
  return entry.kind === 'metric' ? entry.figure.quote : entry.shortcoming.quote;
}

function rowContextOf(dataset: Dataset, rowKey: string | null): { township: Township | null; report: Report | null } | null {
  if (!rowKey) return null;
  const [townshipId, yearText] = rowKey.split(':');
  const year = Number(yearText);
  return {
    township: dataset.townships.find((t) => t.id === townshipId) ?? null,
    report: dataset.reports.find((r) => r.townshipId === townshipId && r.year === year) ?? null,
  };
}
