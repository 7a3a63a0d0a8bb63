// Issue 18: the error classes seen on unseen reports, each on sentences written
// for these tests (not the issue's own sentences), run through the shipped rules.

import { describe, expect, it } from 'vitest';
import { analyseMetrics, findFigures, inferReportYear, unplacedReason, type ReviewedFigure } from '../../../src/extract';
import { shippedRules } from './helpers';

const analyse = (text: string) => analyseMetrics(text, { rules: shippedRules() });
const at = (text: string, figures: readonly ReviewedFigure[], needle: string): ReviewedFigure => {
  const pos = text.indexOf(needle);
  const found = figures.find((f) => f.figure.start <= pos && f.figure.end > pos);
  if (!found) throw new Error(`no figure at ${needle}`);
  return found;
};

describe('audience decided by the clause that governs the figure', () => {
  it('does not lend 干部 from one list item to the next when that item names other people', () => {
    const text = '今年，为村干部开展法律培训3次，对调解骨干开展业务培训5次，开展法律明白人培训2次。';
    const { figures } = analyse(text);
    expect(at(text, figures, '3次').row?.metric).toBe('cadre_law_trainings');
    expect(at(text, figures, '5次').row).toBeNull();
    expect(at(text, figures, '2次').row).toBeNull();
    // Not drafted, but listed with a reason: nothing is dropped.
    expect(at(text, figures, '5次').outcome).toBe('no_rule');
  });

  it('does not take 群众 from a later clause of the sentence for a training of officers', () => {
    const text = '开展执法人员业务培训4场，参训80人次，依法行政水平稳步提升，群众认可度提高。';
    const { figures } = analyse(text);
    expect(at(text, figures, '4场').row?.metric).toBe('cadre_law_trainings');
    expect(at(text, figures, '80人次').row?.metric).toBe('cadre_study_reach');
  });

  it('does not take 干部 from the previous sentence when the sentence itself is public outreach', () => {
    const text = '组织机关干部集中学法6次。开展法治宣传进集市活动9场，发放宣传资料800份。';
    const { figures } = analyse(text);
    expect(at(text, figures, '6次').row?.metric).toBe('cadre_study_sessions');
    expect(at(text, figures, '9场').row?.metric).toBe('outreach_events');
  });

  it('does not count the trainings a legal adviser gives as cadre study', () => {
    const text = '为群众解答法律咨询60人次。村法律顾问全年审核合同9份，开展专题培训会3次，参加研讨会2次。';
    const { figures } = analyse(text);
    expect(at(text, figures, '3次').row).toBeNull();
    expect(at(text, figures, '2次').row).toBeNull();
  });
});

describe('wider word lists', () => {
  it('reads rule-of-law committee meetings, mobile classrooms, booklets, study hours and villages covered', () => {
    const text = [
      '召开依法治乡委员会会议3次。',
      '组建普法小分队，在9个行政村开展“法治大篷车课堂”21次。',
      '印发普法小册子1200册。',
      '全体干部完成网上学法32学时。',
      '党委会议5次专题研究部署依法治镇工作。',
    ].join('\n');
    const { figures } = analyse(text);
    expect(at(text, figures, '3次').row?.metric).toBe('rule_of_law_topic_meetings');
    expect(at(text, figures, '9个行政村').row).toMatchObject({ metric: 'outreach_villages_covered', value: 9, unit: '个' });
    expect(at(text, figures, '21次').row?.metric).toBe('outreach_events');
    expect(at(text, figures, '1200册').row?.metric).toBe('outreach_materials');
    expect(at(text, figures, '32学时').row).toMatchObject({ metric: 'cadre_study_hours', value: 32, unit: '学时' });
    expect(at(text, figures, '5次').row?.metric).toBe('rule_of_law_topic_meetings');
  });
});

describe('bare 万余 / 千余 / 百余', () => {
  it('reads them as lower bounds', () => {
    const text = '开展普法宣传，受教群众万余人次，发放资料千余份，解答咨询百余人次。';
    const values = findFigures(text).map((f) => `${f.value} ${f.unit} ${f.bound}`);
    expect(values).toEqual(['10000 人次 at_least', '1000 份 at_least', '100 人次 at_least']);
    const rows = analyse(text).rows.map((r) => `${r.metric} ${r.value}`);
    expect(rows).toEqual(['outreach_reach 10000', 'outreach_materials 1000', 'legal_consultations 100']);
  });

  it('leaves words with 百, 千, 万 alone', () => {
    expect(findFigures('千方百计服务百姓，万一出现问题')).toEqual([]);
  });
});

