// The 2025 multi-year batch of issue 17 (tests/fixtures/brief/multi-year-2025.ts):
// the 简报 and the Word brief, sentence by sentence, for 2025 and for 全部年份.
// Each expected sentence was checked against the fixture by hand; the claims
// behind them are also checked by brief/claims/check.ts.

import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief/findings';
import { briefHistories, historyFindingOptions } from '../../../src/brief/histories';
import { briefScopeText } from '../../../src/brief/scope';
import { checkClaims } from '../../../src/brief/claims/check';
import { buildBriefContent } from '../../../src/export/word/brief-content';
import { packBriefDocx } from '../../../src/export/word/brief-docx';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import { multiYear2025 } from '../../fixtures/brief/multi-year-2025';
import { readDocx } from '../export/word/docx-reader';

const dataset = multiYear2025();

function briefOf(years: number[]) {
  const model = buildDashboardModel(dataset, { years });
  const history = briefHistories(model, dataset);
  const findings = buildBriefFindings(model, historyFindingOptions(history));
  const content = buildBriefContent(model, buildProvenanceIndex(dataset), { history });
  return { model, findings, content };
}

const restNote = (content: ReturnType<typeof briefOf>['content'], id: string) =>
  content.charts.find((c) => c.id === id)?.footnotes.find((f) => f.startsWith('其余')) ?? null;

