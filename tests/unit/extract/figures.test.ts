import { describe, expect, it } from 'vitest';
import { findFigures, foldForMatching } from '../../../src/extract';

/** [figure text, value, unit, bound] of every figure found in a phrase. */
function figuresIn(phrase: string) {
  return findFigures(foldForMatching(phrase)).map((f) => [phrase.slice(f.start, f.end), f.value, f.unit, f.bound]);
}

describe('findFigures: the forms reports use', () => {
  it.each([
    ['集中宣讲法律法规25余次', ['25余次', 25, '次', 'at_least']],
    ['受教群众达2153余人', ['2153余人', 2153, '人', 'at_least']],
    ['调解成功率达94%以上', ['94%以上', 94, '%', 'at_least']],
    ['调解成功率达100%', ['100%', 100, '%', 'exact']],
    ['参训群众两万余人次', ['两万余人次', 20000, '人次', 'at_least']],
    ['覆盖群众4万余人次', ['4万余人次', 40000, '人次', 'at_least']],
    ['受益群众1.2万人', ['1.2万人', 12000, '人', 'exact']],
    ['发放宣传资料3千余份', ['3千余份', 3000, '份', 'at_least']],
    ['开展宣讲三场', ['三场', 3, '场', 'exact']],
    ['全年累计开展普法活动 12 场次', ['12 场次', 12, '场次', 'exact']],
    ['覆盖群众 800 余人次', ['800 余人次', 800, '人次', 'at_least']],
    ['涉及金额200余万元', ['200余万元', 200, '万元', 'at_least']],
    ['涉及金额三万元', ['三万元', 3, '万元', 'exact']],
    ['发放资料约300份', ['约300份', 300, '份', 'approx']],
    ['受教群众300人左右', ['300人左右', 300, '人', 'approx']],
    ['开展宣讲超过50场', ['超过50场', 50, '场', 'at_least']],
    ['开展宣讲30多场', ['30多场', 30, '场', 'at_least']],
    ['调解成功率百分之九十四', ['百分之九十四', 94, '%', 'exact']],
    ['完成了21个村“一村一法律顾问”的聘用工作', ['21个村', 21, '个村', 'exact']],
    ['达到了7个行政村全覆盖', ['7个行政村', 7, '个行政村', 'exact']],
    ['全年开展二十一场', ['二十一场', 21, '场', 'exact']],
  ])('%s', (phrase, expected) => {
    expect(figuresIn(phrase)).toEqual([expected]);
  });

  it('reads every unit of the list', () => {
    const units = ['场次', '次', '场', '期', '人', '人次', '名', '份', '册', '本', '条', '起', '件', '万元'];
    for (const unit of units) {
      expect(figuresIn(`共${7}${unit}。`), unit).toEqual([[`7${unit}`, 7, unit, 'exact']]);
    }
  });

  it('keeps a range as its lower bound, at_least, with a note', () => {
    for (const phrase of ['入户宣讲10-20人', '入户宣讲10至20人', '入户宣讲10～20人', '入户宣讲十至二十人']) {
      const [figure] = findFigures(foldForMatching(phrase));
      expect(figure, phrase).toMatchObject({ value: 10, unit: '人', bound: 'at_least' });
      expect(figure!.note, phrase).toContain('取下限 10');
    }
  });

  it('gives a 万-number without a unit, with a note', () => {
    const [figure] = findFigures(foldForMatching('受益群众1.2万。'));
    expect(figure).toMatchObject({ value: 12000, unit: '', bound: 'exact', note: '原文未写单位' });
  });

  it('reads 3千 as 3000, but not the 千 of 千米, 千克, 千瓦', () => {
    for (const phrase of ['修建道路3千米', '发放大米5千克', '装机容量2千瓦']) {
      expect(findFigures(foldForMatching(phrase)).map((f) => f.value), phrase).toEqual([]);
    }
  });
});

describe('findFigures: what is never a figure', () => {
  it.each([
    ['years', '2024年，在县委的领导下；2025年度工作要点'],
    ['dates', '借助3月综治宣传月、“4.15”国家安全教育日、6.26国际禁毒日、12·4国家宪法日、3·15消费者权益日'],
    ['a web page date and time', '发布时间: 2025-03-21 10:30'],
    ['section numbers', '一是突出重点；（一）强化组织领导；(2) 法治宣传；三、存在的问题；1、加强领导'],
    ['law names', '学习《关于加强法治乡村建设的十条措施》和《条例》'],
    ['document numbers', '（格政发〔2024〕3号）'],
    ['ordinal campaign names', '以“八五”普法为契机，开展法律“九进”活动、“一村一法律顾问”工作，落实“一月一主题”'],
    ['ordinals and plenary sessions', '第三次讲座；贯彻自治区党委十届六次、七次全会精神'],
    ['words that start with a unit', '一次性告知；人民调解；条例；一起学习；一件事一次办'],
    ['party congress numbers', '党的二十大和二十届三中全会精神'],
  ])('%s', (_what, phrase) => {
    expect(figuresIn(phrase)).toEqual([]);
  });

  it('tells 21个村 (a count) from “一村一法律顾问” (a name) in one sentence', () => {
    expect(figuresIn('完成了21个村“一村一法律顾问”的聘用工作')).toEqual([['21个村', 21, '个村', 'exact']]);
  });
});
