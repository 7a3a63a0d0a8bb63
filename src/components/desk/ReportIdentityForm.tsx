// 这份报告属于: the township chosen from the data's list (or added: name,
// county, prefecture, province, its id made from the pinyin of the name),
// and the year, title and publication date, filled in from the report's
// first lines and open to correction. No id is ever typed.

import { useEffect, useId, useState } from 'react';
import type { Report, Township } from '../../data/types';
import { loadPinyin } from '../../desk/pinyin';
import { guessNewTownship } from '../../desk/report-meta';
import { makeTownshipId, type ToPinyin } from '../../desk/township-id';
import { idSource, isMunicipality, NEW_TOWNSHIP, reportInData, type IdentityState } from '../../desk/identity';
import './desk.css';

export interface ReportIdentityFormProps {
  value: IdentityState;
  /** Takes a new state or an update of the latest one (as React's setState does). */
  onChange: (next: IdentityState | ((current: IdentityState) => IdentityState)) => void;
  townships: readonly Township[];
  reports: readonly Report[];
}

const PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省',
  '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
];

/** A labelled control: the label names it by `for`, so its accessible name is the label's text alone. */
function Field({ label, className = '', children }: { label: string; className?: string; children: (id: string) => React.ReactNode }) {
  const fieldId = useId();
  return (
    <div className={`desk-field ${className}`}>
      <label htmlFor={fieldId}>{label}</label>
      {children(fieldId)}
    </div>
  );
}

