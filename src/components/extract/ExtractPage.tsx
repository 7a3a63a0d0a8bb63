// 报告解析 (issue 5): paste or drop a report, see each figure marked with the
// metric the rules propose, correct and accept the rows, download them as
// CSV for data/metrics.csv and data/shortcomings.csv. Editing the text
// keeps the reviewer's work (use-review-rows.ts). Nothing leaves the
// browser. Rendered lazily by the app's 报告解析 view; works without props
// (it then reads the catalogue and categories from data/).

import { useEffect, useId, useMemo, useState } from 'react';
import type { MetricDefinition, Report, ShortcomingCategory, Township } from '../../data/types';
import { entryRowProblems } from '../../desk/merge';
import { inferReportMeta, suggestTownship } from '../../desk/report-meta';
import { BLANK_REPORT_TEXT, isAnotherReport, isBlankReport, isPastedTwice, PASTED_TWICE_TEXT, townshipNotInText } from '../../desk/report-checks';
import { buildLedger, isAccountedFor, openFiguresText, openItemsShort, placedDraft, type SetAsideReason } from '../../desk/ledger';
import { DataCheckPanel } from '../desk/DataCheckPanel';
import { acceptedRows, buildEntry, choiceForNewReport, chosenTownship, EMPTY_IDENTITY, identityIssues, reportInData, withReportMeta, type IdentityState } from '../../desk/identity';
import { ReportIdentityForm } from '../desk/ReportIdentityForm';
import { SavePanel } from '../desk/SavePanel';
import { DraftWorkspace } from './DraftWorkspace';
import './extract-page.css';
import { KeptAsideNotice } from './KeptAsideNotice';
import { ReportInput } from './ReportInput';
import { useDrafting } from './use-drafting';
import { useExtractionSetup } from './use-extraction-setup';
import { useReviewRows } from './use-review-rows';

export interface ExtractPageProps {
  metricCatalog?: MetricDefinition[];
  categories?: ShortcomingCategory[];
  /** The data's townships and reports, to choose from and to warn before a report is replaced. */
  townships?: Township[];
  reports?: Report[];
}

const NO_TOWNSHIPS: Township[] = [];
const NO_REPORTS: Report[] = [];

/** bitu-2024.txt → bitu, as the reports in data/reports are named. */
function townshipFromFileName(fileName: string): string | null {
  const m = /^([a-z0-9_-]+?)-(?:19|20)\d\d\.txt$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : null;
}

