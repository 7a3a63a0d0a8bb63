import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief/findings';
import type { Finding } from '../../../src/brief/types';
import type { Dataset } from '../../../src/data/types';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import { DatasetBuilder, fiveTownships, withStandardCatalog } from '../../fixtures/model/synth';

function findingsOf(dataset: Dataset, criteria = {}): Finding[] {
  return buildBriefFindings(buildDashboardModel(dataset, criteria));
}

function byId(findings: readonly Finding[], id: string): Finding {
  const finding = findings.find((candidate) => candidate.id === id);
  if (!finding) throw new Error(`no finding ${id} in ${findings.map((f) => f.id).join(', ')}`);
  return finding;
}

/** Townships a..e with one report each; figures added per test. */
function townships(ids: readonly string[], names: readonly string[]): DatasetBuilder {
  const builder = withStandardCatalog(new DatasetBuilder());
  ids.forEach((id, index) => builder.township(id, names[index] ?? id).report(id, 2024));
  return builder;
}

const IDS = ['a', 'b', 'c', 'd'];
const NAMES = ['甲乡', '乙乡', '丙乡', '丁镇'];

/** Quote of each source key, to check a finding rests on the rows it names. */
function quotesOf(dataset: Dataset, keys: readonly string[]): string[] {
  const index = buildProvenanceIndex(dataset);
  return index.resolve(keys).map((entry) => (entry.kind === 'metric' ? entry.figure.quote : entry.shortcoming.quote));
}

