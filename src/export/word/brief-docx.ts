// The brief (brief-content.ts) laid out as a Word document with the `docx`
// library: GB/T 9704 page and type (gov-layout.ts, fonts.ts), findings as
// numbered paragraphs with their endnote marks, each chart as a picture with
// its heading, footnotes and sources line, each table as a real Word table
// whose header row repeats on every page, a landscape section where a table
// is too wide, the endnotes with their quotes, page numbers in the footer.
// Pure over (content, pictures): runs in Node (tests) and in the browser.

import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { BriefChartContent, BriefContent } from './brief-content';
import { wordTable } from './docx-table';
import { bodyParagraph, chineseNumeral, exactLine, heading1, heading2, noteParagraph, run } from './docx-text';
import { FANGSONG, fontTableXml, HEITI, KAITI, runFonts, SONGTI, XIAOBIAOSONG } from './fonts';
import {
  A4_MM,
  FIRST_LINE_INDENT_TWIPS,
  FONT_PT,
  FOOTER_DISTANCE_MM,
  halfPoints,
  HEADER_DISTANCE_MM,
  LINE_PT,
  lineTwips,
  maxPictureHeightPx,
  MARGIN_MM,
  mmToTwips,
  typeAreaPx,
  type PageOrientation as Orientation,
} from './gov-layout';

export { chineseNumeral } from './docx-text';
export { columnShares, wordTable } from './docx-table';

/** A chart picture: PNG bytes drawn at pixelRatio 2, and the size in CSS px it is shown at. */
export interface ChartPicture {
  data: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export type ChartPictures = ReadonlyMap<string, ChartPicture>;

/** Shown where a picture could not be drawn: the table and the notes still carry every figure. */
export const PICTURE_MISSING_TEXT = '（图表图片未能生成，数字见下表。）';

function titleBlock(content: BriefContent): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [run(content.title, XIAOBIAOSONG, FONT_PT.er)],
      alignment: AlignmentType.CENTER,
      spacing: { ...exactLine(LINE_PT.title), after: lineTwips(LINE_PT.body) },
    }),
    new Paragraph({
      children: [run(`（${content.scope}）`, KAITI, FONT_PT.san)],
      alignment: AlignmentType.CENTER,
      spacing: exactLine(LINE_PT.body),
    }),
    noteParagraph(content.dateLine, { align: 'center' }),
    ...(content.noReport ? [noteParagraph(`${content.noReport}（${content.noReportLeftOut}不在下文的比较中）`, { align: 'center' })] : []),
    ...(content.unreadRows ? [noteParagraph(content.unreadRows, { align: 'center' })] : []),
    new Paragraph({ children: [], spacing: exactLine(LINE_PT.body) }),
  ];
}

function findingsBlock(content: BriefContent): Paragraph[] {
  const items =
    content.findings.length === 0
      ? [bodyParagraph([run('所选范围内的数据不足以归纳出主要发现。', FANGSONG, FONT_PT.san)])]
      : content.findings.map((finding, index) =>
          bodyParagraph([
            run(`${index + 1}. ${finding.text}`, FANGSONG, FONT_PT.san),
            ...(finding.marks !== '' ? [run(finding.marks, FANGSONG, FONT_PT.san, { superScript: true })] : []),
          ]),
        );
  return [
    heading1('一、主要发现'),
    ...items,
    new Paragraph({
      children: [run('标记说明：', HEITI, FONT_PT.si), run(`${content.legend.join('；')}。`, FANGSONG, FONT_PT.si)],
      spacing: { ...exactLine(LINE_PT.note), before: lineTwips(LINE_PT.note / 2) },
      indent: { firstLine: FIRST_LINE_INDENT_TWIPS },
    }),
  ];
}

/** Display size of a picture on the page: its drawn size, shrunk to fit the type area (never enlarged). */
export function pictureDisplaySize(picture: ChartPicture, orientation: Orientation): { width: number; height: number } {
  const area = typeAreaPx(orientation);
  const scale = Math.min(1, area.width / picture.widthPx, maxPictureHeightPx(orientation) / picture.heightPx);
  return { width: Math.round(picture.widthPx * scale), height: Math.round(picture.heightPx * scale) };
}

function pictureParagraph(chart: BriefChartContent, picture: ChartPicture | undefined): Paragraph {
  if (!picture) return noteParagraph(PICTURE_MISSING_TEXT, { keepNext: true, align: 'center' });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // Single, not the body's fixed pitch: an inline picture in a fixed-height line is cut to that line.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: lineTwips(LINE_PT.note / 2) },
    children: [
      new ImageRun({
        type: 'png',
        data: picture.data,
        transformation: pictureDisplaySize(picture, chart.orientation),
        altText: { name: chart.id, title: chart.title, description: chart.altText || chart.title },
      }),
    ],
  });
}

/** "注：…" for one note; "注：" then "1. …", "2. …" for several. */
function notesParagraphs(notes: readonly string[]): Paragraph[] {
  if (notes.length === 0) return [];
  if (notes.length === 1) return [noteParagraph(`注：${notes[0]}`, { keepNext: true })];
  return [
    noteParagraph('注：', { keepNext: true }),
    ...notes.map((note, index) => noteParagraph(`${index + 1}. ${note}`, { keepNext: true, hangingEms: 1.5 })),
  ];
}