export default function ExtractPage({ metricCatalog, categories, townships = NO_TOWNSHIPS, reports = NO_REPORTS }: ExtractPageProps) {
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const setup = useExtractionSetup(metricCatalog, categories);
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [identity, setIdentity] = useState<IdentityState>(EMPTY_IDENTITY);
  // Said when a paste changed the township the clerk had chosen; shown while that change stands.
  const [choiceNotice, setChoiceNotice] = useState<{ text: string; forChoice: string } | null>(null);
  // Drafted in a worker, the latest text only: typing in a long report stays responsive.
  const drafting = useDrafting(text, setup);
  const drafts = drafting.drafts;
  // The rows shown belong to an older text until the new draft arrives: nothing is saved meanwhile.
  const draftPending = drafting.busy || (drafts !== null && drafts.text !== text);
  const review = useReviewRows(drafts);
  const restoreText = review.restoreText;
  // The clerk's reasons for figures not entered, by figure start (with the figure's words, so an edit of the text drops stale ones).
  const [setAside, setSetAside] = useState<ReadonlyMap<number, { reason: SetAsideReason; words: string }>>(new Map());
  const [selectedFigure, setSelectedFigure] = useState<number | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const ledger = useMemo(() => {
    if (!drafts) return [];
    const reasons = new Map<number, SetAsideReason>();
    for (const [start, { reason, words }] of setAside) {
      const figure = drafts.metrics.figures.find((f) => f.figure.start === start);
      if (figure && drafts.text.slice(figure.figure.start, figure.figure.end) === words) reasons.set(start, reason);
    }
    const rows = review.metricRows.map((r) => ({ figureStart: r.draft.figureStart, metric: r.metric, decision: r.decision }));
    return buildLedger(drafts.text, drafts.metrics.figures, { rows, setAside: reasons });
  }, [drafts, review.metricRows, setAside]);
  const openFigures = ledger.filter((l) => l.state === 'open').length;
  const ledgerActions = {
    selected: selectedFigure,
    onSelect: setSelectedFigure,
    onPlace: (index: number, metric: string) => {
      const figure = drafts?.metrics.figures[index];
      if (!drafts || !figure) return;
      const drafted = review.metricRows.find((r) => r.draft.figureStart === figure.figure.start && !r.manual);
      // A drafted row is taken with the chosen metric; a figure without one gets a row made from its text.
      if (drafted) review.changeMetric(drafted.key, { metric, decision: 'accepted' });
      else review.addMetric(placedDraft(drafts.text, figure, metric));
      setSetAside((m) => withoutKey(m, figure.figure.start));
      setSelectedFigure(nextOpen(index));
    },
    onSetAside: (index: number, reason: SetAsideReason) => {
      const figure = drafts?.metrics.figures[index];
      if (!drafts || !figure) return;
      review.reopenFigure(figure.figure.start);
      const drafted = review.metricRows.find((r) => r.draft.figureStart === figure.figure.start && !r.manual);
      if (drafted) review.changeMetric(drafted.key, { decision: 'rejected' });
      const words = drafts.text.slice(figure.figure.start, figure.figure.end);
      setSetAside((m) => new Map(m).set(figure.figure.start, { reason, words }));
      setSelectedFigure(nextOpen(index));
    },
    onReopen: (index: number) => {
      const figure = drafts?.metrics.figures[index];
      if (!figure) return;
      review.reopenFigure(figure.figure.start);
      setSetAside((m) => withoutKey(m, figure.figure.start));
    },
  };
  /** The next open figure after `index` (the clerk works down the list), or null. */
  function nextOpen(index: number): number | null {
    const next = ledger.find((l) => l.index > index && l.state === 'open' && l.metric === null);
    return next ? next.index : null;
  }

  const onText = (next: string, source: { fileName: string | null; messages: string[] }) => {
    setText(next);
    setMessages(source.messages);
    // Year, title and date from the report's first lines; the township from
    // the file's name (bitu-2024.txt) or the names the text gives.
    const fromFile = source.fileName === null ? null : townshipFromFileName(source.fileName);
    const known = fromFile !== null && townships.some((t) => t.id === fromFile) ? fromFile : (suggestTownship(next, townships)?.id ?? null);
    // A new file, or another report pasted over the last one (or into an emptied box), is a new
    // report: the township, title and year chosen for the previous one do not carry over.
    const another = source.fileName !== null || isAnotherReport(text, next);
    // A township chosen before the paste: kept when the text names it, else changed with a notice.
    const picked = another
      ? choiceForNewReport({ choice: identity.choice, textWasBlank: isBlankReport(text) }, known, townships, (name) => townshipNotInText(name, next) === null)
      : { choice: known, notice: null };
    setChoiceNotice(picked.notice === null ? null : { text: picked.notice, forChoice: picked.choice ?? '' });
    setIdentity((state) => withReportMeta(another ? EMPTY_IDENTITY : state, inferReportMeta(next), picked.choice));
    if (another) {
      setSetAside(new Map());
      setSelectedFigure(null);
      setConfirmOpen(false);
    }
  };

  // The data may arrive after the text (pasted while the page loads): the
  // township the text names is then chosen once the list is there.
  useEffect(() => {
    if (townships.length === 0) return;
    setIdentity((state) => {
      if (state.choice !== '' || text.trim() === '') return state;
      const named = suggestTownship(text, townships);
      return named ? { ...state, choice: named.id } : state;
    });
    // Only a new list re-suggests; a text change suggests in onText.
  }, [townships]);

  const township = chosenTownship(identity, townships);
  // Checked once per draft, not per keystroke (a 5 MB text takes a while to scan).
  const pastedTwice = useMemo(() => drafts !== null && isPastedTwice(drafts.text), [drafts]);
  const blank = text !== '' && isBlankReport(text);
  const textIssues = [...(blank ? [BLANK_REPORT_TEXT] : []), ...(drafts && pastedTwice ? [PASTED_TWICE_TEXT] : [])];
  const pendingIssues = draftPending && !blank ? [DRAFTING_TEXT] : [];
  const issues = [...pendingIssues, ...textIssues, ...identityIssues(identity, townships)];
  const townshipName = township?.name ?? null;
  const notInText = useMemo(() => (townshipName !== null && drafts ? townshipNotInText(townshipName, drafts.text) : null), [townshipName, drafts]);
  const accepted = acceptedRows(review.metricRows, review.shortcomingRows);
  const built = township && issues.length === 0 && drafts ? buildEntry(identity, township, drafts.text, accepted.metrics, accepted.shortcomings) : null;
  // What is saved records whether every figure was accounted for (reports.csv figures_accounted).
  const pendingProblems = review.shortcomingRows.filter((r) => r.decision === 'pending').length;
  const accounted = isAccountedFor(ledger, pendingProblems);
  const ledgerIssues = drafts && !accounted && !confirmOpen ? [`${openFiguresText(openFigures, pendingProblems)}：请在数字清单中逐个录入或说明理由、审核存在的问题草稿，或勾选“仍然保存”。`] : [];
  const complete = built && ledgerIssues.length === 0 ? { ...built, figuresAccounted: accounted } : null;
  // Rows check-data would fail (a corrected value its quote does not state, a row twice) are fixed before saving.
  const rowIssues = complete ? entryRowProblems(complete) : [];
  const entry = rowIssues.length === 0 ? complete : null;
  const existing = township ? reportInData(identity, reports) : null;

  return (
    <div className="extract-page">
      <p className="extract-hint">
        把一份新的法治政府建设情况报告粘贴或拖到下面，工具按 data/extraction-rules.csv 的规则找出其中的数字，草拟 metrics.csv 和 shortcomings.csv
        的数据行，每行附原文引文。请选好乡镇和年度，逐行核对、修改后“采用”，再预览看板、保存到数据文件夹。报告只在本机浏览器中处理，不会上传。
      </p>
      <ReportInput text={text} onText={onText} />
      {/* Always in the page, so screen readers announce the busy state as it changes. */}
      <p className="extract-message extract-drafting" role="status" aria-live="polite">
        {drafting.busy && !blank ? draftingText(drafting.chars) : ''}
      </p>
      {drafting.error ? (
        <p className="extract-message extract-message--error" role="alert">
          {drafting.error}
        </p>
      ) : null}
      {messages.map((m) => (
        <p key={m} className="extract-message extract-message--warning" role="status">
          {m}
        </p>
      ))}
      <ReportIdentityForm value={identity} onChange={setIdentity} townships={townships} reports={reports} />
      {[...textIssues, ...(notInText ? [notInText] : []), ...(choiceNotice && choiceNotice.forChoice === identity.choice ? [choiceNotice.text] : [])].map((m) => (
        <p key={m} className="extract-message extract-message--warning" role="alert">
          {m}
        </p>
      ))}
      {setup.status === 'loading' ? (
        <p className="extract-message" role="status">
          正在读取解析规则……
        </p>
      ) : null}
      {setup.rulesSource === 'bundled' && setup.status === 'ready' ? (
        <p className="extract-message extract-message--warning">未能读取网站上的 data/extraction-rules.csv，使用构建时内置的规则。</p>
      ) : null}
      {setup.ruleProblems.length > 0 ? (
        <details className="extract-message extract-message--warning">
          <summary>解析规则文件有 {setup.ruleProblems.length} 个问题（有问题的行未使用）</summary>
          <ul>
            {setup.ruleProblems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <KeptAsideNotice
        keptAside={review.keptAside}
        onRestoreText={restoreText === null ? null : () => setText(restoreText)}
        onDrop={review.dropKeptAside}
        metricName={(id) => setup.metricOptions.find((o) => o.id === id)?.label || id}
      />
      {drafts ? (
        <DraftWorkspace
          ledger={ledger}
          ledgerActions={ledgerActions}
          drafts={drafts}
          metricRows={review.metricRows}
          shortcomingRows={review.shortcomingRows}
          onChangeMetric={review.changeMetric}
          onDecideAllMetrics={review.decideAllMetrics}
          onChangeShortcoming={review.changeShortcoming}
          identity={{ townshipId: township?.id ?? '', year: identity.year }}
          metricOptions={setup.metricOptions}
          categoryOptions={setup.categoryOptions}
          idPrefix={`extract${idPrefix}`}
          stale={draftPending}
        />
      ) : null}
      {drafts && !accounted ? (
        <div className="extract-message extract-message--warning ledger-confirm" role="group" aria-label="未处理的数字">
          <p>
            {openFiguresText(openFigures, pendingProblems)}。保存后这份报告记为“数字未全部录入”：看板对它没有录入的数字和问题显示“未录入”，不显示“未报告”。
          </p>
          <label>
            <input type="checkbox" checked={confirmOpen} onChange={(e) => setConfirmOpen(e.target.checked)} />
            仍然保存（{openItemsShort(openFigures, pendingProblems)}）
          </label>
        </div>
      ) : null}
      {drafts ? <SavePanel entry={entry} issues={[...issues, ...ledgerIssues, ...rowIssues]} existingInSite={existing} baseUrl={import.meta.env.BASE_URL} /> : null}
      <DataCheckPanel baseUrl={import.meta.env.BASE_URL} />
    </div>
  );
}

const DRAFTING_TEXT = '正在识别报告中的数字，识别完成后才能保存。';

/** The busy line: long texts say how long they are, so a wait of seconds is expected. */
function draftingText(chars: number): string {
  const size = chars >= 10_000 ? `（约 ${Math.round(chars / 10_000)} 万字，可能需要几秒，可先填写下面的内容）` : '';
  return `正在识别数字…${size}`;
}

function withoutKey<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
