import { describe, expect, it } from 'vitest';
import { bound, dataPath, idSlug, optionalDate, optionalText, plainNumber, requiredText, year } from '../../../src/data/columns';

const value = <T>(result: { ok: true; value: T } | { ok: false }): T | undefined => (result.ok ? result.value : undefined);

describe('column rules', () => {
  it('requiredText rejects an empty cell', () => {
    expect(requiredText.parse('塔尔玛乡')).toEqual({ ok: true, value: '塔尔玛乡' });
    expect(requiredText.parse('')).toMatchObject({ ok: false, code: 'value_required' });
  });

  it('optionalText accepts an empty cell', () => {
    expect(optionalText.parse('')).toEqual({ ok: true, value: '' });
  });

  it.each(['taerma', 'outreach_events', 'legal-talent', 'a1'])('idSlug accepts %s', (id) => {
    expect(value(idSlug.parse(id))).toBe(id);
  });

  it.each(['塔尔玛', 'a b', 'a.b'])('idSlug rejects %s', (id) => {
    expect(idSlug.parse(id)).toMatchObject({ ok: false, code: 'bad_id' });
  });

  it('idSlug reads a capitalised id as lowercase, with an id_case warning', () => {
    const result = idSlug.parse('Taerma');
    expect(result).toMatchObject({ ok: true, value: 'taerma', warning: { code: 'id_case' } });
    expect(result.ok && result.warning?.detail).toContain('请改为 taerma');
    expect(idSlug.parse('taerma')).toEqual({ ok: true, value: 'taerma' });
  });

  it('year reads four digits; 2024年 and full-width digits are read with a warning', () => {
    expect(year.parse('2024')).toEqual({ ok: true, value: 2024 });
    expect(year.parse('24')).toMatchObject({ ok: false, code: 'bad_year' });
    expect(year.parse('')).toMatchObject({ ok: false, code: 'value_required' });
    for (const written of ['2024年', '2024年度', '２０２４']) {
      const result = year.parse(written);
      expect(result, written).toMatchObject({ ok: true, value: 2024, warning: { code: 'year_suffix' } });
      expect(result.ok && result.warning?.detail).toContain(`“${written}”已按 2024 读取`);
    }
    expect(year.parse('二〇二四年')).toMatchObject({ ok: false, code: 'bad_year' });
  });

  it('optionalDate reads YYYY-MM-DD and the forms Excel and WPS write, as YYYY-MM-DD', () => {
    expect(optionalDate.parse('2025-03-21')).toEqual({ ok: true, value: '2025-03-21' });
    expect(optionalDate.parse('')).toEqual({ ok: true, value: null });
    for (const written of ['2025/3/21', '2025-3-21', '2025年3月21日', '2025.03.21', '2025/3/21 0:00', '2025年03月21日']) {
      expect(optionalDate.parse(written), written).toEqual({ ok: true, value: '2025-03-21' });
    }
    // Leap days of leap years, and month ends.
    for (const day of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30']) expect(optionalDate.parse(day), day).toEqual({ ok: true, value: day });
  });

  it('optionalDate: a date it cannot read is a warning and null, never an error', () => {
    for (const bad of ['2025-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-01-00', '三月', '45737', '2025/13/1']) {
      const result = optionalDate.parse(bad);
      expect(result, bad).toMatchObject({ ok: true, value: null, warning: { code: 'bad_date' } });
      expect(result.ok && result.warning?.detail).toContain('报告照常读入');
    }
  });

  it.each([
    ['94', 94],
    ['2153', 2153],
    ['0.5', 0.5],
  ])('plainNumber accepts %s', (raw, expected) => {
    expect(value(plainNumber.parse(raw))).toBe(expected);
  });

  it.each([
    ['200余', 'bound'],
    ['94%', 'unit'],
    ['abc', '阿拉伯数字'],
    ['1.2万', '12000'],
    ['2,153', '2153'],
  ])('plainNumber rejects %s as not_a_number with a hint about %s', (raw, hint) => {
    const result = plainNumber.parse(raw);
    expect(result).toMatchObject({ ok: false, code: 'not_a_number' });
    if (!result.ok) {
      expect(result.detail).toContain(`“${raw}”不是数字`);
      expect(result.detail).toContain(hint);
    }
  });

  it('plainNumber says an empty value is required, not "not a number"', () => {
    expect(plainNumber.parse('')).toMatchObject({ ok: false, code: 'value_required' });
  });

  it('bound accepts the three values and suggests one for report words', () => {
    for (const b of ['exact', 'at_least', 'approx']) expect(value(bound.parse(b))).toBe(b);
    // toMatchObject first: 约 must be refused as a bound word, not pass unchecked.
    expect(bound.parse('余')).toMatchObject({ ok: false, code: 'bad_bound', detail: expect.stringContaining('应写 at_least') });
    expect(bound.parse('约')).toMatchObject({ ok: false, code: 'bad_bound', detail: expect.stringContaining('应写 approx') });
    const other = bound.parse('maybe');
    expect(other).toMatchObject({ ok: false, code: 'bad_bound', detail: expect.any(String) });
    expect((other as { detail: string }).detail).not.toContain('应写');
  });

  it('dataPath normalises Windows separators and refuses paths outside data/', () => {
    expect(value(dataPath.parse('reports/bitu-2024.txt'))).toBe('reports/bitu-2024.txt');
    expect(value(dataPath.parse('reports\\bitu-2024.txt'))).toBe('reports/bitu-2024.txt');
    expect(value(dataPath.parse('./reports/bitu-2024.txt'))).toBe('reports/bitu-2024.txt');
    for (const bad of ['../secret.txt', '/etc/passwd', 'C:\\reports\\a.txt', 'reports//a.txt']) {
      expect(dataPath.parse(bad)).toMatchObject({ ok: false, code: 'bad_path' });
    }
  });
});
