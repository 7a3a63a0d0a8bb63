// The figure ledger (src/desk/ledger.ts) as a list: every figure of the
// report in reading order with its sentence and what became of it (录入 as
// which metric, 不录入 and why, or 待处理). The clerk chooses a figure here or
// in the highlighted report (its tag), then places it (pick a metric: item,
// value, unit, bound and quote come from the text) or sets it aside with a
// reason. Keyboard: every line is a button; the form takes focus when opened.

import { useEffect, useRef, useState } from 'react';
import { countLedger, SET_ASIDE_REASONS, type LedgerLine, type SetAsideReason } from '../../desk/ledger';
import { pageOf, pageRange } from '../../desk/paging';
import { Pager } from './Pager';
import type { PickerOption } from './use-extraction-setup';
import './figure-ledger.css';

export interface FigureLedgerProps {
  lines: readonly LedgerLine[];
  /** Index of the chosen figure, or null. */
  selected: number | null;
  onSelect: (index: number | null) => void;
  onPlace: (index: number, metric: string) => void;
  onSetAside: (index: number, reason: SetAsideReason) => void;
  /** Back to open: the clerk's placement or reason is undone. */
  onReopen: (index: number) => void;
  metricOptions: readonly PickerOption[];
  idPrefix: string;
}

const STATE_TEXT = { placed: '已录入', set_aside: '不录入', open: '待处理' } as const;

function optionText(option: PickerOption): string {
  return option.label === '' ? option.id : `${option.label}（${option.id}）`;
}

function PlaceForm({ line, props }: { line: LedgerLine; props: FigureLedgerProps }) {
  const [metric, setMetric] = useState(line.metric ?? '');
  const [reason, setReason] = useState<SetAsideReason>(line.reason ?? line.suggested ?? 'not_in_catalog');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), [line.index]);
  const id = `${props.idPrefix}-ledger-form`;
  return (
    <div className="figure-ledger__form" id={id} role="group" aria-label={`处理数字“${line.figureText}”`}>
      <p className="figure-ledger__chosen">
        已选：<mark>{line.figureText}</mark>（{STATE_TEXT[line.state]}）
      </p>
      <div className="figure-ledger__row">
        <label>
          录入为指标
          <select ref={first} value={metric} onChange={(e) => setMetric(e.target.value)}>
            <option value="">（请选择）</option>
            {props.metricOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {optionText(o)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="extract-button extract-button--primary" disabled={metric === ''} onClick={() => props.onPlace(line.index, metric)}>
          录入
        </button>
      </div>
      <div className="figure-ledger__row">
        <label>
          不录入，理由
          <select value={reason} onChange={(e) => setReason(e.target.value as SetAsideReason)}>
            {(Object.keys(SET_ASIDE_REASONS) as SetAsideReason[])
              .filter((r) => r !== 'rejected' && r !== 'rule')
              .map((r) => (
                <option key={r} value={r}>
                  {SET_ASIDE_REASONS[r]}
                </option>
              ))}
          </select>
        </label>
        <button type="button" className="extract-button" onClick={() => props.onSetAside(line.index, reason)}>
          不录入
        </button>
        {line.state !== 'open' ? (
          <button type="button" className="extract-button" onClick={() => props.onReopen(line.index)}>
            改回待处理
          </button>
        ) : null}
        <button type="button" className="extract-button" onClick={() => props.onSelect(null)}>
          关闭
        </button>
      </div>
      <p className="extract-hint">录入时，数值、单位、口径（“余”“以上”为下限，“约”“近”为约数）和引文都取自原文，录入后可在下面的指标表中修改名称。</p>
    </div>
  );
}

export function FigureLedger(props: FigureLedgerProps) {
  const { lines, selected, onSelect, idPrefix } = props;
  const count = countLedger(lines);
  const chosen = selected === null ? null : (lines[selected] ?? null);
  // A long report's figures in pages; choosing a figure (here or at its tag in the report) turns to its page.
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (selected !== null) setPage(pageOf(selected));
  }, [selected]);
  const { start, end } = pageRange(page, lines.length);
  const pager = <Pager noun="个数字" total={lines.length} page={page} onPage={setPage} label="数字清单分页" />;
  return (
    <section className="extract-section figure-ledger" aria-labelledby={`${idPrefix}-ledger-heading`}>
      <h3 id={`${idPrefix}-ledger-heading`}>
        数字清单：共 {count.total} 个，已录入 {count.placed}，不录入 {count.setAside}，<span className={count.open > 0 ? 'figure-ledger__open' : ''}>待处理 {count.open}</span>
      </h3>
      <p className="extract-hint">
        报告中的每个数字都要有着落：录入为指标（在下表“采用”），或说明不录入的理由。全部处理完，看板才会对这份报告没有给出的数字写“未报告”；否则写“未录入”。点原文中数字后的标签，或点下面的数字，即可处理。
      </p>
      {chosen ? <PlaceForm key={chosen.index} line={chosen} props={props} /> : null}
      {pager}
      <ol className="figure-ledger__list" start={start + 1}>
        {lines.slice(start, end).map((line) => (
          <li key={line.start} className={`figure-ledger__line figure-ledger__line--${line.state}`}>
            <button
              type="button"
              className="figure-ledger__pick"
              aria-pressed={selected === line.index}
              aria-label={`数字“${line.figureText}”：${STATE_TEXT[line.state]}${line.state === 'set_aside' && line.reason ? `（${SET_ASIDE_REASONS[line.reason]}）` : ''}，选择以处理`}
              onClick={() => onSelect(line.index)}
            >
              {line.figureText}
            </button>
            <span className={`figure-ledger__state figure-ledger__state--${line.state}`}>
              {STATE_TEXT[line.state]}
              {line.state === 'placed' && line.metric ? `：${props.metricOptions.find((o) => o.id === line.metric)?.label || line.metric}` : ''}
              {line.state === 'set_aside' && line.reason ? `：${SET_ASIDE_REASONS[line.reason]}` : ''}
              {line.state === 'open' && line.metric ? '：已草拟，待采用' : ''}
            </span>
            {line.state === 'open' && line.why ? <span className="figure-ledger__why">{line.why}</span> : null}
            <span className="figure-ledger__sentence">{line.sentence}</span>
          </li>
        ))}
      </ol>
      {pager}
    </section>
  );
}
