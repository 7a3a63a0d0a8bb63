// "尚无2025年报告：甲乡、乙乡" — once per view, instead of rows of 未报告 for
// townships whose report for the year has not arrived (model.noReport).
import type { DashboardModel } from '../model/types';

export function NoReportNote({ model }: { model: DashboardModel }) {
  const { text } = model.noReport;
  if (!text) return null;
  return (
    <p className="no-report-note" data-no-report-count={model.noReport.rows.length}>
      {text}。这些乡镇不在下面的图表和表格中（不是“未报告”：数据中还没有这一年度的报告）。
    </p>
  );
}
