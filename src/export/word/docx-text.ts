// Paragraph and run helpers of the Word brief: the type of each kind of text
// (body, note, headings) as gov-layout.ts and fonts.ts set it.

import { HeadingLevel, LineRuleType, Paragraph, AlignmentType, TextRun } from 'docx';
import { FANGSONG, HEITI, KAITI, runFonts, type FontFace } from './fonts';
import { FIRST_LINE_INDENT_TWIPS, FONT_PT, halfPoints, LINE_PT, lineTwips } from './gov-layout';

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings count well below 100). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

export function run(text: string, face: FontFace, pt: number, extra: { bold?: boolean; superScript?: boolean } = {}): TextRun {
  return new TextRun({ text, font: runFonts(face), size: halfPoints(pt), ...extra });
}

export function exactLine(pt: number) {
  return { line: lineTwips(pt), lineRule: LineRuleType.EXACT };
}

/** A body paragraph: 仿宋 三号, first line indented two characters, fixed line pitch. */
export function bodyParagraph(children: TextRun[], options: { indent?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    spacing: exactLine(LINE_PT.body),
    alignment: AlignmentType.LEFT,
    ...(options.indent === false ? {} : { indent: { firstLine: FIRST_LINE_INDENT_TWIPS } }),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

export function noteParagraph(
  text: string,
  options: { keepNext?: boolean; align?: 'left' | 'center'; hangingEms?: number } = {},
): Paragraph {
  const hanging = options.hangingEms ? lineTwips(FONT_PT.si * options.hangingEms) : 0;
  return new Paragraph({
    children: [run(text, FANGSONG, FONT_PT.si)],
    ...(hanging > 0 ? { indent: { left: hanging, hanging } } : {}),
    spacing: exactLine(LINE_PT.note),
    alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

/** 一、主要发现 — 黑体 三号, a real Heading 1 (Word's navigation pane lists it). */
export function heading1(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [run(text, HEITI, FONT_PT.san)],
    spacing: exactLine(LINE_PT.body),
    indent: { firstLine: FIRST_LINE_INDENT_TWIPS },
    keepNext: true,
    pageBreakBefore,
  });
}

/** （一）普法宣传活动 — 楷体 三号, Heading 2. */
export function heading2(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [run(text, KAITI, FONT_PT.san)],
    spacing: exactLine(LINE_PT.body),
    indent: { firstLine: FIRST_LINE_INDENT_TWIPS },
    keepNext: true,
    pageBreakBefore,
  });
}

