// What the printed page header describes (scope line and report date): the
// selection shown. 历年变化 shows every year whatever year is chosen, so its
// header describes the selected townships in every year, and its report date
// counts the reports of every year (not only the chosen year's).
import type { Dataset } from '../data/types';
import { selectRows } from '../model/selection';
import type { Selection } from '../model/types';

export function printedSelection(selection: Selection, dataset: Dataset, showsEveryYear: boolean): Selection {
  if (!showsEveryYear) return selection;
  return selectRows(dataset, { townshipIds: selection.townships.map((township) => township.id) });
}