describe('2025 batch, brief for 2025 (3 of 10 reports in)', () => {
  const { model, findings, content } = briefOf([2025]);

  it('names in its scope only the townships with a 2025 report; the rest once, as 尚无报告', () => {
    expect(briefScopeText(model)).toBe('塔尔玛乡、达果乡、海子沟乡 · 2025年');
    expect(content.scope).toBe('塔尔玛乡、达果乡、海子沟乡 · 2025年');
    expect(content.noReport).toBe('尚无2025年报告：碧土乡（察隅县）、哲古镇、扎西乡、曲松乡、拉康镇、卓雄乡、碧土乡（左贡县）');
  });

  it('says, sentence by sentence, only what the reports bear out', () => {
    expect(findings.map((f) => f.text)).toEqual([
      '塔尔玛乡报告的普法宣传活动最多（45场次），其次是海子沟乡（≥30场次）；海子沟乡的数字是下限，实际多少无法确知，排序可能不同。',
      '按“人次”计，只有海子沟乡报告了受教育群众（1200人次）；塔尔玛乡按“人”计（900人），口径不同，未参与比较。',
      '普法宣传活动（2024→2025年）——增加：塔尔玛乡（+5场次）；数字为下限、无法判断增减：海子沟乡；另有8个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '受教育群众（2024→2025年）——增加：塔尔玛乡（+100人）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '排查矛盾纠纷（2024→2025年）——减少：塔尔玛乡（−2起）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '化解矛盾纠纷（2024→2025年）——减少：塔尔玛乡（−1起）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      // 达果乡's 2025 report has no problems section: it is not in the denominator.
      '2个乡镇均提到法治人才与队伍力量不足。',
      '达果乡未报告普法宣传活动、受教育群众；所选乡镇均未报告发放宣传资料。',
      '海子沟乡未报告矛盾纠纷件数、调解成功率和排查次数；达果乡只报告了调解成功率，未报告纠纷件数。',
      '以下1个数字是下限（报告称“余”“以上”等，实际可能更多，图表中标“≥”）：普法宣传活动——海子沟乡。',
      '受教育群众：塔尔玛乡按“人”计，海子沟乡按“人次”计，口径不同，不宜直接比较。',
    ]);
    expect(content.findings.map((f) => f.text)).toEqual(findings.map((f) => f.text));
  });

  it('draws the largest figures in the Word 历年变化 charts and says truly what is left to the table', () => {
    const events = content.charts.find((c) => c.id === 'history:outreach_events')!;
    const drawn = content.claims.find((c) => c.kind === 'omitted_rows' && c.chart === 'history:outreach_events');
    // 哲古镇 ≥100 and 碧土乡 ≥70 (2024, no 2025 report) are drawn; 海子沟乡 ≥30 is left to the table.
    expect(drawn?.kind === 'omitted_rows' && drawn.drawn.map((r) => r.townshipId)).toEqual(['zg', 'bt', 'ta']);
    // Of the seven left out only 曲松乡's report is silent (卓雄乡 has no report at all).
    expect(restNote(content, 'history:outreach_events')).toBe('其余7个乡镇见表格（其中1个未报告）');
    expect(events.table.rows).toHaveLength(10);
    expect(restNote(content, 'history:outreach_reach')).toBe('其余7个乡镇见表格（其中6个未报告）');
  });

  it('every claim holds against the raw tables', () => {
    expect(content.claims.length).toBeGreaterThan(15);
    expect(checkClaims(dataset, content.claims)).toEqual([]);
  });

  it('the .docx says the same, with no bidi control or zero-width character from the names', { timeout: 60_000 }, async () => {
    const docx = readDocx(await packBriefDocx(content, new Map()));
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('塔尔玛乡、达果乡、海子沟乡 · 2025年');
    for (const finding of findings) expect(text).toContain(finding.text);
    expect(text).toContain('其余7个乡镇见表格（其中1个未报告）');
    expect(text).toContain('哲古镇');
    expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('2025 batch, brief for 全部年份 (2020, 2023–2025)', () => {
  const { findings, content } = briefOf([2020, 2023, 2024, 2025]);

  it('names the nine townships with a report in any of the years (卓雄乡 has none)', () => {
    expect(content.scope).toBe('塔尔玛乡、碧土乡（察隅县）、达果乡、哲古镇、海子沟乡、扎西乡、曲松乡、拉康镇、碧土乡（左贡县） · 2020、2023、2024、2025年');
  });

  it('counts townships, not reports, in its lists of names', () => {
    expect(findings.map((f) => f.text)).toEqual([
      '哲古镇 2024年报告的普法宣传活动最多（≥100场次），其次是哲古镇 2023年（90场次）；碧土乡（察隅县） 2024年、海子沟乡 2024年、海子沟乡 2025年的数字也是下限，实际多少无法确知，排序可能不同。',
      '按“人次”计，碧土乡（察隅县） 2024年报告的受教育群众最多（≥2000人次），其次是海子沟乡 2025年（1200人次）；塔尔玛乡 2024年、塔尔玛乡 2025年按“人”计（800人、900人），口径不同，未参与比较。',
      '普法宣传活动（2024→2025年）——增加：塔尔玛乡（+5场次）；数字为下限、无法判断增减：海子沟乡；另有8个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '受教育群众（2024→2025年）——增加：塔尔玛乡（+100人）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '排查矛盾纠纷（2024→2025年）——减少：塔尔玛乡（−2起）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '化解矛盾纠纷（2024→2025年）——减少：塔尔玛乡（−1起）；另有9个乡镇缺少其中一年的报告或可用的数字，未比较。',
      '6份报告中5份提到法治人才与队伍力量不足（塔尔玛乡 2024年、塔尔玛乡 2025年、碧土乡（察隅县） 2024年、海子沟乡 2024年、海子沟乡 2025年）。',
      '达果乡 2025年、曲松乡 2024年未报告普法宣传活动；塔尔玛乡 2020年、塔尔玛乡 2023年、碧土乡（察隅县） 2023年、达果乡 2024年、达果乡 2025年等9个乡镇的12份报告未报告受教育群众；所选乡镇均未报告发放宣传资料。',
      '塔尔玛乡 2020年、塔尔玛乡 2023年、碧土乡（察隅县） 2023年、碧土乡（察隅县） 2024年、达果乡 2024年等9个乡镇的13份报告未报告矛盾纠纷件数、调解成功率和排查次数；达果乡 2025年只报告了调解成功率，未报告纠纷件数。',
      '以下5个数字是下限（报告称“余”“以上”等，实际可能更多，图表中标“≥”）：普法宣传活动——碧土乡（察隅县） 2024年、哲古镇 2024年、海子沟乡 2024年、海子沟乡 2025年；受教育群众——碧土乡（察隅县） 2024年。',
      '受教育群众：塔尔玛乡 2024年、塔尔玛乡 2025年按“人”计，碧土乡（察隅县） 2024年、海子沟乡 2025年按“人次”计，口径不同，不宜直接比较。',
    ]);
  });

  it('every claim holds against the raw tables', () => {
    expect(checkClaims(dataset, content.claims)).toEqual([]);
  });
});
