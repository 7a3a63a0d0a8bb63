import { describe, expect, it } from 'vitest';
import { extractShortcomings, foldForMatching, problemSections } from '../../../src/extract';
import { fixture, shippedRules } from './helpers';

describe('extractShortcomings', () => {
  it('maps each point of the problem section to its categories, quoting the clause', () => {
    const text = fixture('forms.txt');
    const drafts = extractShortcomings(text, { townshipId: 'gesang', rules: shippedRules() });
    expect(drafts.map((d) => [d.category, d.quote])).toEqual([
      ['legal_talent', '法律专业人才缺乏'],
      ['activity_form', '普法宣传形式单一'],
      ['outreach_depth', '针对性不强'],
      ['public_awareness', '部分群众法治观念淡薄'],
    ]);
    for (const d of drafts) expect(text.slice(d.start, d.end)).toBe(d.quote);
    expect(drafts.every((d) => d.townshipId === 'gesang' && d.year === 2025)).toBe(true);
  });

  it('reads only the problem section, not the plans after it', () => {
    const text = fixture('forms.txt');
    const [section] = problemSections(foldForMatching(text));
    const body = text.slice(section!.start, section!.end);
    expect(body).toContain('法律专业人才缺乏');
    expect(body).not.toContain('下一步');
    expect(body).not.toContain('人员编制');
  });

  it('stops at the turn to plans when problems and plans share a heading', () => {
    const text = '五、存在问题及下一步工作打算\n普法宣传活动的开展存在不均衡现象。针对上述问题，下一步将加强法律人才队伍建设，解决人员不足问题。\n';
    const drafts = extractShortcomings(text, { rules: shippedRules() });
    expect(drafts.map((d) => d.category)).toEqual(['special_groups']);
  });

  it('works on traditional characters, keeping the original quote', () => {
    const drafts = extractShortcomings(fixture('traditional.txt'), { rules: shippedRules() });
    expect(drafts.map((d) => [d.category, d.quote])).toEqual([
      ['legal_talent', '法律專業人才匱乏'],
      ['funding_materials', '普法經費不足'],
    ]);
  });

  it('finds nothing in a text without a problem section', () => {
    expect(extractShortcomings('全年开展普法宣传活动30场次，法律人才缺乏。', { rules: shippedRules() })).toEqual([]);
  });
});