export function ReportIdentityForm({ value, onChange, townships, reports }: ReportIdentityFormProps) {
  const id = useId();
  const [toPinyin, setToPinyin] = useState<ToPinyin | null>(null);
  const [pinyinFailed, setPinyinFailed] = useState(false);
  const isNew = value.choice === NEW_TOWNSHIP;
  const t = value.newTownship;

  useEffect(() => {
    if (!isNew || toPinyin) return;
    let cancelled = false;
    loadPinyin().then(
      (fn) => {
        if (!cancelled) setToPinyin(() => fn);
      },
      () => {
        if (!cancelled) setPinyinFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [isNew, toPinyin]);

  // The id follows the name (and county, when the name's id is taken). It is
  // made from the latest state, never from a render's copy, and records what
  // it was made from: a name typed one character at a time (七 → 七星镇) ends
  // with the id of the whole name, and a stale id cannot be saved (src/desk/identity.ts).
  const source = idSource(t);
  useEffect(() => {
    if (!isNew || !toPinyin) return;
    onChange((current) => {
      if (current.choice !== NEW_TOWNSHIP) return current;
      const from = idSource(current.newTownship);
      if (current.newIdFrom === from && (current.newId !== '' || current.newTownship.name.trim() === '')) return current;
      const name = current.newTownship.name.trim();
      const newId = name === '' ? '' : makeTownshipId(name, current.newTownship.county, townships.map((o) => o.id), toPinyin);
      return { ...current, newId, newIdFrom: from };
    });
    // After every change of the state: a stale update elsewhere cannot leave the id behind its name.
  }, [isNew, toPinyin, source, value, onChange, townships]);

  const setTownship = (field: keyof IdentityState['newTownship'], text: string) => {
    // Applied to the latest state (typed fast, a render's copy would undo the id made meanwhile).
    onChange((current) => {
      const before = current.newTownship;
      const next = { ...before, [field]: text };
      // A municipality has no prefecture: the municipality stands in both columns.
      if (field === 'province' && isMunicipality(text) && (before.prefecture === '' || isMunicipality(before.prefecture))) next.prefecture = text;
      return { ...current, newTownship: next };
    });
  };
  // A new township starts from what the title says (重庆市城口县高观镇2025年… → 高观镇, 城口县, 重庆市).
  const choose = (choice: string): IdentityState => {
    if (choice !== NEW_TOWNSHIP || t.name !== '') return { ...value, choice };
    const guess = guessNewTownship(value.title);
    if (!guess) return { ...value, choice };
    const province = isMunicipality(guess.prefecture) ? guess.prefecture : t.province;
    return { ...value, choice, newTownship: { ...t, name: guess.name, county: guess.county, prefecture: guess.prefecture, province } };
  };
  const setField = (field: 'year' | 'title' | 'published', text: string) =>
    onChange({ ...value, [field]: text, edited: value.edited.includes(field) ? value.edited : [...value.edited, field] });

  const existing = !isNew && value.choice !== '' ? reportInData(value, reports) : null;
  const yearsOf = (townshipId: string) =>
    reports
      .filter((r) => r.townshipId === townshipId)
      .map((r) => r.year)
      .sort((a, b) => a - b);

  return (
    <fieldset className="desk-identity">
      <legend>这份报告属于</legend>
      <div className="desk-identity__row">
        <Field label="乡镇">
          {(fieldId) => (
            <select id={fieldId} value={value.choice} onChange={(e) => onChange(choose(e.target.value))} aria-describedby={`${id}-township-hint`}>
              <option value="">请选择……</option>
              {townships.map((o) => {
                const years = yearsOf(o.id);
                return (
                  <option key={o.id} value={o.id}>
                    {o.name}（{o.county}）{years.length > 0 ? ` — 已有 ${years.join('、')} 年报告` : ''}
                  </option>
                );
              })}
              <option value={NEW_TOWNSHIP}>＋ 新增乡镇（列表中没有）</option>
            </select>
          )}
        </Field>
        <Field label="报告年度" className="desk-field--year">
          {(fieldId) => (
            <input id={fieldId} value={value.year} onChange={(e) => setField('year', e.target.value.trim())} inputMode="numeric" placeholder="如 2025" />
          )}
        </Field>
        <Field label="发布日期（报告未写可留空）" className="desk-field--date">
          {(fieldId) => (
            <input id={fieldId} value={value.published} onChange={(e) => setField('published', e.target.value.trim())} placeholder="如 2026-03-21" />
          )}
        </Field>
      </div>
      <Field label="报告标题（照录原文）" className="desk-field--wide">
        {(fieldId) => (
          <input id={fieldId} value={value.title} onChange={(e) => setField('title', e.target.value)} placeholder="如 碧土乡2025年法治政府建设情况报告" />
        )}
      </Field>
      <p id={`${id}-township-hint`} className="extract-hint">
        年度、标题和发布日期已按报告开头自动填写，请核对；乡镇能从标题认出时也已选好。
      </p>
      {existing ? (
        <p className="extract-message extract-message--warning" role="status">
          数据中已有{townships.find((o) => o.id === existing.townshipId)?.name ?? existing.townshipId} {existing.year} 年的报告（{existing.title}）。保存时会请您确认是否替换它。
        </p>
      ) : null}
      {isNew ? (
        <div className="desk-new-township" role="group" aria-labelledby={`${id}-new-heading`}>
          <h4 id={`${id}-new-heading`}>新增乡镇</h4>
          <div className="desk-identity__row">
            <Field label="乡镇名称">
              {(fieldId) => (
                <input id={fieldId} value={t.name} onChange={(e) => setTownship('name', e.target.value.trim())} placeholder="如 高观镇" />
              )}
            </Field>
            <Field label="所属县（区）">
              {(fieldId) => (
                <input id={fieldId} value={t.county} onChange={(e) => setTownship('county', e.target.value.trim())} placeholder="如 城口县" />
              )}
            </Field>
            <Field label="所属地级市（州、盟）">
              {(fieldId) => (
                <input id={fieldId} value={t.prefecture} onChange={(e) => setTownship('prefecture', e.target.value.trim())} placeholder="如 昌都市" />
              )}
            </Field>
            <Field label="所属省（自治区、直辖市）">
              {(fieldId) => (
                <>
                  <input id={fieldId} value={t.province} list={`${id}-provinces`} onChange={(e) => setTownship('province', e.target.value.trim())} placeholder="如 西藏自治区" />
                  <datalist id={`${id}-provinces`}>
                    {PROVINCES.map((p) => (
                      <option key={p} value={p} />
                    ))}
                  </datalist>
                </>
              )}
            </Field>
          </div>
          <p className="extract-hint">
            直辖市（北京、天津、上海、重庆）没有地级市一级：“所属省”和“所属地级市”都填直辖市的名称，如“重庆市”；“所属县（区）”填区县，如“城口县”。
          </p>
          <p className="desk-id" role="status">
            {pinyinFailed
              ? '拼音工具未能加载，无法生成编号。请刷新页面后重试。'
              : t.name.trim() === ''
                ? '填写名称后，系统会用名称的拼音生成乡镇编号（用于文件名，无需手填）。'
                : value.newId === '' || value.newIdFrom !== source
                  ? '正在生成编号……'
                  : `乡镇编号（自动生成）：${value.newId}`}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