describe('leader finding', () => {
  it('names the largest reported lower bound as "reported the most" and says other lower bounds could exceed it', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 100, { bound: 'at_least', quote: '普法宣传100余场' })
      .figure('b', 2024, 'outreach_events', 70, { bound: 'at_least', quote: '宣讲70余场' })
      .figure('c', 2024, 'outreach_events', 12, { quote: '普法活动12场' })
      .build();
    const finding = byId(findingsOf(dataset), 'leader:outreach_events');
    expect(finding.text).toContain('甲乡报告的普法宣传活动最多（≥100场），其次是乙乡（≥70场）');
    expect(finding.text).toContain('乙乡的数字也是下限');
    expect(finding.text).toContain('排序可能不同');
    expect(finding.text).not.toContain('丙乡的数字');
    expect(quotesOf(dataset, finding.sources)).toEqual(['普法宣传100余场', '宣讲70余场']);
  });

  it('never calls a lower bound "most" when an exact figure is larger', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 100, { bound: 'at_least' })
      .figure('b', 2024, 'outreach_events', 120)
      .build();
    const text = byId(findingsOf(dataset), 'leader:outreach_events').text;
    expect(text).toContain('乙乡报告的普法宣传活动最多（120场），其次是甲乡（≥100场）');
    expect(text).not.toMatch(/甲乡报告的[^；]*最多/);
    // The exact leader is not a lower bound, so the other's is not "also" one.
    expect(text).toContain('甲乡的数字是下限');
  });

  it('states the order without caveat when it is certain (a lower bound above exact figures)', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 40, { bound: 'at_least' })
      .figure('b', 2024, 'outreach_events', 30)
      .figure('c', 2024, 'outreach_events', 10)
      .build();
    const text = byId(findingsOf(dataset), 'leader:outreach_events').text;
    expect(text).toBe('甲乡报告的普法宣传活动最多（≥40场），其次是乙乡（30场）。');
  });

  it('treats approximate figures as uncertain', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 50)
      .figure('b', 2024, 'outreach_events', 45, { bound: 'approx' })
      .build();
    const text = byId(findingsOf(dataset), 'leader:outreach_events').text;
    expect(text).toContain('甲乡报告的普法宣传活动最多（50场），其次是乙乡（约45场）');
    expect(text).toContain('乙乡的数字是约数');
  });

  it('reports a tie as a tie', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 30)
      .figure('c', 2024, 'outreach_events', 30)
      .figure('b', 2024, 'outreach_events', 8)
      .build();
    const text = byId(findingsOf(dataset), 'leader:outreach_events').text;
    expect(text).toBe('甲乡、丙乡报告的普法宣传活动并列最多（30场），其次是乙乡（8场）。');
  });

  it('compares only rows counted in the same unit, and names the others as not compared', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_reach', 6403, { unit: '人', bound: 'at_least' })
      .figure('b', 2024, 'outreach_reach', 3000, { unit: '人次' })
      .figure('c', 2024, 'outreach_reach', 2000, { unit: '人次', bound: 'at_least' })
      .build();
    const text = byId(findingsOf(dataset), 'leader:outreach_reach').text;
    // The catalog unit (人次) is the comparison's unit; 6403人 is not "more" than 3000人次.
    expect(text).toContain('按“人次”计，乙乡报告的受教育群众最多（3000人次），其次是丙乡（≥2000人次）');
    expect(text).toContain('甲乡按“人”计（≥6403人），口径不同，未参与比较');
    expect(text).not.toMatch(/甲乡报告的[^；]*最多/);
  });

  it('treats 次, 场 and 场次 as one measure, as the model does: all compared, nobody left out', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 75, { unit: '次', bound: 'at_least' })
      .figure('b', 2024, 'outreach_events', 100, { unit: '场次', bound: 'at_least' })
      .figure('c', 2024, 'outreach_events', 12, { unit: '场' })
      .build();
    const model = buildDashboardModel(dataset);
    const events = model.outreach.find((comparison) => comparison.metric === 'outreach_events');
    // The model sees one measure: no "units differ" flag.
    expect(events?.flags.map((flag) => flag.kind)).not.toContain('units_differ_across_townships');
    const text = byId(buildBriefFindings(model), 'leader:outreach_events').text;
    // …and neither does the brief: each figure keeps its own spelling, but all three are ranked.
    expect(text).toContain('乙乡报告的普法宣传活动最多（≥100场次），其次是甲乡（≥75次）');
    expect(text).not.toContain('口径不同');
    expect(text).not.toContain('未参与比较');
    expect(text).not.toMatch(/按“[^”]*”计/);
  });

  it('groups rows exactly as the model’s unit flag does when measures really differ', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 75, { unit: '次', bound: 'at_least' })
      .figure('b', 2024, 'outreach_events', 40, { unit: '场次' })
      .figure('c', 2024, 'outreach_events', 900, { unit: '人次' })
      .figure('d', 2024, 'outreach_events', 30, { unit: '场' })
      .build();
    const model = buildDashboardModel(dataset);
    const events = model.outreach.find((comparison) => comparison.metric === 'outreach_events');
    const flag = events?.flags.find((candidate) => candidate.kind === 'units_differ_across_townships');
    expect(flag?.groups.map((group) => [...group.labels].sort())).toEqual(
      expect.arrayContaining([['丁镇', '甲乡', '乙乡'].sort(), ['丙乡']]),
    );
    const text = byId(buildBriefFindings(model), 'leader:outreach_events').text;
    // The catalog's measure (场) is the comparison: 次, 场次 and 场 rows are ranked together, under the catalog's word…
    expect(text).toContain('按“场”计，甲乡报告的普法宣传活动最多（≥75次），其次是乙乡（40场次）');
    // …and only the row the flag puts apart is left out, in its own unit.
    expect(text).toContain('丙乡按“人次”计（900人次），口径不同，未参与比较');
    expect(text).not.toMatch(/(甲乡|乙乡|丁镇)按“[^”]*”计/);
  });

  it('says "only" when one township reports the metric, and states the figure when one is selected', () => {
    const dataset = townships(IDS, NAMES).figure('b', 2024, 'outreach_events', 9).build();
    expect(byId(findingsOf(dataset), 'leader:outreach_events').text).toBe('只有乙乡报告了普法宣传活动（9场）。');
    expect(byId(findingsOf(dataset, { townshipIds: ['b'] }), 'leader:outreach_events').text).toBe(
      '乙乡报告的普法宣传活动为9场。',
    );
  });

  it('gives no leader for a metric nobody reports', () => {
    const dataset = townships(IDS, NAMES).figure('a', 2024, 'outreach_events', 5).build();
    const ids = findingsOf(dataset).map((finding) => finding.id);
    expect(ids).toContain('leader:outreach_events');
    expect(ids).not.toContain('leader:outreach_reach');
  });
});

