// Column names people write in Chinese (from data/README.md's own "含义"
// column, or what a spreadsheet template says), mapped to the English header
// each table needs. Used only to word the one message that says how to rename
// the header; a Chinese header is never read silently.

import type { DataFileKey } from './schema';

const COMMON: Record<string, readonly string[]> = {
  township_id: ['乡镇编号', '乡镇代码', '乡镇id', '乡镇', '乡镇名称', '编号'],
  year: ['年度', '年份', '年', '报告年度'],
  quote: ['原文', '引文', '原文摘录', '原文片段', '报告原文', '引用'],
};

/** Per table: English column → Chinese names for it (checked in this order). */
const SYNONYMS: Record<DataFileKey, Record<string, readonly string[]>> = {
  townships: {
    id: ['编号', '乡镇编号', '代码', '乡镇代码', 'id号'],
    name: ['名称', '乡镇名称', '乡镇', '名字'],
    county: ['县', '所属县', '县区', '县（区）', '所属县（区）', '所属县区'],
    prefecture: ['市', '地级市', '所属地级市', '所属市', '州市'],
    province: ['省', '省份', '所属省', '所属省（自治区）', '省（自治区）', '省区'],
  },
  reports: {
    township_id: COMMON.township_id!,
    year: COMMON.year!,
    title: ['标题', '报告标题', '报告名称', '名称'],
    published: ['发布日期', '日期', '发布时间', '发布'],
    file: ['文件', '文件名', '文件路径', '原文文件', '报告原文路径', '路径', '报告原文'],
  },
  metricCatalog: {
    id: ['编号', '指标编号', '指标代码', '代码'],
    group: ['分组', '组', '类别', '分类'],
    label: ['名称', '中文名称', '指标名称', '标签'],
    unit: ['单位', '常用单位', '计量单位'],
    definition: ['口径', '口径说明', '定义', '说明'],
  },
  metrics: {
    township_id: COMMON.township_id!,
    year: COMMON.year!,
    metric: ['指标', '指标编号', '指标代码', '指标名称'],
    item: ['分项', '项目', '部分', '事项', '原称', '名称'],
    value: ['数值', '数量', '数字', '值', '数'],
    unit: ['单位', '计量单位'],
    bound: ['界限', '上下限', '精确度', '确数', '是否确数', '口径', '约数'],
    quote: COMMON.quote!,
    note: ['备注', '说明', '注'],
  },
  shortcomingCategories: {
    id: ['编号', '类别编号', '代码'],
    label: ['名称', '中文名称', '类别名称', '标签'],
    definition: ['定义', '说明', '归类说明', '口径'],
  },
  shortcomings: {
    township_id: COMMON.township_id!,
    year: COMMON.year!,
    category: ['类别', '问题类别', '类别编号', '分类'],
    quote: COMMON.quote!,
  },
};

const HAN = /[\u3400-\u9fff]/;

/** True when the header names columns in Chinese. */
export function hasChineseHeader(header: readonly string[]): boolean {
  return header.some((cell) => HAN.test(cell));
}

export interface HeaderRenames {
  /** [Chinese header, English header it should be], in header order. */
  renames: Array<[string, string]>;
  /** Chinese headers that match no column of this table. */
  unknown: string[];
}

/** What each Chinese header of `table` should be called; each English column is used once. */
export function renameChineseHeader(table: DataFileKey, header: readonly string[]): HeaderRenames {
  const synonyms = SYNONYMS[table];
  const used = new Set(header.map((h) => h.toLowerCase()));
  const renames: Array<[string, string]> = [];
  const unknown: string[] = [];
  for (const cell of header) {
    if (!HAN.test(cell)) continue;
    const name = cell.replace(/\s+/g, '').toLowerCase();
    const column = Object.keys(synonyms).find((col) => !used.has(col) && synonyms[col]!.includes(name));
    if (column) {
      used.add(column);
      renames.push([cell, column]);
    } else {
      unknown.push(cell);
    }
  }
  return { renames, unknown };
}
