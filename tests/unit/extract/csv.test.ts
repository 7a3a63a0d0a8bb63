import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvForSpreadsheet, METRIC_COLUMNS, metricsCsv, shortcomingsCsv, toCsv, type DraftRow } from '../../../src/extract';

const row: DraftRow = {
  townshipId: 'bitu',
  year: 2024,
  metric: 'outreach_materials',
  item: '宣传材料',
  value: 1000,
  unit: '份',
  bound: 'at_least',
  quote: '发放宣传材料1000余份,宣传品',
  start: 0,
  end: 10,
  figureStart: 6,
  figureEnd: 10,
  note: '',
  ruleLine: 7,
};

describe('draft rows as CSV', () => {
  it('writes the metrics.csv columns, quoting cells with commas', () => {
    const text = metricsCsv([row]);
    expect(text.split('\n')[0]).toBe(METRIC_COLUMNS.join(','));
    const parsed = Papa.parse<string[]>(text.trim()).data;
    expect(parsed[1]).toEqual(['bitu', '2024', 'outreach_materials', '宣传材料', '1000', '份', 'at_least', '发放宣传材料1000余份,宣传品', '']);
  });

  it('writes an empty year for a report whose year is unknown', () => {
    expect(shortcomingsCsv([{ townshipId: 'x', year: null, category: 'legal_talent', quote: '人才缺乏', start: 0, end: 4, ruleLine: 2 }])).toBe(
      'township_id,year,category,quote\nx,,legal_talent,人才缺乏\n',
    );
  });

  it('escapes text cells a spreadsheet would run as formulae, and keeps numbers as numbers', () => {
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['=SUM(A1)', '+1', '-x', '@cmd', -5, 12]]);
    expect(text).toBe(`a,b,c,d,e,f\n"'=SUM(A1)","'+1","'-x","'@cmd",-5,12\n`);
  });

  it('starts a spreadsheet download with a BOM', () => {
    const text = csvForSpreadsheet(['quote'], [['\t=1']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(`quote\n"'\t=1"\n`);
  });

  it('can leave formulae alone for rows appended to data/', () => {
    expect(toCsv(['q'], [['-3 起']], { escapeFormulae: false, header: false })).toBe('-3 起\n');
  });
});
