// What an output says a report is silent on: every 未报告 (and 未录入) in a
// table — a page table, a table CSV, a Word table, an Excel sheet — or in a
// sentence of the brief, read as (township, year, subject). The subject is a
// metric id from metric-catalog.csv, 'problems' for the problems section, or
// '?…' when the test cannot tell (which fails: a statement nobody can check
// must not pass). Written for the batch test (issue 16): a statement about a
// report of the batch is held against what its text gives.
export interface SilenceStatement {
  where: string;
  township: string;
  year: number;
  subject: string;
  word: '未报告' | '未录入';
}

export interface Catalog {
  /** metric-catalog.csv label → id. */
  labels: ReadonlyMap<string, string>;
  townships: readonly string[];
}

/** Column headers of tables that name a metric in their own words (the disputes table). */
const COLUMN_METRICS: Readonly<Record<string, string>> = {
  排查出的纠纷: 'disputes_screened',
  化解: 'disputes_resolved',
  '排查次数（非纠纷数）': 'dispute_screening_rounds',
  成功率: 'mediation_success_rate',
};
const PROBLEMS_HEADERS = new Set(['类别数', '存在问题（类别数）']);

const clean = (text: string) => text.replace(/[↕▲▼]/g, '').trim();

/** "普法宣传活动（场次）", "普法受众历年数值（表）", "发放宣传品标记" → the catalog id, or null. */
export function metricOfLabel(text: string, catalog: Catalog): string | null {
  const bare = clean(text)
    .replace(/^表\d+\s*/, '')
    .replace(/（表）$/, '')
    .replace(/历年数值$/, '')
    .replace(/（\d{4}(—\d{4})?年）$/, '')
    .replace(/标记$/, '')
    .replace(/（[^（）]*）$/, '');
  return catalog.labels.get(bare) ?? catalog.labels.get(clean(text)) ?? null;
}

function subjectOf(caption: string, column: string, catalog: Catalog): string {
  if (PROBLEMS_HEADERS.has(column) || /问题类别/.test(caption)) return 'problems';
  return COLUMN_METRICS[column] ?? metricOfLabel(column, catalog) ?? metricOfLabel(caption, catalog) ?? `?${caption}/${column}`;
}

/**
 * The silences a table states. `rows[0]` is the header; a row belongs to a
 * township when its first cell is the name (or the name and a year); a
 * column headed "2025年" is that year, any other the year shown (`year`), or
 * the row's 年度 cell when the table has one.
 */
export function tableSilences(where: string, caption: string, rows: readonly (readonly string[])[], year: number, catalog: Catalog): SilenceStatement[] {
  const header = (rows[0] ?? []).map((h) => clean(String(h ?? '')));
  const yearColumn = header.indexOf('年度');
  const found: SilenceStatement[] = [];
  for (const row of rows.slice(1)) {
    const first = clean(String(row[0] ?? ''));
    const township = catalog.townships.find((name) => first === name || first.startsWith(`${name} `) || first.startsWith(`${name}（`));
    if (!township) continue;
    const rowYear = yearColumn > 0 ? Number(row[yearColumn]) : (Number(/(\d{4})/.exec(first.slice(township.length))?.[1]) || year);
    row.forEach((cell, j) => {
      if (j === 0) return;
      const text = clean(String(cell ?? ''));
      const word = text.startsWith('未报告') ? '未报告' : text.startsWith('未录入') ? '未录入' : null;
      if (!word) return;
      const column = header[j] ?? '';
      const columnYear = /^(\d{4})年$/.exec(column);
      found.push({
        where: `${where} ${caption} ${column}`,
        township,
        year: columnYear ? Number(columnYear[1]) : rowYear,
        subject: columnYear || column === '' || /^(合计|数值|值)/.test(column) ? subjectOf(caption, caption, catalog) : subjectOf(caption, column, catalog),
        word,
      });
    });
  }
  return found;
}

/**
 * The silences sentences state: "哲古镇、木耳镇未报告发放宣传品、普法队伍" —
 * the townships named before the word, the metrics listed after it (to the
 * end of the clause). Counts ("其中2个未报告") name no township and are not read.
 */
export function sentenceSilences(where: string, text: string, year: number, catalog: Catalog): SilenceStatement[] {
  const found: SilenceStatement[] = [];
  for (const clause of text.split(/[。；;\n]/)) {
    for (const word of ['未报告', '未录入'] as const) {
      const at = clause.indexOf(word);
      if (at === -1) continue;
      const before = clause.slice(0, at);
      const named = catalog.townships.filter((name) => before.includes(name));
      if (named.length === 0) continue;
      // The list after the word runs to the clause's next comma: "未报告排查出的矛盾纠纷，无法据件数计算…".
      const subjects = (clause.slice(at + word.length).split(/[，,]/)[0] ?? '')
        .split('、')
        .map((label) => label.replace(/（.*$/, '').trim())
        .filter((label) => label !== '')
        .map((label) => (/问题/.test(label) ? 'problems' : (metricOfLabel(label, catalog) ?? `?${label}`)));
      for (const township of named) for (const subject of subjects) found.push({ where: `${where}: ${clause}`, township, year, subject, word });
    }
  }
  return found;
}

/** The statements about a report that the report's text contradicts (what it gives), or that cannot be checked. */
export function contradicted(
  statements: readonly SilenceStatement[],
  reports: ReadonlyArray<{ township: string; year: number; gives: ReadonlySet<string> }>,
): string[] {
  const problems: string[] = [];
  for (const s of statements) {
    const report = reports.find((r) => r.township === s.township && r.year === s.year);
    if (!report) continue;
    if (s.word === '未录入') problems.push(`${s.where}: ${s.township} ${s.year} 未录入, but every figure of the report was accounted for`);
    else if (s.subject.startsWith('?')) problems.push(`${s.where}: ${s.township} ${s.year} 未报告 of something the test cannot name (${s.subject})`);
    else if (report.gives.has(s.subject)) problems.push(`${s.where}: ${s.township} ${s.year} 未报告 ${s.subject}, which the report text gives`);
  }
  return problems;
}