function chartBlock(
  chart: BriefChartContent,
  index: number,
  picture: ChartPicture | undefined,
  pageBreakBefore: boolean,
): (Paragraph | Table)[] {
  const sourcesAndMarks = [chart.sources, chart.marks !== '' ? `引文见尾注${chart.marks}` : '']
    .filter((text) => text !== '')
    .join('；');
  return [
    heading2(`（${chineseNumeral(index + 1)}）${chart.title}`, pageBreakBefore),
    pictureParagraph(chart, picture),
    ...notesParagraphs(chart.footnotes),
    ...(sourcesAndMarks !== '' ? [noteParagraph(sourcesAndMarks, { keepNext: true })] : []),
    new Paragraph({ children: [], spacing: exactLine(LINE_PT.note / 2) }),
    wordTable(chart.table, chart.orientation, `表${index + 1}　${chart.table.caption}`),
    new Paragraph({ children: [], spacing: exactLine(LINE_PT.note) }),
  ];
}

function endnotesBlock(content: BriefContent): Paragraph[] {
  const notes =
    content.endnotes.length === 0
      ? [noteParagraph('没有可引用的原文。')]
      : content.endnotes.map((note) => noteParagraph(`[${note.number}] ${note.text}`, { hangingEms: 2 }));
  const unknown =
    content.unknownKeys.length > 0
      ? [noteParagraph(`以下出处在数据中找不到（数据可能已更改）：${content.unknownKeys.join('、')}`)]
      : [];
  return [heading1('三、尾注：引文', true), ...notes, ...unknown];
}

/** GB/T 9704 page numbers: "— 1 —" in 宋体 四号, odd pages right, even pages left, one character in. */
function pageFooters(): { default: Footer; even: Footer } {
  const footer = (side: 'right' | 'left') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: lineTwips(FONT_PT.si) } : { left: lineTwips(FONT_PT.si) },
          children: [
            new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              font: runFonts(SONGTI),
              size: halfPoints(FONT_PT.si),
            }),
          ],
        }),
      ],
    });
  return { default: footer('right'), even: footer('left') };
}

function section(orientation: Orientation, children: (Paragraph | Table)[], first: boolean): ISectionOptions {
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        size: {
          width: mmToTwips(A4_MM.short),
          height: mmToTwips(A4_MM.long),
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(MARGIN_MM.top),
          bottom: mmToTwips(MARGIN_MM.bottom),
          left: mmToTwips(MARGIN_MM.left),
          right: mmToTwips(MARGIN_MM.right),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(FOOTER_DISTANCE_MM),
        },
      },
    },
    footers: pageFooters(),
    children,
  };
}

/**
 * Sections in reading order: a portrait run, a landscape section for each chart
 * whose table is wide, back to portrait. A new section starts on a new page.
 */
function sections(content: BriefContent, pictures: ChartPictures): ISectionOptions[] {
  const result: { orientation: Orientation; children: (Paragraph | Table)[] }[] = [
    { orientation: 'portrait', children: [...titleBlock(content), ...findingsBlock(content), heading1('二、图表与数据', true)] },
  ];
  content.charts.forEach((chart, index) => {
    let current = result[result.length - 1]!;
    const opensSection = current.orientation !== chart.orientation;
    if (opensSection) {
      current = { orientation: chart.orientation, children: [] };
      result.push(current);
    }
    // Charts after the first on a page start on a new page when the previous table was long: Word keeps
    // heading, picture and notes together (keepNext), so no explicit break is needed.
    current.children.push(...chartBlock(chart, index, pictures.get(chart.id), false));
  });
  const last = result[result.length - 1]!;
  const endnotes = endnotesBlock(content);
  if (last.orientation === 'portrait') last.children.push(...endnotes);
  else result.push({ orientation: 'portrait', children: endnotes });
  return result.map((part, index) => section(part.orientation, part.children, index === 0));
}

export function buildBriefDocument(content: BriefContent, pictures: ChartPictures): Document {
  const bodyRun = { font: runFonts(FANGSONG), size: halfPoints(FONT_PT.san), language: { value: 'en-US', eastAsia: 'zh-CN' } };
  const plainHeading = { color: '000000', bold: false, italics: false };
  return new Document({
    title: content.title,
    subject: content.scope,
    description: `${content.scope}；${content.dateLine}`,
    creator: '乡镇法治政府建设情况对比看板',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: bodyRun, paragraph: { spacing: exactLine(LINE_PT.body) } },
        title: { run: { ...plainHeading, font: runFonts(XIAOBIAOSONG), size: halfPoints(FONT_PT.er) } },
        heading1: { run: { ...plainHeading, font: runFonts(HEITI), size: halfPoints(FONT_PT.san) } },
        heading2: { run: { ...plainHeading, font: runFonts(KAITI), size: halfPoints(FONT_PT.san) } },
      },
    },
    sections: sections(content, pictures),
  });
}

/** The font table that declares each face's alternates (fonts.ts); docx writes an empty one. */
const OVERRIDES = [{ path: 'word/fontTable.xml', data: fontTableXml() }];

/** .docx bytes (Node and browser). */
export function packBriefDocx(content: BriefContent, pictures: ChartPictures): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(buildBriefDocument(content, pictures), false, OVERRIDES);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