describe('shortcoming findings', () => {
  it('says how many townships admit each shared shortcoming, with their names and quotes as sources', () => {
    const dataset = fiveTownships();
    const findings = findingsOf(dataset);
    const talent = byId(findings, 'shortcoming:talent');
    // 丁乡's report has no problems section (no shortcomings.csv row): it is not counted (issue 17).
    expect(talent.text).toBe('4个乡镇均提到法治人才与队伍力量不足。');
    expect(quotesOf(dataset, talent.sources)).toEqual([
      '法律专业人才匮乏',
      '普法队伍力量薄弱',
      '缺少法律人才',
      '干部法治素养有待提高',
      '法治队伍力量不足',
    ]);
    expect(byId(findings, 'shortcoming:depth').text).toBe('4个乡镇中2个提到普法宣传深度不够（甲乡、戊镇）。');
    // A category nobody mentions is not a finding.
    expect(findings.some((finding) => finding.id === 'shortcoming:funding')).toBe(false);
  });

  it('drops the name list when every township mentions the category', () => {
    const builder = townships(['a', 'b'], ['甲乡', '乙乡']).category('talent', '人才不足');
    builder.shortcoming('a', 2024, 'talent', '缺人才').shortcoming('b', 2024, 'talent', '人手不够');
    expect(byId(findingsOf(builder.build()), 'shortcoming:talent').text).toBe('2个乡镇均提到人才不足。');
  });

  it('falls back to the single most mentioned category and honours the maximum', () => {
    const builder = townships(IDS, NAMES).category('x', '类别一').category('y', '类别二');
    builder.shortcoming('a', 2024, 'y', '原文');
    const findings = findingsOf(builder.build()).filter((finding) => finding.kind === 'shortcoming');
    // Only 甲乡's report has a problems section: the others say nothing either way.
    expect(findings.map((finding) => finding.text)).toEqual(['1个乡镇中1个提到类别二（甲乡）。']);

    // Mentioned by every township, by all but one, by all but two: the maximum of 2 names the first two.
    const many = townships(IDS, NAMES).category('x', '类别一').category('y', '类别二').category('z', '类别三');
    IDS.forEach((id, i) => {
      many.shortcoming(id, 2024, 'x', '一');
      if (i > 0) many.shortcoming(id, 2024, 'y', '二');
      if (i > 1) many.shortcoming(id, 2024, 'z', '三');
    });
    const shortcomingTexts = (builder: typeof many, max: number) =>
      buildBriefFindings(buildDashboardModel(builder.build()), { maxShortcomings: max })
        .filter((f) => f.kind === 'shortcoming')
        .map((f) => f.text);
    expect(shortcomingTexts(many, 2)).toHaveLength(2);
    expect(shortcomingTexts(many, 2).join()).not.toContain('类别三');
  });

  it('names a category mentioned as often as the last one within the maximum: ties are not cut', () => {
    const tied = townships(IDS, NAMES).category('x', '类别一').category('y', '类别二').category('z', '类别三');
    for (const id of IDS) tied.shortcoming(id, 2024, 'x', '一').shortcoming(id, 2024, 'y', '二').shortcoming(id, 2024, 'z', '三');
    const texts = buildBriefFindings(buildDashboardModel(tied.build()), { maxShortcomings: 2 })
      .filter((f) => f.kind === 'shortcoming')
      .map((f) => f.text);
    // One sentence for the three, each mentioned by every township.
    expect(texts).toEqual(['4个乡镇均提到：类别一；类别二；类别三。']);
    // Two of four each: named, with their townships, in one sentence after the category all four mention.
    const partly = townships(IDS, NAMES).category('x', '类别一').category('y', '类别二').category('z', '类别三');
    for (const id of IDS) partly.shortcoming(id, 2024, 'x', '一');
    partly.shortcoming('a', 2024, 'y', '二').shortcoming('b', 2024, 'y', '二').shortcoming('c', 2024, 'z', '三').shortcoming('d', 2024, 'z', '三');
    const findings = buildBriefFindings(buildDashboardModel(partly.build()), { maxShortcomings: 2 }).filter((f) => f.kind === 'shortcoming');
    expect(findings.map((f) => f.text)).toEqual(['4个乡镇均提到类别一。', '4个乡镇中各有2个提到：类别二（甲乡、乙乡）；类别三（丙乡、丁镇）。']);
    expect(findings[1]!.claims).toHaveLength(2);
  });
});

