// The page shell: title, choosers, view tabs, status line, data problems, the
// chosen view and the provenance panel. State lives in the URL hash; data is
// loaded once; the model is rebuilt only when the selection changes.
import { useCallback, useEffect, useMemo } from 'react';
import { rejectUnverifiedQuotes } from '../data/rejected';
import type { Dataset } from '../data/types';
import { buildDashboardModel, buildProvenanceIndex } from '../model';
import { indexDataset } from '../model/dataset-index';
import { lazyComponent } from '../components/lazy-component';
import { LoadingStatus } from '../components/LoadingStatus';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ViewSwitch } from '../components/ViewSwitch';
import { TownshipPicker } from '../components/controls/TownshipPicker';
import { YearPicker } from '../components/controls/YearPicker';
import { ViewTabs, tabId } from '../components/controls/ViewTabs';
import { PrintControls } from '../components/controls/PrintControls';
import { ExcelExportButton } from '../components/ExcelExportButton';
import { QuoteCheckStatus } from '../components/QuoteCheckStatus';
import { PreviewBannerSlot } from '../components/PreviewBannerSlot';
import { YearCoverageLine } from '../components/YearCoverageLine';
import { unreadRows } from '../model/unread-rows';
import { defaultYear, yearCoverage } from '../model/years';
import { DataGapNotice } from '../components/DataGapNotice';
// Modules, not the '../data' index: the index re-exports the desk's folder check and
// the parser, which would then be part of the first JS (issue 19).
import { truncatedFiles, unusableFiles } from '../data/file-status';
import { MAX_FILE_BYTES } from '../data/limits';
import { blockingFiles, nothingCanBeShown, problemsHint } from './data-gaps';
import { prefetchCharts } from '../components/LazyEChart';
import { BASE_URL } from './base-url';
import { useChartsReadySignal } from './charts-ready';
import { printWithCharts } from './print-page';
import { printedSelection } from './printed-selection';
import { ProvenanceContext, ProvenanceIndexContext, type ProvenanceActions } from './provenance-context';
import { resolveChoice, townshipsForUrl } from './selection-criteria';
import { encodeUrlState } from './url-state';
import { useDataset } from './use-dataset';
import { usePrintSetup } from './use-print-setup';
import { useQuoteCheck } from './use-quote-check';
import { useUrlState } from './use-url-state';
import { useViewDocument, viewDocumentTitle } from './use-view-document';
import { VIEWS, viewInfo } from './views';

export const PAGE_TITLE = '乡镇法治政府建设情况对比';

// Shown only when needed — the provenance panel on a click on a figure (with
// the report reader), the problems list when the data has problems — so their
// code is not part of what a view needs to draw (issue 19, the chart view's JS budget).
const LazyProblemsPanel = lazyComponent(() => import('../components/ProblemsPanel').then((m) => m.ProblemsPanel), 'problems', {
  partOfView: false,
});
const LazyProvenancePanel = lazyComponent(() => import('../components/ProvenancePanel').then((m) => m.ProvenancePanel), 'provenance', {
  partOfView: false,
});
const PANEL_ID = 'view-panel';

