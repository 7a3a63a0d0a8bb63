// "尚无2025年报告：甲乡、乙乡" — once per view, instead of rows of 未报告 for
// townships whose report for the year has not arrived (model.noReport).
import { leftOutByNoReport } from '../model/no-report';
import type { DashboardModel } from '../model/types';

/**
 * `text` / `unread` override the model's lines (the 简报 writes them from its checked claims, brief/scope.ts).
 * `withHistory`: the view also draws 历年变化, where such a year is shown as 无报告.
 */
export function NoReportNote({
  model,
  text = model.noReport.text,
  unread = model.noReport.unread,
  withHistory = false,
}: {
  model: DashboardModel;
  text?: string | null;
  unread?: string | null;
  withHistory?: boolean;
}) {
  const where = withHistory ? '下面的比较中（历年变化中记为“无报告”）' : '下面的图表和表格中';
  return (
    <>
      {text ? (
        <p className="no-report-note" data-no-report-count={model.noReport.rows.length}>
          {text}。{leftOutByNoReport(model.selection.years)}不在{where}（不是“未报告”：数据中还没有{model.selection.years.length > 1 ? '这些' : '这一'}年度的报告）。
        </p>
      ) : null}
      {/* Refused rows that belong to no township or figure: every 未报告 of the year carries this caveat. */}
      {unread ? (
        <p className="unread-rows-note" data-testid="unread-rows-note">
          {unread}
        </p>
      ) : null}
    </>
  );
}
