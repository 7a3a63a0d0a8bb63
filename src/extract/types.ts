// Public types of the extraction stage: a report's text in, draft rows for
// metrics.csv and shortcomings.csv out. Every draft keeps the offsets of its
// figure and quote in the original text, so a reviewer (CLI listing or the
// 报告解析 page) can see exactly where it came from.

import type { Bound } from '../data/types';

export type RuleKind = 'metric' | 'shortcoming' | 'ignore' | 'audience';

/**
 * A compiled line of data/extraction-rules.csv.
 *
 * Pattern terms (see data/EXTRACTION-RULES.md):
 * - `anchor`: one of these words must stand in the figure's own clause
 *   (metric rules) or in the quoted clause (shortcoming rules);
 * - `context`: each group needs one of its words in the same sentence;
 * - `exclude`: none of these words may stand in the figure's clause (or the sentence, for shortcomings);
 * - `section`: the heading of the report's current top-level section must contain one of these words;
 * - `audience`: the figure's audience (named by the `audience` lines, or 未写明) must be one of these.
 *
 * An `audience` line names an audience (target, e.g. 干部) and its words (anchor).
 */
export interface ExtractionRule {
  kind: RuleKind;
  /** Metric id, shortcoming category id, audience name, or '' for ignore rules. */
  target: string;
  anchor: string[];
  context: string[][];
  exclude: string[];
  section: string[];
  audience: string[];
  /** Units the figure may have ([] = any unit); empty for shortcoming rules. */
  units: string[];
  /** Unit written in the draft row instead of the text's unit (e.g. 次 → 次/月). */
  unitAs: string;
  priority: number;
  note: string;
  /** 1-based line in extraction-rules.csv, shown in the review listing. */
  line: number;
}

/** A problem in the rules file, in Chinese for county staff. */
export interface RuleProblem {
  severity: 'error' | 'warning';
  line?: number;
  column?: string;
  message: string;
}

export interface RuleSet {
  rules: ExtractionRule[];
  problems: RuleProblem[];
}

/** A number with a unit (or a percentage, or a 万-number) the text states. */
export interface FoundFigure {
  /** Offsets of the figure in the text: 【2153余人】 of 受教群众达2153余人. */
  start: number;
  end: number;
  value: number;
  /** The unit as the draft row writes it: 人次, 万元, %, 个村 …; '' when the text gives none (1.2万). */
  unit: string;
  bound: Bound;
  /** Why the bound or value needs a look: a range (10-20人) or a missing unit. */
  note: string;
}

/** A figure with the rule that decided what it is (null: no rule fits). */
export interface ClassifiedFigure extends FoundFigure {
  rule: ExtractionRule | null;
}

/** A proposed metrics.csv row. */
export interface DraftRow {
  townshipId: string;
  /** null when neither the caller nor the text gives the year. */
  year: number | null;
  metric: string;
  /** The report's own words for this part (集中宣讲法律法规, 受教群众 …). */
  item: string;
  value: number;
  unit: string;
  bound: Bound;
  /** Verbatim text[start, end): the shortest fragment stating the figure. */
  quote: string;
  start: number;
  end: number;
  /** Offsets of the figure itself, inside the quote. */
  figureStart: number;
  figureEnd: number;
  note: string;
  /** Line of the rule in extraction-rules.csv that chose the metric. */
  ruleLine: number;
}

/** A proposed shortcomings.csv row. */
export interface DraftShortcoming {
  townshipId: string;
  year: number | null;
  category: string;
  /** Verbatim text[start, end). */
  quote: string;
  start: number;
  end: number;
  ruleLine: number;
}

export interface ExtractOptions {
  townshipId?: string;
  year?: number;
  rules: readonly ExtractionRule[];
}
