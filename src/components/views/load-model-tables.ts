// The model → spreadsheet tables (src/export/model-tables.ts) are needed only
// when someone clicks 下载表格CSV: fetched then, not with the page.
export function loadModelTables() {
  return import('../../export/model-tables');
}
