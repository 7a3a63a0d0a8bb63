// What the page needs before it can draft rows: the rules (the deployed
// data/extraction-rules.csv, so county staff's additions apply without a
// rebuild; the copy bundled at build time when it cannot be fetched) and
// the metric and category lists for the pickers (props, else data/).

import { useEffect, useState } from 'react';
import bundledRules from '../../../data/extraction-rules.csv?raw';
import { parseCsv } from '../../data/csv';
import { dataFileUrl } from '../../data/load';
import type { MetricDefinition, ShortcomingCategory } from '../../data/types';
import { decodeReportBytes, parseRules, type ExtractionRule, type RuleProblem } from '../../extract';

export interface PickerOption {
  id: string;
  label: string;
}

export interface ExtractionSetup {
  status: 'loading' | 'ready';
  rules: ExtractionRule[];
  ruleProblems: RuleProblem[];
  /** 'deployed': data/extraction-rules.csv of the site; 'bundled': the copy built into the page. */
  rulesSource: 'deployed' | 'bundled';
  metricOptions: PickerOption[];
  categoryOptions: PickerOption[];
}

/** The text of a file under data/, or null when it cannot be fetched or read. */
async function fetchDataText(file: string): Promise<string | null> {
  try {
    const response = await fetch(dataFileUrl(import.meta.env.BASE_URL, file), { cache: 'no-cache' });
    if (!response.ok) return null;
    return decodeReportBytes(new Uint8Array(await response.arrayBuffer()), file).text;
  } catch {
    return null;
  }
}

function optionsFromCsv(text: string | null, file: string): PickerOption[] | null {
  if (text === null) return null;
  const parsed = parseCsv(text, file);
  const id = parsed.header.indexOf('id');
  const label = parsed.header.indexOf('label');
  if (id === -1) return null;
  return parsed.records.map((r) => ({ id: r.cells[id] ?? '', label: r.cells[label] ?? '' })).filter((o) => o.id !== '');
}

function targetsOf(rules: readonly ExtractionRule[], kind: ExtractionRule['kind']): PickerOption[] {
  return [...new Set(rules.filter((r) => r.kind === kind).map((r) => r.target))].map((id) => ({ id, label: '' }));
}

export function useExtractionSetup(
  metricCatalog: readonly MetricDefinition[] | undefined,
  categories: readonly ShortcomingCategory[] | undefined,
): ExtractionSetup {
  const [setup, setSetup] = useState<ExtractionSetup>(() => ({
    status: 'loading',
    rules: [],
    ruleProblems: [],
    rulesSource: 'bundled',
    metricOptions: [],
    categoryOptions: [],
  }));

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [deployedRules, catalogText, categoriesText] = await Promise.all([
        fetchDataText('extraction-rules.csv'),
        metricCatalog ? Promise.resolve(null) : fetchDataText('metric-catalog.csv'),
        categories ? Promise.resolve(null) : fetchDataText('shortcoming-categories.csv'),
      ]);
      const metricOptions = metricCatalog?.map((m) => ({ id: m.id, label: m.label })) ?? optionsFromCsv(catalogText, 'metric-catalog.csv');
      const categoryOptions = categories?.map((c) => ({ id: c.id, label: c.label })) ?? optionsFromCsv(categoriesText, 'shortcoming-categories.csv');
      const known = {
        ...(metricOptions ? { metricIds: metricOptions.map((o) => o.id) } : {}),
        ...(categoryOptions ? { categoryIds: categoryOptions.map((o) => o.id) } : {}),
      };
      const useDeployed = deployedRules !== null && deployedRules.trim() !== '';
      const set = parseRules(useDeployed ? deployedRules : bundledRules, known);
      if (cancelled) return;
      setSetup({
        status: 'ready',
        rules: set.rules,
        ruleProblems: set.problems,
        rulesSource: useDeployed ? 'deployed' : 'bundled',
        metricOptions: metricOptions ?? targetsOf(set.rules, 'metric'),
        categoryOptions: categoryOptions ?? targetsOf(set.rules, 'shortcoming'),
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [metricCatalog, categories]);

  return setup;
}
