import { describe, expect, it } from 'vitest';
import { buildDashboardModel, buildProvenanceIndex } from '../../../../src/model';
import { buildBriefFindings } from '../../../../src/brief';
import { buildBriefContent } from '../../../../src/export/word/brief-content';
import {
  chineseNumeral,
  columnShares,
  packBriefDocx,
  pictureDisplaySize,
  PICTURE_MISSING_TEXT,
  type ChartPicture,
} from '../../../../src/export/word/brief-docx';
import { mmToTwips, PICTURE_TEXT_ROOM_PX, typeAreaPx } from '../../../../src/export/word/gov-layout';
import type { Dataset } from '../../../../src/data/types';
import { DatasetBuilder, fiveTownships, manyTownships, withStandardCatalog } from '../../../fixtures/model/synth';
import { readDocx } from './docx-reader';

/** A valid 1×1 PNG (white). */
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (char) => char.charCodeAt(0),
);

async function docxOf(dataset: Dataset, pictures: 'all' | 'none' = 'all') {
  const model = buildDashboardModel(dataset);
  const content = buildBriefContent(model, buildProvenanceIndex(dataset), { generatedOn: '2025-01-05', buildVersion: '9.9.9' });
  const map = new Map<string, ChartPicture>(
    pictures === 'all' ? content.charts.map((chart) => [chart.id, { data: PNG_1X1, widthPx: chart.widthPx, heightPx: chart.heightPx }]) : [],
  );
  return { model, content, docx: readDocx(await packBriefDocx(content, map)) };
}

/** `townships` townships and twelve categories: the matrix table is too wide for a portrait page. */
function wideMatrix(townships = 2): Dataset {
  const builder = withStandardCatalog(new DatasetBuilder());
  for (let i = 0; i < townships; i++) builder.township(`t${i}`, `第${chineseNumeral(i + 1)}乡`).report(`t${i}`, 2024);
  for (let i = 0; i < 12; i++) builder.category(`c${i}`, `问题类别${chineseNumeral(i + 1)}`);
  builder.figure('t0', 2024, 'outreach_events', 12, { item: '宣讲', unit: '场', bound: 'at_least' });
  for (let i = 0; i < townships; i++) builder.shortcoming(`t${i}`, 2024, `c${i % 12}`, `问题${i}`);
  return builder.build();
}