describe('missing figures', () => {
  it('names the township with no dispute figures, and cites its report as silent', () => {
    const findings = findingsOf(fiveTownships());
    const disputes = byId(findings, 'missing:disputes');
    expect(disputes.text).toContain('乙乡未报告矛盾纠纷件数、调解成功率和排查次数');
    expect(disputes.text).toContain('丁乡只报告了调解成功率，未报告纠纷件数');
    expect(disputes.silentRowKeys).toEqual(expect.arrayContaining(['hz:2024', 'dg:2024']));
    // Townships with both counts are not "missing".
    expect(disputes.text).not.toContain('甲乡');
    expect(disputes.silentRowKeys).not.toContain('ta:2024');
  });

  it('says when only resolved disputes or only screening rounds are given', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'disputes_resolved', 9, { unit: '起' })
      .figure('b', 2024, 'disputes_resolved', 35, { unit: '件' })
      .figure('b', 2024, 'dispute_screening_rounds', 400, { unit: '次', bound: 'at_least', quote: '排查400余次' })
      .figure('c', 2024, 'disputes_screened', 18, { unit: '起' })
      .figure('c', 2024, 'disputes_resolved', 17, { unit: '起' })
      .figure('d', 2024, 'dispute_screening_rounds', 12, { unit: '次' })
      .build();
    const finding = byId(findingsOf(dataset), 'missing:disputes');
    expect(finding.text).toContain('甲乡、乙乡只报告了化解矛盾纠纷，未报告排查矛盾纠纷，无法据件数计算调解成功率');
    expect(finding.text).toContain('丁镇未报告纠纷件数和调解成功率');
    expect(finding.text).toContain('乙乡、丁镇报告的“矛盾纠纷排查次数”是排查行动的次数，不是纠纷件数');
    expect(finding.text).not.toContain('丙乡');
    expect(quotesOf(dataset, finding.sources)).toContain('排查400余次');
  });

  it('groups outreach metrics missing from the same townships', () => {
    const dataset = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 5)
      .figure('a', 2024, 'outreach_reach', 50, { unit: '人次' })
      .figure('b', 2024, 'outreach_events', 5)
      .figure('c', 2024, 'outreach_events', 5)
      .figure('d', 2024, 'outreach_events', 5)
      .build();
    const finding = byId(findingsOf(dataset), 'missing:outreach');
    expect(finding.text).toBe('乙乡、丙乡、丁镇未报告受教育群众；所选乡镇均未报告发放宣传资料。');
    expect(new Set(finding.silentRowKeys)).toEqual(new Set(['a:2024', 'b:2024', 'c:2024', 'd:2024']));
    expect(finding.sources).toEqual([]);
  });
});

describe('lower bounds and units', () => {
  it('lists every lower-bound figure by metric and cites only the lower-bound parts', () => {
    const dataset = fiveTownships();
    const finding = byId(findingsOf(dataset), 'lower_bounds');
    expect(finding.text).toMatch(/^以下6个数字是下限/);
    expect(finding.text).toContain('普法宣传活动——丙乡');
    expect(finding.text).toContain('矛盾纠纷排查次数——戊镇');
    expect(finding.text).toContain('“≥”');
    const index = buildProvenanceIndex(dataset);
    const bounds = index.resolve(finding.sources).map((entry) => (entry.kind === 'metric' ? entry.figure.bound : null));
    expect(bounds).toHaveLength(6);
    expect(new Set(bounds)).toEqual(new Set(['at_least']));
  });

  it('has no lower-bound finding when every figure is exact', () => {
    const dataset = townships(IDS, NAMES).figure('a', 2024, 'outreach_events', 5).build();
    expect(findingsOf(dataset).some((finding) => finding.kind === 'lower_bounds')).toBe(false);
  });

  it('repeats the model’s unit note (人 vs 人次) with the metric name', () => {
    const finding = byId(findingsOf(fiveTownships()), 'units:outreach_reach:units_differ_across_townships');
    expect(finding.text).toBe('受教育群众：甲乡按“人”计，丙乡、丁乡、戊镇按“人次”计，口径不同，不宜直接比较。');
    expect(finding.sources.length).toBeGreaterThan(0);
  });
});

