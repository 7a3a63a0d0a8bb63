// The 报告解析 page's pieces, rendered to static HTML in Node (no browser):
// the marked text is escaped text, every control is labelled, and the rows
// the reviewer accepts are what the download holds.

import { readdirSync, readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseMetrics } from '../../../src/extract';
import ExtractPage from '../../../src/components/extract/ExtractPage';
import { HighlightedReport } from '../../../src/components/extract/HighlightedReport';
import { UnplacedFigures } from '../../../src/components/extract/UnplacedFigures';
import { MetricDraftTable } from '../../../src/components/extract/MetricDraftTable';
import {
  acceptedMetricRecords,
  identityProblem,
  initialMetricRows,
  metricRowProblem,
  metricsDownload,
  parseValueText,
} from '../../../src/desk/draft-rows';
import { ROOT_DIR, shippedRules } from './helpers';

const TEXT = '<script>alert(1)</script>2024年，全乡共排查矛盾纠纷18起，化解17起，调解成功率达94%以上。浏览次数：12次';

describe('HighlightedReport', () => {
  const analysis = analyseMetrics(TEXT, { rules: shippedRules() });
  const html = renderToStaticMarkup(
    <HighlightedReport
      text={TEXT}
      figures={analysis.figures}
      idPrefix="t"
      onSelect={() => {}}
      markInfo={(i) => (analysis.figures[i]!.row ? { label: analysis.figures[i]!.row!.metric, status: 'pending' } : { label: '忽略', status: 'ignored' })}
    />,
  );

  it('renders the report as text: markup in it stays visible characters', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('marks each figure and names its metric on a labelled button', () => {
    expect(html).toContain('<mark id="t-fig-0" tabindex="-1" class="extract-mark extract-mark--pending">18起<button');
    expect(html).toContain('aria-label="94%以上：mediation_success_rate（待审核），到表格中查看"');
    expect(html).toContain('class="extract-mark extract-mark--ignored">12次</mark>');
  });
});

describe('MetricDraftTable', () => {
  const rows = initialMetricRows(analyseMetrics(TEXT, { rules: shippedRules() }).rows);
  const html = renderToStaticMarkup(
    <MetricDraftTable rows={rows} onChange={() => {}} onDecideAll={() => {}} metricOptions={[{ id: 'disputes_screened', label: '排查出的矛盾纠纷' }]} rowId={(k) => k} onLocate={() => {}} />,
  );

  it('labels every control with the figure it edits', () => {
    for (const control of ['的指标', '的 item', '的数值', '的单位', '的口径', '的备注', '：是否采用']) {
      expect(html).toContain(`aria-label="数字“18起”${control}"`);
    }
    const controls = html.match(/<(input|select)\b[^>]*>/g) ?? [];
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((c) => c.includes('aria-label='))).toBe(true);
  });

  it('offers the catalogue label and keeps a metric not in the list selectable', () => {
    expect(html).toContain('排查出的矛盾纠纷（disputes_screened）');
    expect(html).toContain('<option value="disputes_resolved" selected="">disputes_resolved</option>');
  });

  it('holds 全部采用 back while a newer text is drafted (the rows shown are the last text\'s)', () => {
    const table = (bulkDisabled: boolean) =>
      renderToStaticMarkup(<MetricDraftTable rows={rows} onChange={() => {}} onDecideAll={() => {}} metricOptions={[]} rowId={(k) => k} onLocate={() => {}} bulkDisabled={bulkDisabled} />);
    const takeAll = (markup: string) => /<button[^>]*>全部采用<\/button>/.exec(markup)?.[0] ?? '';
    expect(takeAll(table(true))).toContain('disabled');
    expect(takeAll(table(false))).not.toContain('disabled');
  });
});

describe('the rows the reviewer accepts', () => {
  const rows = initialMetricRows(analyseMetrics(TEXT, { rules: shippedRules() }).rows);
  const identity = { townshipId: 'bitu', year: '2024' };

  it('validates a row before it can be taken', () => {
    expect(parseValueText('2153')).toBe(2153);
    expect(parseValueText(' 1.2 ')).toBe(1.2);
    expect(parseValueText('200余')).toBeNull();
    expect(metricRowProblem(rows[0]!)).toBeNull();
    expect(metricRowProblem({ ...rows[0]!, valueText: '18起' })).toContain('数值只写数字');
    expect(metricRowProblem({ ...rows[0]!, metric: '' })).toContain('请选择指标');
    expect(identityProblem({ townshipId: '', year: '2024' })).toContain('选择乡镇');
    expect(identityProblem({ townshipId: 'bitu', year: '24' })).toContain('四位年份');
    expect(identityProblem(identity)).toBeNull();
  });

  it('downloads only accepted rows, with the reviewer’s corrections, as CSV for Excel', () => {
    const reviewed = rows.map((r, i) =>
      i === 0 ? { ...r, decision: 'accepted' as const, item: '=排查矛盾纠纷', valueText: '19' } : i === 1 ? { ...r, decision: 'rejected' as const } : r,
    );
    expect(acceptedMetricRecords(reviewed, identity)).toEqual([['bitu', 2024, 'disputes_screened', '=排查矛盾纠纷', 19, '起', 'exact', '排查矛盾纠纷18起', '']]);
    const csv = metricsDownload(reviewed, identity);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      `township_id,year,metric,item,value,unit,bound,quote,note\nbitu,2024,disputes_screened,"'=排查矛盾纠纷",19,起,exact,排查矛盾纠纷18起,\n`,
    );
  });
});

describe('ExtractPage', () => {
  it('renders without props, its text box labelled', () => {
    const html = renderToStaticMarkup(<ExtractPage />);
    expect(html).toMatch(/<label class="extract-input__label" for="([^"]+)">报告原文/);
    expect(html).toContain('type="file"');
    expect(html).toContain('正在读取解析规则');
  });

  it('never sets HTML from text (no dangerouslySetInnerHTML in the page’s sources)', () => {
    const dir = `${ROOT_DIR}src/components/extract/`;
    for (const file of readdirSync(dir)) {
      expect(readFileSync(`${dir}${file}`, 'utf8'), file).not.toContain('dangerouslySetInnerHTML');
    }
  });
});

describe('UnplacedFigures', () => {
  const text = '<b>x</b>党委会定期学法每月1次，设置宣传展板20余处。每年开展普法活动不少于4次。';
  const analysis = analyseMetrics(text, { rules: shippedRules() });
  const html = renderToStaticMarkup(<UnplacedFigures text={text} figures={analysis.figures} idPrefix="u" />);

  it('lists every figure it could not place with its sentence and the reason, as text', () => {
    expect(html).toContain('未能归类的数字（3 个）');
    expect(html).toContain('<mark>1次</mark>');
    expect(html).toContain('原文是频次（“每月”），不是总数');
    expect(html).toContain('设置宣传展板<mark>20余处</mark>');
    expect(html).toContain('单位“处”不在单位表中');
    expect(html).toContain('原文是计划或要求（“不少于”），不是完成数');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
