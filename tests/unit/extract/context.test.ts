// Issue 12: audience, frequency and plan awareness at the level of the
// paragraph; meetings, consultations, enforcement and the new units; every
// figure that cannot be placed listed with its sentence and why.

import { describe, expect, it } from 'vitest';
import { analyseMetrics, describeFigure, extractShortcomings, figureSentence, tidyItem, type ReviewedFigure } from '../../../src/extract';
import { fixture, shippedRules } from './helpers';

const text = fixture('paragraphs.txt');
const analysis = analyseMetrics(text, { rules: shippedRules() });
const figureText = (f: ReviewedFigure) => text.slice(f.figure.start, f.figure.end);
const outcomeOf = (needle: string, occurrence = 0) => {
  const at = text.split(needle, occurrence + 1).join(needle).length;
  const found = analysis.figures.find((f) => f.figure.start <= at && f.figure.end >= at + 1);
  if (!found) throw new Error(`no figure at ${needle}`);
  return found;
};

describe('paragraph-level audience', () => {
  it('drafts cadre training and its reach as cadre figures, never as public outreach', () => {
    expect(outcomeOf('12期').row?.metric).toBe('cadre_law_trainings');
    expect(outcomeOf('270余人次').row?.metric).toBe('cadre_study_reach');
    // The audience is named in the sentence before (镇村干部) or only by the activity (培训).
    expect(outcomeOf('800余人次').row?.metric).toBe('cadre_study_reach');
    expect(analysis.rows.filter((r) => r.metric === 'outreach_reach').map((r) => r.value)).toEqual([40000]);
  });

  it('does not take the people who do the outreach for its audience', () => {
    expect(outcomeOf('22场次').row?.metric).toBe('outreach_events');
    expect(outcomeOf('22支').row).toMatchObject({ metric: 'outreach_teams', value: 22, unit: '支' });
  });
});

describe('frequencies and plans are not achieved counts', () => {
  it('lists 每月1次 and 每季度…一次 as rates, not drafted', () => {
    expect(outcomeOf('1次，每季度').outcome).toBe('rate');
    expect(outcomeOf('一次法治').outcome).toBe('rate');
  });

  it('lists 不少于4次 and 计划… as plans, not drafted', () => {
    expect(outcomeOf('不少于4次').outcome).toBe('plan');
    expect(outcomeOf('200人次').outcome).toBe('plan');
    const drafted = analysis.rows.map((r) => text.slice(r.figureStart, r.figureEnd));
    expect(drafted).not.toContain('不少于4次');
  });
});

describe('metrics the catalog gained', () => {
  it('drafts topic meetings, issues studied, consultations, enforcement, reviews', () => {
    const summary = analysis.rows.map((r) => `${r.metric} ${r.value} ${r.unit} ${r.bound}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'rule_of_law_topic_meetings 4 次 exact',
        'rule_of_law_issues_studied 12 项 exact',
        'legal_consultations 100 人次 at_least',
        'enterprises_served 10 家 at_least',
        'enforcement_cases 400 件次 at_least',
        'enforcement_fines 22000 元 at_least',
        'admin_reconsideration_cases 1 件 exact',
        'admin_litigation_cases 2 件 exact',
        'legality_reviews 36 件 exact',
      ]),
    );
    expect(analysis.rows.some((r) => r.metric === 'dispute_amount')).toBe(false);
  });
});

describe('every figure that cannot be placed is listed with its sentence', () => {
  it('lists a figure with a unit outside the table, and a village count no rule takes', () => {
    const display = outcomeOf('20余处');
    expect(display.outcome).toBe('unknown_unit');
    expect(figureText(display)).toBe('20余处');
    expect(figureSentence(text, display)).toBe('设置宣传展板【20余处】');
    expect(outcomeOf('22个村').outcome).toBe('no_rule');
    expect(describeFigure(text, outcomeOf('22个村'))).toContain('未归类：没有规则适用');
  });

  it('never lists years, dates or document numbers', () => {
    const listed = analysis.figures.map(figureText);
    expect(listed.some((f) => /^20\d\d/.test(f))).toBe(false);
  });
});

describe('items are the report’s own short name', () => {
  it('peels filler and keeps the activity’s name', () => {
    expect(outcomeOf('5场次').row?.item).toBe('送法进校园活动');
    expect(outcomeOf('12期').row?.item).toBe('法治能力提升专项培训');
    expect(outcomeOf('22场次').row?.item).toBe('“送法入户”等活动');
  });

  it('drops law titles and takes the name around a list’s 等', () => {
    expect(tidyItem('组织学习《民法典》《信访工作条例》等法律法规')).toBe('学习法律法规');
    expect(tidyItem('全年围绕习近平法治思想、宪法、民法典等法律法规组织专题学习')).toBe('专题学习');
    expect(tidyItem('通过镇党委会、中心组学习、主题党日等形式开展习近平法治思想专题学习')).toBe('习近平法治思想专题学习');
  });
});

describe('shortcomings: whose awareness, and outreach that has little effect', () => {
  const report = ['二、存在的问题和不足', '（一）法治意识不强，对法治政府建设重视不够。', '（二）法治宣传教育实效不高。', '（三）部分群众法治观念淡薄。', '三、下一步工作打算'].join('\n');
  const drafts = extractShortcomings(report, { rules: shippedRules() });
  const categoriesOf = (words: string) => drafts.filter((d) => d.quote.includes(words)).map((d) => d.category);

  it('files officials’ awareness under cadre_rule_of_law, not public awareness', () => {
    expect(categoriesOf('重视不够')).toEqual(['cadre_rule_of_law']);
  });

  it('recognises 实效不高 as outreach depth', () => {
    expect(categoriesOf('实效不高')).toEqual(['outreach_depth']);
  });

  it('keeps public awareness for the public', () => {
    expect(categoriesOf('群众法治观念淡薄')).toEqual(['public_awareness']);
  });
});
