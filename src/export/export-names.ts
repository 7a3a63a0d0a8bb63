// File names of the whole-view exports, saying what the file is and for which
// selection: "乡镇法治政府建设情况简报-2024.docx",
// "乡镇法治政府建设情况简报-塔尔玛乡、碧土乡-2023-2024.docx". A few townships are
// named; more than that and the document's own scope line says which.

import { displayText } from '../data/suspicious-text';
import type { Selection } from '../model/types';

/** The brief's name: the Word document's title (after the years) and its file name. */
export const BRIEF_TITLE = '乡镇法治政府建设情况简报';

/** Townships named in a file name; beyond this many the name gives only the years. */
export const TOWNSHIPS_NAMED_IN_FILENAME = 3;

/** "2024", "2022-2024" (consecutive), "2021、2024". */
export function yearsForFilename(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  if (sorted.length === 1) return String(first);
  if (last - first === sorted.length - 1) return `${first}-${last}`;
  return sorted.join('、');
}

/** `${subject}[-names]-${years}.${extension}` (no characters a file system refuses: see download.ts safeFilename). */
export function exportFilename(
  subject: string,
  selection: Pick<Selection, 'townships' | 'years'>,
  extension: string,
): string {
  const names =
    selection.townships.length > 0 && selection.townships.length <= TOWNSHIPS_NAMED_IN_FILENAME
      ? selection.townships.map((township) => displayText(township.name)).join('、')
      : '';
  const parts = [subject, names, yearsForFilename(selection.years)].filter((part) => part !== '');
  return `${parts.join('-')}.${extension}`;
}
