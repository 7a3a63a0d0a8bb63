// The proposed metrics.csv rows, each editable (metric, item, value, unit,
// bound, note) and taken or left out by the reviewer. Every control has a
// label naming its row, so a screen reader user knows which figure it edits.

import { useEffect, useRef, useState } from 'react';
import type { Bound } from '../../data/types';
import { BOUNDS } from '../../data/types';
import { BOUND_LABELS, REOPENED_TEXT, metricRowProblem, type Decision, type MetricRowState } from '../../desk/draft-rows';
import { pageOf, pageRange } from '../../desk/paging';
import { Pager } from './Pager';
import type { PickerOption } from './use-extraction-setup';
import './extract-tables.css';

export interface MetricDraftTableProps {
  rows: readonly MetricRowState[];
  onChange: (key: string, change: Partial<MetricRowState>) => void;
  onDecideAll: (decision: Decision) => void;
  metricOptions: readonly PickerOption[];
  /** Id of the row element for a key, so the report's marks can bring it into view. */
  rowId: (key: string) => string;
  onLocate: (key: string) => void;
  /** A row to bring into view and focus (its page is turned to): set anew on each request. */
  reveal?: { key: string } | null;
  /** The rows shown are the last text's while the new one is drafted: 全部采用 would act on them. */
  bulkDisabled?: boolean;
}

const DECISION_TEXT: Readonly<Record<Decision, string>> = { pending: '待审核', accepted: '✓ 已采用', rejected: '✗ 不采用' };

function optionText(option: PickerOption): string {
  return option.label === '' ? option.id : `${option.label}（${option.id}）`;
}

function DecisionButtons({ row, onChange, name }: { row: MetricRowState; onChange: MetricDraftTableProps['onChange']; name: string }) {
  const problem = metricRowProblem(row);
  return (
    <div className="extract-decision" role="group" aria-label={`${name}：是否采用`}>
      <button
        type="button"
        className="extract-button extract-button--accept"
        aria-pressed={row.decision === 'accepted'}
        disabled={problem !== null}
        onClick={() => onChange(row.key, { decision: row.decision === 'accepted' ? 'pending' : 'accepted' })}
      >
        采用
      </button>
      <button
        type="button"
        className="extract-button extract-button--reject"
        aria-pressed={row.decision === 'rejected'}
        onClick={() => onChange(row.key, { decision: row.decision === 'rejected' ? 'pending' : 'rejected' })}
      >
        不采用
      </button>
      {/* The state in words, not only as a pressed look (采用 is no invisible toggle). */}
      <span className={`extract-decision__state extract-decision__state--${row.decision}`}>{DECISION_TEXT[row.decision]}</span>
    </div>
  );
}

/** Brings a row into view and focuses its metric picker. */
function focusRow(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.querySelector<HTMLElement>('select')?.focus({ preventScroll: true });
  return true;
}

export function MetricDraftTable({ rows, onChange, onDecideAll, metricOptions, rowId, onLocate, reveal = null, bulkDisabled = false }: MetricDraftTableProps) {
  const accepted = rows.filter((r) => r.decision === 'accepted').length;
  // Thousands of rows (a 5 MB paste) in pages; a row asked for from the report turns to its page, then takes focus.
  const [page, setPage] = useState(0);
  const revealed = useRef<{ key: string } | null>(null);
  useEffect(() => {
    if (!reveal) return;
    const index = rows.findIndex((r) => r.key === reveal.key);
    if (index !== -1) setPage(pageOf(index));
  }, [reveal]);
  useEffect(() => {
    if (reveal && revealed.current !== reveal && focusRow(rowId(reveal.key))) revealed.current = reveal;
  }, [reveal, page]);
  const { start, end } = pageRange(page, rows.length);
  const pager = <Pager noun="行" total={rows.length} page={page} onPage={setPage} label="指标数据行分页" />;
  return (
    <section className="extract-section" aria-labelledby="extract-metric-rows">
      <div className="extract-section__head">
        <h3 id="extract-metric-rows">指标数据行草稿（{rows.length} 行，已采用 {accepted} 行）</h3>
        <div className="extract-toolbar">
          <button type="button" className="extract-button" disabled={bulkDisabled} onClick={() => onDecideAll('accepted')}>
            全部采用
          </button>
          <button type="button" className="extract-button" disabled={bulkDisabled} onClick={() => onDecideAll('pending')}>
            全部恢复待审
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="extract-message">没有找到可归入指标的数字。</p>
      ) : (
        <>
          {pager}
          <div className="extract-table-scroll" role="region" aria-label="指标数据行草稿" tabIndex={0}>
            <table className="extract-table">
              <thead>
                <tr>
                  <th scope="col">原文数字</th>
                  <th scope="col">指标 metric</th>
                  <th scope="col">item（原称）</th>
                  <th scope="col">数值 value</th>
                  <th scope="col">单位 unit</th>
                  <th scope="col">口径 bound</th>
                  <th scope="col">引文 quote</th>
                  <th scope="col">备注 note</th>
                  <th scope="col">处理</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(start, end).map((row) => {
                  const figure = row.draft.quote.slice(row.draft.figureStart - row.draft.start, row.draft.figureEnd - row.draft.start);
                  const name = `数字“${figure}”`;
                  const problem = metricRowProblem(row);
                  const known = metricOptions.some((o) => o.id === row.metric);
                  return (
                    <tr key={row.key} id={rowId(row.key)} className={`extract-row extract-row--${row.decision}`}>
                      <th scope="row">
                        <button type="button" className="extract-link" onClick={() => onLocate(row.key)} aria-label={`${name}：在原文中定位`}>
                          {figure}
                        </button>
                      </th>
                      <td>
                        <select className="extract-field--metric" aria-label={`${name}的指标`} value={row.metric} onChange={(e) => onChange(row.key, { metric: e.target.value })}>
                          {known ? null : <option value={row.metric}>{row.metric || '（请选择）'}</option>}
                          {metricOptions.map((o) => (
                            <option key={o.id} value={o.id}>
                              {optionText(o)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input className="extract-field--item" aria-label={`${name}的 item`} value={row.item} onChange={(e) => onChange(row.key, { item: e.target.value })} />
                      </td>
                      <td>
                        <input
                          className="extract-field--number"
                          aria-label={`${name}的数值`}
                          inputMode="decimal"
                          value={row.valueText}
                          aria-invalid={problem !== null && problem.startsWith('数值')}
                          onChange={(e) => onChange(row.key, { valueText: e.target.value })}
                        />
                      </td>
                      <td>
                        <input className="extract-field--unit" aria-label={`${name}的单位`} value={row.unit} onChange={(e) => onChange(row.key, { unit: e.target.value })} />
                      </td>
                      <td>
                        <select className="extract-field--bound" aria-label={`${name}的口径`} value={row.bound} onChange={(e) => onChange(row.key, { bound: e.target.value as Bound })}>
                          {BOUNDS.map((b) => (
                            <option key={b} value={b}>
                              {BOUND_LABELS[b]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="extract-quote">{row.draft.quote}</td>
                      <td>
                        <input className="extract-field--note" aria-label={`${name}的备注`} value={row.note} onChange={(e) => onChange(row.key, { note: e.target.value })} />
                        {problem ? <p className="extract-message extract-message--error">{problem}</p> : null}
                        {row.reopened ? <p className="extract-message extract-message--warning">{REOPENED_TEXT}</p> : null}
                      </td>
                      <td>
                        <DecisionButtons row={row} onChange={onChange} name={name} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </section>
  );
}
