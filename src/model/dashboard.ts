// The whole model for one selection, in pipeline order:
// select rows (rows without a report set aside) → metric totals → disputes → shortcomings → overview cards.

import type { Dataset } from '../data/types';
import { compareDisputes } from './disputes';
import { indexDataset } from './dataset-index';
import { compareMetric } from './metrics';
import { OUTREACH_METRIC_IDS } from './metric-ids';
import { splitNoReport } from './no-report';
import { overviewCards, withUnplacedErrors } from './overview';
import { selectRows } from './selection';
import { shortcomingMatrix } from './shortcomings';
import type { DashboardModel, SelectionCriteria } from './types';

export function buildDashboardModel(dataset: Dataset, criteria: SelectionCriteria = {}): DashboardModel {
  const selection = selectRows(dataset, criteria);
  // Rows without a report are named once (noReport.text), not compared as rows of 未报告.
  const { compared, noReport } = splitNoReport(dataset, selection);
  const index = indexDataset(dataset);
  // An outreach metric neither in the catalog nor in the data has nothing to compare.
  const outreachIds = OUTREACH_METRIC_IDS.filter(
    (id) => index.catalogById.has(id) || dataset.metrics.some((m) => m.metric === id),
  );
  const outreach = outreachIds.map((id) => compareMetric(dataset, compared, id));
  const disputes = compareDisputes(dataset, compared);
  const shortcomings = shortcomingMatrix(dataset, compared);
  const overview = withUnplacedErrors(dataset, overviewCards(compared, { outreach, disputes, shortcomings }));
  return { selection, compared, noReport, outreach, disputes, shortcomings, overview };
}
