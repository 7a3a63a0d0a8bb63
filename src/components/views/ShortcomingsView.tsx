// 存在的问题: the township × category matrix and the ranking of categories by
// how many townships report them. Choosing a cell (in the chart or the table)
// or a category lists its quotes; the choice is kept in the URL (cell=…).
import { useCallback, useMemo } from 'react';
import { buildShortcomingMatrixChart } from '../../charts/shortcoming-matrix/shortcoming-matrix';
import { buildShortcomingRankingChart } from '../../charts/shortcoming-ranking/shortcoming-ranking';
import type { ChartBuildOptions, ChartDatum } from '../../charts/types';
import { loadModelTables } from './load-model-tables';
import type { CategoryRank, DashboardModel, SelectionRow, ShortcomingMatrix } from '../../model/types';
import { ChartCard } from '../ChartCard';
import { DataTable, type Column } from '../DataTable';
import { NoReportNote } from '../NoReportNote';
import { MarksLegend } from '../MarksLegend';
import { useChartClick } from '../use-chart-click';
import { cellChoice, parseCellChoice } from '../../app/cell-choice';
import { lazyComponent } from '../lazy-component';
import { matrixColumns, type MatrixRow } from './matrix-columns';

// Shown when a cell is chosen: not part of what the view (or the 简报) needs to draw (issue 19).
const CellQuotes = lazyComponent(() => import('./CellQuotes').then((m) => m.CellQuotes), 'cell-quotes', { partOfView: false });

export interface ShortcomingsViewProps {
  model: DashboardModel;
  cell: string | null;
  onCellChange: (cell: string | null) => void;
}

export function ShortcomingsView({ model, cell, onCellChange }: ShortcomingsViewProps) {
  return (
    <section className="view" aria-labelledby="shortcomings-heading">
      <div className="view__intro">
        <h2 id="shortcomings-heading">存在的问题</h2>
        <p>各乡镇报告“存在的问题”部分所述问题，按类别归纳。点击矩阵中的格子或表中的“提到”，可查看报告原话。</p>
      </div>
      <NoReportNote model={model} />
      <ShortcomingsCharts model={model} cell={cell} onCellChange={onCellChange} />
      <MarksLegend />
    </section>
  );
}

/** The ranking and the matrix with their tables and the chosen cell's quotes (also part of the 简报). */
export function ShortcomingsCharts({ model, cell, onCellChange }: ShortcomingsViewProps) {
  const matrix = model.shortcomings;
  const choice = parseCellChoice(cell);
  const openReport = useChartClick();
  const onItemClick = useCallback(
    (datum: ChartDatum) => {
      if (datum.categoryId) onCellChange(cellChoice(datum.rowKey ?? null, datum.categoryId));
      else openReport(datum);
    },
    [onCellChange, openReport],
  );
  const buildMatrix = useCallback((options: ChartBuildOptions) => buildShortcomingMatrixChart(matrix, options), [matrix]);
  const buildRanking = useCallback((options: ChartBuildOptions) => buildShortcomingRankingChart(matrix, options), [matrix]);
  const rankingCsv = useCallback(async () => (await loadModelTables()).shortcomingRankingTable(matrix), [matrix]);
  // The matrix as a spreadsheet: one row per quote (township, category, quote, source).
  const matrixCsv = useCallback(async () => (await loadModelTables()).shortcomingQuotesTable(matrix), [matrix]);
  const matrixRows = useMemo(() => toMatrixRows(matrix), [matrix]);
  const columns = useMemo(() => matrixColumns(matrix, onCellChange), [matrix, onCellChange]);
  const rankingColumns = useMemo(() => rankingTableColumns(matrix, onCellChange), [matrix, onCellChange]);
  const cellList =
    choice !== null ? <CellQuotes matrix={matrix} choice={choice} onClose={() => onCellChange(null)} /> : null;

  return (
    <>
      <ChartCard
        build={buildRanking}
        csv={rankingCsv}
        onItemClick={onItemClick}
        table={
          // No report lists a shortcoming: no "0/N" rows that read as "none has this problem".
          matrix.cells.length > 0 ? (
            <DataTable caption="各类问题被提及情况（表）" rows={matrix.ranking} columns={rankingColumns} rowKey={(r) => r.category.id} />
          ) : null
        }
      >
        {choice?.rowKey === null ? cellList : null}
      </ChartCard>
      <ChartCard
        build={buildMatrix}
        csv={matrixCsv}
        layout="stacked"
        onItemClick={onItemClick}
        table={<DataTable caption="乡镇 × 问题类别（表）" className="matrix-table" rows={matrixRows} columns={columns} rowKey={(r) => r.row.key} />}
      >
        {choice !== null && choice.rowKey !== null ? cellList : null}
      </ChartCard>
    </>
  );
}

function toMatrixRows(matrix: ShortcomingMatrix): MatrixRow[] {
  const errorsOf = new Map(matrix.rowErrors.map((r) => [r.rowKey, r.errors] as const));
  const byRow = new Map<string, MatrixRow>(
    matrix.rows.map((row: SelectionRow) => [row.key, { row, cells: new Map(), errors: errorsOf.get(row.key) ?? [] }]),
  );
  for (const cell of matrix.cells) byRow.get(cell.rowKey)?.cells.set(cell.categoryId, cell);
  return [...byRow.values()];
}

// More names than this and the cell says "等N个": the matrix table below has them all.
const NAMES_IN_RANKING = 6;

function rankingTableColumns(matrix: ShortcomingMatrix, onCellChange: (cell: string | null) => void): Column<CategoryRank>[] {
  const labelOf = new Map(matrix.rows.map((row) => [row.key, row.label] as const));
  const names = (rank: CategoryRank) => {
    const all = rank.rowKeys.map((key) => labelOf.get(key) ?? key);
    if (all.length === 0) return '—';
    return all.length > NAMES_IN_RANKING ? `${all.slice(0, NAMES_IN_RANKING).join('、')}等${all.length}个` : all.join('、');
  };
  return [
    { id: 'category', header: '问题类别', sortValue: (r) => r.category.label, render: (r) => r.category.label },
    {
      id: 'count',
      header: '提到',
      numeric: true,
      sortValue: (r) => r.rowCount,
      render: (r) =>
        r.rowCount > 0 ? (
          <button
            type="button"
            className="figure"
            // Starts with the visible "4/5" (WCAG 2.5.3), then says what it means.
            aria-label={`${r.rowCount}/${r.outOf}：${r.sentence}，查看引文`}
            onClick={() => onCellChange(cellChoice(null, r.category.id))}
          >
            {r.rowCount}/{r.outOf}
          </button>
        ) : (
          <span className="muted">
            0/{r.outOf}
          </span>
        ),
    },
    { id: 'names', header: '提到的乡镇名单', sortValue: (r) => names(r), render: (r) => names(r) },
  ];
}
