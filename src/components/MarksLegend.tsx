// The meaning of the marks used on every view: ≥, 约, 未报告, 数据有误.
import { FOOTNOTE_APPROX, FOOTNOTE_AT_LEAST, FOOTNOTE_DATA_ERROR, FOOTNOTE_NOT_ENTERED, FOOTNOTE_NOT_REPORTED } from '../model/format';

export function MarksLegend() {
  return (
    <ul className="marks-legend" aria-label="标记说明">
      <li>{FOOTNOTE_AT_LEAST}</li>
      <li>{FOOTNOTE_APPROX}</li>
      <li>{FOOTNOTE_NOT_REPORTED}</li>
      <li>{FOOTNOTE_NOT_ENTERED}</li>
      <li>{FOOTNOTE_DATA_ERROR}</li>
      {/* Paper cannot be clicked: the printout has its sources line and endnotes instead. */}
      <li className="no-print">点击任一数字、图形或表格中的数字，可查看报告原文中的出处。</li>
    </ul>
  );
}