export function App() {
  const [url, setUrl] = useUrlState();
  const data = useDataset(BASE_URL);
  const dataset = data.status === 'ready' ? data.dataset : null;

  const coverage = useMemo(() => (dataset ? yearCoverage(dataset) : []), [dataset]);
  const unread = useMemo(() => (dataset ? unreadRows(dataset) : null), [dataset]);
  const available = useMemo(
    () => (dataset ? { ...availableChoices(dataset), defaultYear: defaultYear(coverage) } : { townshipIds: [], years: [] }),
    [dataset, coverage],
  );
  const choice = useMemo(() => resolveChoice(url, available), [url, available]);
  const choiceKey = `${choice.townshipIds.join(',')}|${choice.years.join(',')}`;
  // Files that gave nothing: the views that need them say so instead of drawing 未报告.
  const unusable = useMemo(() => (dataset ? unusableFiles(dataset) : []), [dataset]);
  const truncated = useMemo(() => (dataset ? truncatedFiles(dataset) : []), [dataset]);
  const blocking = blockingFiles(url.view, unusable);

  // Chart code (a separate chunk): fetched alongside the data when the page
  // opens on a chart view, else once the first screen is up, so that
  // switching to a chart view is instant.
  const opensOnChartView = viewInfo(url.view).hasCharts;
  useEffect(() => {
    if (dataset || opensOnChartView) prefetchCharts();
  }, [dataset, opensOnChartView]);

  const chartsReady = useChartsReadySignal(dataset !== null, `${url.view}|${choiceKey}`);
  const quoteCheck = useQuoteCheck(dataset, BASE_URL, chartsReady);
  // Once the quotes are checked, a figure whose quote is not in its report is 数据有误, not drawn as traced.
  // Same object when every quote was found, so nothing is rebuilt then.
  const checked = useMemo(
    () => (dataset && quoteCheck.status === 'done' ? rejectUnverifiedQuotes(dataset, quoteCheck.problems) : dataset),
    [dataset, quoteCheck],
  );
  const model = useMemo(
    () =>
      checked && choice.townshipIds.length > 0
        ? buildDashboardModel(checked, { townshipIds: choice.townshipIds, years: choice.years })
        : null,
    // choiceKey stands for the two arrays: a new array with the same ids must not rebuild.
    [checked, choiceKey],
  );
  const provenanceIndex = useMemo(() => (checked ? buildProvenanceIndex(checked) : null), [checked]);
  const problems = useMemo(
    () => [...(dataset?.problems ?? []), ...(quoteCheck.status === 'done' ? quoteCheck.problems : [])],
    [dataset, quoteCheck],
  );

  const provenanceActions = useMemo<ProvenanceActions>(
    () => ({ open: ({ keys, rowKey }) => setUrl({ quotes: [...keys], row: rowKey ?? null }) }),
    [setUrl],
  );
  const closePanel = useCallback(() => setUrl({ quotes: [], row: null }), [setUrl]);
  const onCellChange = useCallback((cell: string | null) => setUrl({ cell }), [setUrl]);
  const onGroupChange = useCallback((group: string) => setUrl({ group }), [setUrl]);
  const focusYear = choice.years.length > 0 ? choice.years[choice.years.length - 1]! : null;
  const panelOpen = url.quotes.length > 0 || url.row !== null;
  const usesSelection = viewInfo(url.view).usesSelection;

  // 历年变化 shows every year whatever year is chosen: its printed scope says so.
  const historyView = url.view === 'history';
  const printed = useMemo(() => (model && checked ? printedSelection(model.selection, checked, historyView) : null), [model, checked, historyView]);
  useViewDocument(url.view, viewDocumentTitle(PAGE_TITLE, viewInfo(url.view).label));
  usePrintSetup({
    title: `${PAGE_TITLE} — ${viewInfo(url.view).label}`,
    selection: usesSelection ? printed : null,
    paper: url.paper,
  });
  const print = useCallback(() => void printWithCharts({ orientation: url.paper }), [url.paper]);

  return (
    <ProvenanceContext.Provider value={provenanceActions}>
      <ProvenanceIndexContext.Provider value={provenanceIndex}>
        <div className={panelOpen ? 'app app--with-panel' : 'app'}>
          <a className="skip-link" href={encodeUrlState(url)} onClick={skipToContent}>
            跳到主要内容
          </a>
          <PreviewBannerSlot />
          <header className="app-header">
            <div className="app-header__titles">
              <h1>{PAGE_TITLE}</h1>
              <p className="app-header__subtitle">{subtitle(dataset, choice.years)}</p>
              <YearCoverageLine coverage={coverage} unread={unread} />
            </div>
            {dataset && usesSelection && !nothingCanBeShown(unusable) ? (
              <div className="app-header__tools">
                <div className="controls" aria-label="选择范围" role="group">
                  <TownshipPicker
                    townships={dataset.townships}
                    chosen={choice.townshipIds}
                    onChange={(ids) => setUrl({ townships: townshipsForUrl(ids, available.townshipIds), cell: null })}
                  />
                  <YearPicker
                    years={available.years}
                    value={choice.year}
                    coverage={coverage}
                    onChange={(year) => setUrl({ year, cell: null })}
                  />
                </div>
                <PrintControls orientation={url.paper} onOrientationChange={(paper) => setUrl({ paper })} onPrint={print} />
                {model && dataset ? (
                  <div className="export-controls no-print" role="group" aria-label="导出表格">
                    <ExcelExportButton
                      view={url.view}
                      viewLabel={viewInfo(url.view).label}
                      model={model}
                      dataset={dataset}
                      group={url.group}
                      pageTitle={PAGE_TITLE}
                    />
                  </div>
                ) : null}
              </div>
            ) : null}
          </header>

          <nav className="app-nav">
            <ViewTabs views={VIEWS} current={url.view} onChoose={(view) => setUrl({ view })} panelId={PANEL_ID} />
          </nav>

          <div className="status-line">
            {data.status === 'loading' ? (
              <LoadingStatus progress={{ label: '正在读取数据', ...data.progress }} />
            ) : null}
            {dataset ? <QuoteCheckStatus state={quoteCheck} /> : null}
            {truncated.length > 0 ? (
              <p className="warning-text status-note" role="alert">
                {truncated.join('、')} 超过每个文件 {Math.round(MAX_FILE_BYTES / (1024 * 1024))} MB 的上限，超出部分未读入，其中各行所属的数字标为“数据有误”（见“数据问题”）。
              </p>
            ) : null}
            {choice.unknownTownshipIds.length > 0 ? (
              <p className="warning-text">链接中的乡镇代码在数据中不存在，已忽略：{choice.unknownTownshipIds.join('、')}</p>
            ) : null}
          </div>

          {data.status === 'failed' ? (
            <div className="error-box" role="alert">
              <h2>数据无法读取</h2>
              <p>页面没能读取 data 文件夹中的数据文件。请确认网站文件完整（data 文件夹与 index.html 在同一目录），然后刷新页面。</p>
              <details>
                <summary>技术信息</summary>
                <pre>{data.message}</pre>
              </details>
            </div>
          ) : null}

          {problems.length > 0 ? <LazyProblemsPanel problems={problems} hint={problemsHint(unusable, truncated)} /> : null}

          {/* The main landmark holds the tab panel: role="tabpanel" on <main> itself would hide the landmark. */}
          <main className="app-main">
            <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(url.view)} tabIndex={-1} className="app-main__panel">
              {dataset && blocking.length > 0 ? (
                <DataGapNotice files={blocking} everything={nothingCanBeShown(unusable)} />
              ) : dataset || url.view === 'extract' ? (
                <ErrorBoundary key={url.view} area={viewInfo(url.view).label}>
                  <ViewSwitch
                    view={url.view}
                    model={model}
                    dataset={dataset}
                    cell={url.cell}
                    onCellChange={onCellChange}
                    group={url.group}
                    onGroupChange={onGroupChange}
                    focusYear={focusYear}
                  />
                </ErrorBoundary>
              ) : null}
            </div>
          </main>

          {panelOpen && checked && provenanceIndex ? (
            <LazyProvenancePanel
              dataset={checked}
              index={provenanceIndex}
              keys={url.quotes}
              rowKey={url.row}
              baseUrl={BASE_URL}
              onClose={closePanel}
            />
          ) : null}

          <footer className="app-footer">
            数据取自各乡镇公开的年度《法治政府建设情况报告》，每个数字均可追溯到报告原文。数据文件：data/ 文件夹。
          </footer>
        </div>
      </ProvenanceIndexContext.Provider>
    </ProvenanceContext.Provider>
  );
}

function availableChoices(dataset: Dataset) {
  // The index's years: those of the reports, figures and shortcomings (a province's 250,000 rows read once).
  return { townshipIds: dataset.townships.map((t) => t.id), years: [...indexDataset(dataset).years] };
}

function subtitle(dataset: Dataset | null, years: readonly number[]): string {
  if (!dataset) return '依据各乡镇年度法治政府建设情况报告';
  const yearText = years.length === 1 ? `${years[0]}年` : years.length > 1 ? `${years[0]}—${years[years.length - 1]}年` : '';
  return `依据各乡镇${yearText}法治政府建设情况报告 · 共${dataset.townships.length}个乡镇、${dataset.reports.length}份报告`;
}

function skipToContent(event: React.MouseEvent) {
  // The hash holds the page state, so the skip link moves focus instead of navigating.
  event.preventDefault();
  document.getElementById(PANEL_ID)?.focus();
}
