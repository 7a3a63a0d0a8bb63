import { describe, expect, it } from 'vitest';
import { changeFindings } from '../../../src/brief/change-findings';
import { buildHistories } from '../../../src/model/history';
import { DatasetBuilder } from '../../fixtures/model/synth';

function dataset() {
  const b = new DatasetBuilder()
    .metricDefinition('outreach_events', '普法宣传活动', '场次')
    .metricDefinition('outreach_materials', '发放普法资料', '份');
  for (const [id, name] of [['a', '甲乡'], ['b', '乙乡'], ['c', '丙乡'], ['d', '丁乡'], ['e', '戊乡']] as const) b.township(id, name).report(id, 2023);
  for (const id of ['a', 'c', 'd', 'e']) b.report(id, 2024);
  return b
    .figure('a', 2023, 'outreach_events', 25, { bound: 'at_least', unit: '场次' })
    .figure('a', 2024, 'outreach_events', 20, { unit: '场次' })
    .figure('b', 2023, 'outreach_events', 30, { unit: '场次' })
    .figure('c', 2023, 'outreach_events', 4, { unit: '场次' })
    .figure('d', 2023, 'outreach_events', 5, { unit: '场次' })
    .figure('d', 2024, 'outreach_events', 9, { unit: '场次' })
    .figure('e', 2023, 'outreach_events', 10, { unit: '场次', bound: 'at_least' })
    .figure('e', 2024, 'outreach_events', 12, { unit: '场次', bound: 'at_least' })
    .figure('a', 2024, 'outreach_materials', 100, { unit: '份' })
    .build();
}

describe('change findings of the brief', () => {
  const ds = dataset();
  const histories = buildHistories(ds, {}, ['outreach_events', 'outreach_materials']);
  const findings = changeFindings(histories, 2024);

  it('states each change as the bounds allow and counts, never names, townships missing a year', () => {
    expect(findings).toHaveLength(1);
    const [events] = findings;
    expect(events!.text).toBe(
      '普法宣传活动（2023→2024年）——增加：丁乡（+4场次）；减少：甲乡（减少至少5场次）；数字为下限、无法判断增减：戊乡；另有2个乡镇缺少其中一年的报告或可用的数字，未比较。',
    );
    expect(events!.text).not.toContain('乙乡');
    expect(events!.text).not.toContain('丙乡');
  });

  it('cites both years of every township it names', () => {
    const keys = ds.metrics
      .filter((m) => ['a', 'd', 'e'].includes(m.townshipId) && m.metric === 'outreach_events')
      .map((m) => `${m.source.file}:${m.source.line}`);
    expect([...findings[0]!.sources].sort()).toEqual([...keys].sort());
  });

  it('says nothing for the first year of the data', () => {
    expect(changeFindings(histories, 2023)).toEqual([]);
  });
});
