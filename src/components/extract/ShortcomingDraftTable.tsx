// The proposed shortcomings.csv rows: the quoted clause, its category
// (changeable), taken or left out.

import { useState } from 'react';
import { pageRange } from '../../desk/paging';
import { REOPENED_TEXT, type Decision, type ShortcomingRowState } from '../../desk/draft-rows';
import { Pager } from './Pager';
import type { PickerOption } from './use-extraction-setup';
import './extract-tables.css';

export interface ShortcomingDraftTableProps {
  rows: readonly ShortcomingRowState[];
  onChange: (key: string, change: Partial<ShortcomingRowState>) => void;
  onDecideAll: (decision: Decision) => void;
  /** While a new text is drafted the rows shown are the last text's: 采用全部问题 waits. */
  bulkDisabled?: boolean;
  categoryOptions: readonly PickerOption[];
}

function toggle(current: Decision, pressed: Decision): Decision {
  return current === pressed ? 'pending' : pressed;
}

export function ShortcomingDraftTable({ rows, onChange, onDecideAll, categoryOptions, bulkDisabled = false }: ShortcomingDraftTableProps) {
  const accepted = rows.filter((r) => r.decision === 'accepted').length;
  const pending = rows.filter((r) => r.decision === 'pending').length;
  const [page, setPage] = useState(0);
  const { start, end } = pageRange(page, rows.length);
  const pager = <Pager noun="行" total={rows.length} page={page} onPage={setPage} label="存在的问题分页" />;
  return (
    <section className="extract-section" aria-labelledby="extract-shortcoming-rows">
      <div className="extract-section__head">
        <h3 id="extract-shortcoming-rows">
          存在的问题草稿（{rows.length} 行，已采用 {accepted} 行{pending > 0 ? `，待审核 ${pending} 行` : ''}）
        </h3>
        {rows.length > 0 ? (
          <div className="extract-toolbar">
            <button type="button" className="extract-button" disabled={bulkDisabled} onClick={() => onDecideAll('accepted')}>
              采用全部问题
            </button>
          </div>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="extract-message">没有找到“存在的问题与不足”部分，或其中没有可归类的问题。</p>
      ) : (
        <>
          {pager}
          <div className="extract-table-scroll" role="region" aria-label="存在的问题草稿" tabIndex={0}>
            <table className="extract-table">
              <thead>
                <tr>
                  <th scope="col">引文 quote</th>
                  <th scope="col">类别 category</th>
                  <th scope="col">处理</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(start, end).map((row) => {
                  const name = `问题“${row.draft.quote.slice(0, 12)}${row.draft.quote.length > 12 ? '…' : ''}”`;
                  const known = categoryOptions.some((o) => o.id === row.category);
                  return (
                    <tr key={row.key} className={`extract-row extract-row--${row.decision}`}>
                      <th scope="row" className="extract-quote">
                        {row.draft.quote}
                        {row.reopened ? <p className="extract-message extract-message--warning">{REOPENED_TEXT}</p> : null}
                      </th>
                      <td>
                        <select className="extract-field--category" aria-label={`${name}的类别`} value={row.category} onChange={(e) => onChange(row.key, { category: e.target.value })}>
                          {known ? null : <option value={row.category}>{row.category}</option>}
                          {categoryOptions.map((o) => (
                            <option key={o.id} value={o.id}>
                              {o.label === '' ? o.id : `${o.label}（${o.id}）`}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <div className="extract-decision" role="group" aria-label={`${name}：是否采用`}>
                          <button
                            type="button"
                            className="extract-button extract-button--accept"
                            aria-pressed={row.decision === 'accepted'}
                            onClick={() => onChange(row.key, { decision: toggle(row.decision, 'accepted') })}
                          >
                            采用
                          </button>
                          <button
                            type="button"
                            className="extract-button extract-button--reject"
                            aria-pressed={row.decision === 'rejected'}
                            onClick={() => onChange(row.key, { decision: toggle(row.decision, 'rejected') })}
                          >
                            不采用
                          </button>
                        </div>
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