describe('frequencies are not totals', () => {
  it('lists a per-period figure as a rate and still drafts the total after it', () => {
    const text = '按每三个月1次的频率开展中心组学法，全年中心组学法4次。以每两周1次频次开展干部夜学，共学法20次。';
    const { figures } = analyse(text);
    expect(at(text, figures, '1次的').outcome).toBe('rate');
    expect(at(text, figures, '4次').row?.metric).toBe('cadre_study_sessions');
    expect(at(text, figures, '1次频次').outcome).toBe('rate');
    expect(at(text, figures, '20次').row?.value).toBe(20);
  });
});

describe('the metric chosen by the sentence, not one keyword', () => {
  it('does not take government information disclosure for online outreach posts', () => {
    const text = '主动公开政府信息85条，通过公众号推送普法信息30条。';
    const { figures } = analyse(text);
    expect(at(text, figures, '85条').row).toBeNull();
    expect(at(text, figures, '30条').row?.metric).toBe('online_posts');
  });

  it('does not take any 审查 for a legality review', () => {
    const text = '法律顾问审查、修改各类法律文书15份，对重大行政决策开展合法性审查6件。';
    const { figures } = analyse(text);
    expect(at(text, figures, '15份').row).toBeNull();
    expect(at(text, figures, '6件').row?.metric).toBe('legality_reviews');
  });
});

describe('a total with its breakdown is drafted once', () => {
  it('keeps the total and notes the parts after 其中', () => {
    const text = '全年开展普法宣传活动24场，其中法治宣讲进校园8场、普法宣传进村组16场。';
    const { rows, figures } = analyse(text);
    expect(rows.map((r) => r.value)).toEqual([24]);
    expect(rows[0]!.note).toContain('8场');
    expect(rows[0]!.note).toContain('16场');
    const part = at(text, figures, '8场');
    expect(part.outcome).toBe('part_of_total');
    expect(unplacedReason(part)).toContain('24场');
  });

  it('keeps the total when the parts come first and add up to it', () => {
    const text = '开展集中宣讲6场、入户宣讲14场，共开展普法宣讲20场。';
    const rows = analyse(text).rows.filter((r) => r.metric === 'outreach_events');
    expect(rows.map((r) => r.value)).toEqual([20]);
  });

  it('keeps separate activities that do not add up to a stated total', () => {
    const text = '开展集中宣讲6场，入户宣讲14场。';
    expect(analyse(text).rows.map((r) => r.value)).toEqual([6, 14]);
  });
});

describe('约 inside a word, and noise in the unplaced list', () => {
  it('does not read 村规民约 or 公约 as "about"', () => {
    const [figure] = findFigures('修订村规民约12份');
    expect(figure).toMatchObject({ value: 12, bound: 'exact' });
    expect(findFigures('约300人')[0]).toMatchObject({ value: 300, bound: 'approx' });
  });

  it('lists no hotline numbers or years glued to a word', () => {
    const text = '办理12345热线工单38件，8890诉求平台转办21件，2022法治文化节期间开展活动5场。';
    const listed = analyse(text).figures.map((f) => text.slice(f.figure.start, f.figure.end));
    expect(listed).not.toContain('12345热');
    expect(listed.some((f) => f.startsWith('8890') || f.startsWith('2022') || f.startsWith('12345'))).toBe(false);
    expect(listed).toEqual(expect.arrayContaining(['38件', '21件', '5场']));
  });
});

describe('the report year from every form of title', () => {
  it.each([
    ['某镇2024年法治政府建设情况报告\n正文', 2024],
    ['发布日期：2025年03月14日\n某镇人民政府2024年度法治政府建设工作总结', 2024],
    ['二〇二三年某乡法治政府建设工作报告', 2023],
    ['关于报送2022 年度法治政府建设情况的报告', 2022],
    ['《纲要（2021—2025年）》\n某乡2025年法治建设工作情况', 2025],
    ['索引号：11500/2026-00004\n成文日期：2026年01月22日\n某乡人民政府2025年法治政府建设情况报告', 2025],
  ])('%s → %i', (text, year) => {
    expect(inferReportYear(text)).toBe(year);
  });
});
