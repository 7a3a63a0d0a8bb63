import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../../src/extract';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../../src/extract/normalize';

describe('foldForMatching', () => {
  it('folds traditional characters, keeping the length so offsets carry over', () => {
    const traditional = '全年開展普法宣傳活動18場次，受教育群眾1200餘人次，調解糾紛9起，涉及金額12萬元';
    const folded = foldForMatching(traditional);
    expect(folded).toBe('全年开展普法宣传活动18场次，受教育群众1200余人次，调解纠纷9起，涉及金额12万元');
    expect(folded.length).toBe(traditional.length);
  });

  it('folds full-width digits, percent and spaces', () => {
    expect(foldForMatching('成功率９４％以上\u3000共\u00a012场')).toBe('成功率94%以上 共 12场');
  });

  it('returns a simplified text unchanged', () => {
    const text = '全乡共排查矛盾纠纷18起，化解17起';
    expect(foldForMatching(text)).toBe(text);
  });

  it('has one simplified character per traditional one, each a single UTF-16 unit', () => {
    const seen = new Map<string, string>();
    for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(traditional.length, traditional).toBe(1);
      expect(simplified.length, simplified).toBe(1);
      expect(traditional).not.toBe(simplified);
      const before = seen.get(traditional);
      if (before !== undefined) expect(simplified, `${traditional} maps twice`).toBe(before);
      seen.set(traditional, simplified);
    }
  });
});
