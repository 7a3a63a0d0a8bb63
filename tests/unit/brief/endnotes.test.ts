import { describe, expect, it } from 'vitest';
import { buildEndnotes, MAX_NOTES_PER_GROUP, refMarks } from '../../../src/brief/endnotes';
import { buildBriefFindings } from '../../../src/brief/findings';
import { buildDashboardModel, buildProvenanceIndex, selectRows } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

function smallDataset() {
  return withStandardCatalog(new DatasetBuilder())
    .township('a', '甲乡')
    .township('b', '乙乡')
    .township('c', '丙乡')
    .report('a', 2024)
    .report('b', 2024)
    .category('talent', '人才不足')
    .figure('a', 2024, 'outreach_events', 25, { bound: 'at_least', quote: '宣讲25余次' }) // metrics.csv:2
    .figure('b', 2024, 'outreach_events', 12, { quote: '普法活动 12 场次' }) // metrics.csv:3
    .shortcoming('a', 2024, 'talent', '缺乏<b>专业</b>法律人才') // shortcomings.csv:2
    .build();
}

describe('buildEndnotes', () => {
  it('numbers each source once, in order of first citation, and gives each group its numbers', () => {
    const dataset = smallDataset();
    const rows = selectRows(dataset).rows;
    const endnotes = buildEndnotes(
      [
        { id: 'first', sources: ['metrics.csv:3', 'metrics.csv:2'] },
        { id: 'second', sources: ['shortcomings.csv:2', 'metrics.csv:3'] },
      ],
      buildProvenanceIndex(dataset),
      rows,
    );
    expect(endnotes.notes.map((note) => note.number)).toEqual([1, 2, 3]);
    expect(endnotes.notes.map((note) => (note.kind === 'quote' ? note.key : note.kind === 'report' ? note.rowKey : note.groupId))).toEqual([
      'metrics.csv:3',
      'metrics.csv:2',
      'shortcomings.csv:2',
    ]);
    expect(endnotes.refs.get('first')).toEqual([1, 2]);
    expect(endnotes.refs.get('second')).toEqual([1, 3]);
    expect(endnotes.unknownKeys).toEqual([]);
  });

  it('condenses a group citing more rows than a brief can list into one note, counting quotes and townships', () => {
    const dataset = smallDataset();
    const provenance = buildProvenanceIndex(dataset);
    const rows = selectRows(dataset).rows;
    const many = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'metrics.csv:2' : 'metrics.csv:3'));
    // At the limit every source is still its own note (two distinct rows here).
    const listed = buildEndnotes([{ id: 'chart', sources: many(MAX_NOTES_PER_GROUP) }], provenance, rows);
    expect(listed.notes.map((n) => n.kind)).toEqual(['quote', 'quote']);
    // Above it: one note, with the counts, and a finding cited before keeps its own notes.
    const endnotes = buildEndnotes(
      [
        { id: 'finding', sources: ['shortcomings.csv:2'] },
        { id: 'chart', label: '“普法宣传活动”图', sources: [...many(MAX_NOTES_PER_GROUP), 'metrics.csv:999'], silentRowKeys: ['c:2024'] },
      ],
      provenance,
      rows,
    );
    expect(endnotes.notes).toHaveLength(2);
    expect(endnotes.notes[1]).toMatchObject({ number: 2, kind: 'group', groupId: 'chart', quotes: MAX_NOTES_PER_GROUP, silentReports: 1, townships: 2 });
    expect(endnotes.notes[1]?.text).toBe(
      `“普法宣传活动”图依据 2 个乡镇报告中的 ${MAX_NOTES_PER_GROUP} 条原文及 1 份没有相关数字的报告，条数太多，此处不逐条列出：每个数字的原文见相应图下的表格，在看板中点开数字即可查看。`,
    );
    expect(endnotes.refs.get('chart')).toEqual([2]);
    // A finding resting only on silent reports names no quotes.
    const silent = buildEndnotes([{ id: 'missing', sources: [], silentRowKeys: Array.from({ length: MAX_NOTES_PER_GROUP + 1 }, () => 'c:2024') }], provenance, rows);
    expect(silent.notes[0]?.text).toBe(`该结论依据 ${MAX_NOTES_PER_GROUP + 1} 份没有相关数字的报告，条数太多，此处不逐条列出：每个数字的原文见相应图下的表格，在看板中点开数字即可查看。`);
    expect(endnotes.refs.get('finding')).toEqual([1]);
    // A key the data no longer has is still named, not dropped.
    expect(endnotes.unknownKeys).toEqual(['metrics.csv:999']);
  });

  it('prints township, year, report title, the verbatim quote and its data line', () => {
    const dataset = smallDataset();
    const endnotes = buildEndnotes(
      [{ id: 'x', sources: ['metrics.csv:2', 'shortcomings.csv:2'] }],
      buildProvenanceIndex(dataset),
      selectRows(dataset).rows,
    );
    expect(endnotes.notes[0]?.text).toBe('甲乡 2024年《a 2024年法治政府建设情况报告》：“宣讲25余次”（metrics.csv:2）');
    // Text stays text: markup in a quote is passed through verbatim for the UI to render as text.
    expect(endnotes.notes[1]).toMatchObject({ kind: 'quote', quote: '缺乏<b>专业</b>法律人才', township: '甲乡', year: 2024 });
  });

  it('cites a silent report for a missing figure, or says there is no report', () => {
    const dataset = smallDataset();
    const endnotes = buildEndnotes(
      [{ id: 'missing', sources: [], silentRowKeys: ['b:2024', 'c:2024', 'nobody:2024'] }],
      buildProvenanceIndex(dataset),
      selectRows(dataset).rows,
    );
    expect(endnotes.notes.map((note) => note.text)).toEqual([
      '乙乡 2024年《b 2024年法治政府建设情况报告》：报告中没有相关数字',
      '丙乡 2024年：reports.csv 中没有这一年度的报告',
    ]);
    expect(endnotes.refs.get('missing')).toEqual([1, 2]);
  });

  it('lists keys the provenance index does not know instead of dropping them silently', () => {
    const dataset = smallDataset();
    const endnotes = buildEndnotes(
      [{ id: 'x', sources: ['metrics.csv:99', 'metrics.csv:2', 'metrics.csv:99'] }],
      buildProvenanceIndex(dataset),
      selectRows(dataset).rows,
    );
    expect(endnotes.unknownKeys).toEqual(['metrics.csv:99']);
    expect(endnotes.refs.get('x')).toEqual([1]);
  });

  it('covers every source of every finding of a real model', () => {
    const dataset = fiveTownships();
    const model = buildDashboardModel(dataset);
    const findings = buildBriefFindings(model);
    const endnotes = buildEndnotes(findings, buildProvenanceIndex(dataset), model.selection.rows);
    const cited = new Set(endnotes.notes.flatMap((note) => (note.kind === 'quote' ? [note.key] : [])));
    for (const finding of findings) {
      for (const key of finding.sources) expect(cited.has(key)).toBe(true);
      expect(endnotes.refs.get(finding.id)?.length ?? 0).toBe(
        new Set(finding.sources).size + new Set(finding.silentRowKeys).size,
      );
    }
    expect(endnotes.unknownKeys).toEqual([]);
  });
});

describe('refMarks', () => {
  it('collapses runs of three or more into ranges', () => {
    expect(refMarks([])).toBe('');
    expect(refMarks([4])).toBe('[4]');
    expect(refMarks([2, 1])).toBe('[1, 2]');
    expect(refMarks([1, 2, 3, 5, 7, 8, 9, 10, 12])).toBe('[1–3, 5, 7–10, 12]');
    expect(refMarks([3, 3, 4])).toBe('[3, 4]');
  });
});
