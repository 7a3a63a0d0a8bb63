import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, numbersInText, parseChineseNumber, textStatesNumber, writesNumberPlainly } from '../../../src/data/numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['2153', 2153],
    ['0.5', 0.5],
    ['2,153', 2153],
    ['  94 ', 94],
    ['94%', 94],
    ['１２', 12],
    ['1.2万', 12000],
    ['4万', 40000],
    ['3千', 3000],
    ['两万', 20000],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百', 100],
    ['一百零五', 105],
    ['一千零五', 1005],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一万二', 12000],
    ['三百五', 350],
    ['一亿两千万', 120_000_000],
    ['二〇二四', 2024],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', 'abc', '两次', '200余', '94%以上', '万', '十百', '三四', '1.2.3', '万万', '1,23'])('%s is not one number', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('numbersInText', () => {
  it.each([
    ['调解成功率达94%以上', [94]],
    ['涉及金额200余万元', [200]],
    ['先后主持召开法治政府建设工作推进会两次', [2]],
    ['共走村入户开展法治宣讲活动70余场次,发放宣传材料1000余份', [70, 1000]],
    ['覆盖群众 800 余人次', [800]],
    ['全年累计开展普法活动 12 场次', [12]],
    ['网络普法约1.2万人次', [12000]],
    ['受益群众两万余人', [20000]],
    ['共计4万元', [40000]],
    ['百分之九十四', [94]],
    ['共1,200人', [1200]],
    ['二十届三中全会', [20, 3]],
  ])('%s → %j', (text, expected) => {
    expect(numbersInText(text)).toEqual(expected);
  });

  it('returns numbers in reading order, mixing arabic and Chinese numerals', () => {
    expect(numbersInText('三次会议，25人，两万册')).toEqual([3, 25, 20000]);
  });

  it('is generous: reads 一 in 一是 and years, since it only confirms a value is present', () => {
    expect(numbersInText('一是2024年')).toEqual([1, 2024]);
  });

  it('finds no number where there is none', () => {
    expect(numbersInText('法治宣传教育')).toEqual([]);
    expect(numbersInText('万一')).toEqual([]);
  });
});

describe('findNumbers', () => {
  it('keeps the number without its 万 multiplier and marks percentages', () => {
    const [wan, percent] = findNumbers('1.2万人次，94%以上');
    expect(wan).toMatchObject({ value: 12000, base: 1.2, multiplier: 10000, percent: false });
    expect(percent).toMatchObject({ value: 94, base: 94, percent: true });
  });

  it('gives offsets into the original text', () => {
    const text = '覆盖群众 800 余人次';
    const [mention] = findNumbers(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('800');
  });
});

describe('textStatesNumber', () => {
  it('accepts the value with or without the 万 multiplier', () => {
    expect(textStatesNumber('共计4万元', 40000)).toBe(true);
    expect(textStatesNumber('共计4万元', 4)).toBe(true);
    expect(textStatesNumber('涉及金额200余万元', 200)).toBe(true);
  });

  it('accepts Chinese numerals', () => {
    expect(textStatesNumber('全年召开两次推进会', 2)).toBe(true);
    expect(textStatesNumber('受益群众两万余人', 20000)).toBe(true);
  });

  it('rejects a value the text does not state', () => {
    expect(textStatesNumber('受教群众达2153余人', 2154)).toBe(false);
    expect(textStatesNumber('调解成功率达94%以上', 0.94)).toBe(false);
    expect(textStatesNumber('全年召开两次推进会', 3)).toBe(false);
  });

  it('a value written inside a longer number is not stated by it', () => {
    for (const check of [textStatesNumber, writesNumberPlainly]) {
      expect(check('受教群众1,250人', 250)).toBe(false);
      expect(check('发放资料25,000份', 25)).toBe(false);
      expect(check('成功率0.55', 0.5)).toBe(false);
    }
    expect(writesNumberPlainly('集中宣讲法律法规25余次', 25)).toBe(true);
    expect(textStatesNumber('共２５次', 25)).toBe(true);
  });

  it('writesNumberPlainly (the data worker\'s first check) never finds a value textStatesNumber does not (fast-check)', () => {
    // Texts of digits, points, commas (both widths), multipliers and words; values often written in them.
    const piece = fc.constantFrom('1', '2', '5', '0', '25', '250', '.', ',', '，', '２', '５', '．', '万', '余', '次', '达', '%', '两', '十', ' ', '-', 'e');
    const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
    const value = fc.oneof(fc.constantFrom(0, 1, 2, 5, 25, 250, 0.5, 2.5, 1250, 25000, 20000, 12, 1e21), fc.integer({ min: 0, max: 3000 }));
    fc.assert(
      fc.property(text, value, (t, v) => {
        if (writesNumberPlainly(t, v)) expect(textStatesNumber(t, v)).toBe(true);
      }),
      { numRuns: 20000, seed: 19036 },
    );
  });
});