describe('the Word brief (docx)', () => {
  it('has every township, finding with its marks, chart title, table and endnote of the brief', async () => {
    const { model, content, docx } = await docxOf(fiveTownships());
    const text = docx.paragraphs.join('\n');
    for (const township of model.selection.townships) expect(text).toContain(township.name);
    const findings = buildBriefFindings(model);
    expect(content.findings.map((finding) => finding.id)).toEqual(findings.map((finding) => finding.id));
    // The loops below check nothing over empty lists.
    expect(content.findings.length).toBeGreaterThan(0);
    expect(content.charts.length).toBeGreaterThan(0);
    expect(content.endnotes.length).toBeGreaterThan(0);
    content.findings.forEach((finding, index) => {
      expect(docx.paragraphs).toContain(`${index + 1}. ${finding.text}${finding.marks}`);
      expect(finding.marks).toMatch(/^\[\d/);
    });
    content.charts.forEach((chart, index) => {
      expect(docx.paragraphs).toContain(`（${chineseNumeral(index + 1)}）${chart.title}`);
      expect(docx.paragraphs).toContain(`表${index + 1}　${chart.table.caption}`);
      expect(text).toContain(chart.sources);
    });
    for (const note of content.endnotes) expect(text).toContain(`[${note.number}] ${note.text}`);
    // Marks as on the page: ≥ for a lower bound, 约 for an approximation, 未报告 (never 0) where a report is silent.
    expect(docx.paragraphs).toContain('≥30场');
    expect(docx.paragraphs).toContain('约30场');
    expect(docx.paragraphs).toContain('未报告');
    // One picture per chart (identical pictures share one file in the package).
    expect((docx.part('word/document.xml').match(/<pic:pic /g) ?? []).length).toBe(content.charts.length);
    expect(docx.media.length).toBeGreaterThan(0);
  });

  it('uses the GB/T 9704 page: A4, margins 37/35/28/26 mm, 仿宋 三号 at a fixed 29 pt, page numbers in the footer', async () => {
    const { docx } = await docxOf(fiveTownships());
    const document = docx.part('word/document.xml');
    const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections.length).toBe(1);
    expect(sections[0]).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}" w:orient="portrait"/>`);
    expect(sections[0]).toMatch(
      new RegExp(`w:top="${mmToTwips(37)}" w:right="${mmToTwips(26)}" w:bottom="${mmToTwips(35)}" w:left="${mmToTwips(28)}"`),
    );
    const styles = docx.part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/);
    expect(document).toContain('w:line="580" w:lineRule="exact"');
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toContain('w:eastAsia="黑体"');
    // Odd pages right, even pages left: "— N —" with a PAGE field.
    expect(docx.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = docx.names.filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(docx.part);
    expect(footers.length).toBe(2);
    for (const footer of footers) expect(footer).toMatch(/PAGE/);
    expect(footers.some((footer) => footer.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((footer) => footer.includes('<w:jc w:val="left"/>'))).toBe(true);
  });

  it('declares the fonts with their fallbacks for Word and WPS', async () => {
    const { docx } = await docxOf(fiveTownships());
    const fonts = docx.part('word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="仿宋"><w:altName w:val="FangSong,仿宋_GB2312[^"]*"\/>/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="[^"]*黑体,SimHei"\/>/);
    expect(fonts).toContain('<w:charset w:val="86"/>');
  });

  it('writes tables as real tables whose caption and header rows repeat and whose rows never split', async () => {
    const { content, docx } = await docxOf(fiveTownships());
    const document = docx.part('word/document.xml');
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
    expect(tables.length).toBe(content.charts.length);
    tables.forEach((table, index) => {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
      expect(rows.length).toBe(2 + (content.charts[index]?.table.rows.length ?? 0));
      expect(rows.slice(0, 2).every((row) => row.includes('<w:tblHeader/>'))).toBe(true);
      expect(rows.slice(2).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
      expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    });
  });

  it('puts a chart whose table is too wide on a landscape page, then returns to portrait', async () => {
    const { content, docx } = await docxOf(wideMatrix());
    const matrix = content.charts.find((chart) => chart.id === 'shortcoming-matrix');
    expect(matrix?.orientation).toBe('landscape');
    expect(matrix?.widthPx).toBe(typeAreaPx('landscape').width);
    const orients = [...docx.part('word/document.xml').matchAll(/w:orient="(\w+)"/g)].map((match) => match[1]);
    expect(orients).toEqual(['portrait', 'landscape', 'portrait']);
  });

  it('draws no more rows than let a chart share a landscape page with its heading and notes; the table has them all', async () => {
    const { content } = await docxOf(wideMatrix(30), 'none');
    const matrix = content.charts.find((chart) => chart.id === 'shortcoming-matrix')!;
    expect(matrix.orientation).toBe('landscape');
    expect(matrix.heightPx).toBeLessThanOrEqual(typeAreaPx('landscape').height - PICTURE_TEXT_ROOM_PX);
    expect(matrix.footnotes.some((note) => note.includes('其余'))).toBe(true);
    expect(matrix.table.rows.length).toBe(30);
  });

  it('carries the distribution of each outreach metric after its chart where the page draws one (more townships than the chart)', async () => {
    const { model, content, docx } = await docxOf(manyTownships(60));
    const ids = content.charts.map((chart) => chart.id);
    for (const comparison of model.outreach) {
      const at = ids.indexOf(`distribution:${comparison.metric}`);
      expect(at, comparison.metric).toBe(ids.indexOf(`outreach:${comparison.metric}`) + 1);
    }
    const events = content.charts.find((chart) => chart.id === 'distribution:outreach_events')!;
    expect(events.table.caption).toBe(`${model.outreach.find((c) => c.metric === 'outreach_events')!.label}：分布（表）`);
    // The table's counts and the note's add up to every township.
    const binned = events.table.rows.reduce((n, row) => n + Number(row[1]) + Number(row[2]), 0);
    const silent = Number(/未报告(\d+)个乡镇/.exec(events.footnotes.join())![1]);
    expect(binned + silent).toBe(60);
    expect(docx.paragraphs.some((p) => p.endsWith(`　${events.table.caption}`))).toBe(true);
    // Five townships: no distribution.
    expect((await docxOf(fiveTownships())).content.charts.some((chart) => chart.id.startsWith('distribution:'))).toBe(false);
  });

  it('says so where a picture could not be drawn, and keeps the table', async () => {
    const { content, docx } = await docxOf(fiveTownships(), 'none');
    expect(docx.media.length).toBe(0);
    expect(docx.paragraphs.filter((paragraph) => paragraph === PICTURE_MISSING_TEXT).length).toBe(content.charts.length);
  });
});

describe('layout helpers', () => {
  it('counts headings in Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });

  it('shrinks a picture to the type area, never enlarges it', () => {
    const area = typeAreaPx('portrait');
    expect(pictureDisplaySize({ data: PNG_1X1, widthPx: 400, heightPx: 200 }, 'portrait')).toEqual({ width: 400, height: 200 });
    const tall = pictureDisplaySize({ data: PNG_1X1, widthPx: area.width, heightPx: area.height * 2 }, 'portrait');
    expect(tall.height).toBeLessThan(area.height);
    expect(tall.width / tall.height).toBeCloseTo(0.5 * (area.width / area.height), 1);
  });

  it('keeps the township and figure columns whole and lets text columns share the rest', () => {
    const table = {
      caption: 't',
      header: ['乡镇', '合计', '报告所列分项'],
      numeric: [false, true, false],
      rows: [['塔尔玛乡', '≥6403人', '集中宣讲受教群众 ≥2153人；入户宣传宣讲受教群众 ≥1900人；法律“九进”活动受教人数 ≥2350人']],
    };
    const capacity = 36;
    const shares = columnShares(table, capacity);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 5);
    expect(shares[0]! * capacity).toBeGreaterThanOrEqual(4);
    expect(shares[1]! * capacity).toBeGreaterThanOrEqual(4.5);
    expect(shares[2]).toBeGreaterThan(shares[0]!);
  });
});