describe('buildBriefFindings', () => {
  it('orders findings: leaders, shortcomings, missing, lower bounds, units', () => {
    const kinds = findingsOf(fiveTownships()).map((finding) => finding.kind);
    const order = ['leader', 'shortcoming', 'missing', 'lower_bounds', 'units'];
    const positions = kinds.map((kind) => order.indexOf(kind));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(kinds)).toEqual(new Set(order));
  });

  it('ids are unique and every sentence ends with 。', () => {
    const findings = findingsOf(fiveTownships());
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
    for (const finding of findings) expect(finding.text).toMatch(/。$/);
  });

  it('stays a readable sentence with many townships and several years', () => {
    const builder = withStandardCatalog(new DatasetBuilder());
    for (let i = 0; i < 30; i += 1) {
      const id = `t${i}`;
      builder.township(id, `第${i}乡`);
      for (const year of [2023, 2024]) {
        builder.report(id, year);
        if (i % 3 !== 0) builder.figure(id, year, 'outreach_events', 10 + i + year - 2023, { bound: i % 2 ? 'at_least' : 'exact' });
      }
    }
    const findings = findingsOf(builder.build());
    const leader = byId(findings, 'leader:outreach_events');
    // The largest figure: township 29 in 2024 (29 + 10 + 1), a lower bound.
    expect(leader.text).toMatch(/^第29乡 2024年报告的普法宣传活动最多（≥40场）/);
    const missing = byId(findings, 'missing:outreach');
    // 20 reports of 10 townships: a township with two years is counted once (issue 17).
    expect(missing.text).toMatch(/等10个乡镇的20份报告未报告普法宣传活动/);
    for (const finding of findings) expect(finding.text.length).toBeLessThan(400);
  });

  it('is empty for an empty selection', () => {
    expect(findingsOf(fiveTownships(), { townshipIds: ['nobody'] })).toEqual([]);
  });
});

describe('src/brief is generic', () => {
  it('names no township and holds no figure from data/', () => {
    const townshipsCsv = readFileSync(join(__dirname, '../../../data/townships.csv'), 'utf8');
    const names = townshipsCsv
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim() !== '')
      .flatMap((line) => line.split(',').slice(0, 2));
    expect(names.length).toBeGreaterThan(0);
    const dir = join(__dirname, '../../../src/brief');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(10);
    for (const entry of files) {
      const file = join(entry.parentPath, entry.name);
      const source = readFileSync(file, 'utf8');
      for (const name of names) expect(source, `${file} mentions ${name}`).not.toContain(name);
    }
  });
});

describe('a lead whose minimum is itself approximate (≥约)', () => {
  it('is shown ≥约 and the ranking is said to be unsure, and the checker agrees', async () => {
    const { checkClaims } = await import('../../../src/brief/claims/check');
    const builder = townships(IDS, NAMES)
      .figure('a', 2024, 'outreach_events', 7, { item: '专题讲座', unit: '场' })
      .figure('a', 2024, 'outreach_events', 101, { item: '入户宣讲', unit: '场', bound: 'approx' })
      .figure('a', 2024, 'outreach_events', 5, { item: '集中宣讲', unit: '场', bound: 'at_least' })
      .figure('b', 2024, 'outreach_events', 110, { unit: '场' });
    const dataset = builder.build();
    const leader = findingsOf(dataset).find((finding) => finding.id.includes('outreach_events'))!;
    expect(leader.text).toContain('甲乡报告的普法宣传活动最多（≥约113场）');
    expect(leader.text).toContain('甲乡的数字本身是约数');
    expect(checkClaims(dataset, leader.claims)).toEqual([]);
  });
});
