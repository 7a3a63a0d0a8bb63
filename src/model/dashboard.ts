// The whole model for one selection, in pipeline order:
// select rows → metric totals → disputes → shortcomings → overview cards.

import type { Dataset } from '../data/types';
import { compareDisputes } from './disputes';
import { indexDataset } from './dataset-index';
import { compareMetric } from './metrics';
import { OUTREACH_METRIC_IDS } from './metric-ids';
import { overviewCards } from './overview';
import { selectRows } from './selection';
import { shortcomingMatrix } from './shortcomings';
import type { DashboardModel, SelectionCriteria } from './types';

export function buildDashboardModel(dataset: Dataset, criteria: SelectionCriteria = {}): DashboardModel {
  const selection = selectRows(dataset, criteria);
  const index = indexDataset(dataset);
  // An outreach metric neither in the catalog nor in the data has nothing to compare.
  const outreachIds = OUTREACH_METRIC_IDS.filter(
    (id) => index.catalogById.has(id) || dataset.metrics.some((m) => m.metric === id),
  );
  const outreach = outreachIds.map((id) => compareMetric(dataset, selection, id));
  const disputes = compareDisputes(dataset, selection);
  const shortcomings = shortcomingMatrix(dataset, selection);
  const overview = overviewCards(selection, { outreach, disputes, shortcomings });
  return { selection, outreach, disputes, shortcomings, overview };
}
