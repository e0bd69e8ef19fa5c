// The 规划录入表 as a layout (layout.ts): a bureau's own plan typed or pasted into labelled cells and
// one Excel Table with the columns a plan needs and one example row; plan-from-sheet.ts reads it back.
import { HEADERS } from "./headers";
import { Block, ListValidation, SheetLayout, a1, uniqueSheetName, uniqueTableName } from "./layout";
import { RULE_KINDS } from "./plan";
import { RULE_LABELS } from "./rules";

/** 指标属性 as a plan prints it. */
export const ATTRIBUTE_LABELS = { binding: "约束性", expected: "预期性" } as const;

/** The entry table's headers; the shared ones are the template's, so a template reads back as well. */
export const ENTRY_HEADERS = {
  category: HEADERS.category,
  name: HEADERS.name,
  group: HEADERS.group,
  unit: HEADERS.unit,
  rule: HEADERS.rule,
  baselineYear: HEADERS.baselineYear,
  baseline: HEADERS.baseline,
  targetYear: HEADERS.targetYear,
  target: HEADERS.target,
  high: HEADERS.high,
  attribute: "指标属性",
  responsible: HEADERS.responsible,
  ref: HEADERS.ref,
  note: HEADERS.remark,
} as const;

export type EntryColumnKey = keyof typeof ENTRY_HEADERS;

/** The labelled cells above the table: label in column A, the clerk's value in column B. */
export const PLAN_LABELS = {
  title: "规划名称",
  region: "地区",
  parent: "所属市",
  start: "规划起始年",
  end: "规划结束年",
  issuer: "发布单位",
  source: "来源",
  id: "规划编号",
} as const;

export type PlanLabelKey = keyof typeof PLAN_LABELS;

const LABEL_HINTS: Record<PlanLabelKey, string> = {
  title: "必填，如：××县教育事业发展“十四五”规划",
  region: "必填，如：××县",
  parent: "县（市、区）填所属地级市，地级市留空",
  start: "必填，如 2021",
  end: "必填，如 2025",
  issuer: "必填，如：××县教育局",
  source: "选填：文件名或文号",
  id: "选填：留空则自动生成",
};

/** The one row a clerk overwrites; left as it is, reading the sheet says so. */
export const EXAMPLE_ROW: Record<EntryColumnKey, string | number> = {
  category: "学前教育",
  name: "普惠性幼儿园在园幼儿占比",
  group: "",
  unit: "%",
  rule: RULE_LABELS.at_least["zh-CN"],
  baselineYear: 2020,
  baseline: 86.4,
  targetYear: 2025,
  target: 90,
  high: "",
  attribute: ATTRIBUTE_LABELS.expected,
  responsible: "县教育局",
  ref: "表1 1．",
  note: "示例行：请改写或删除",
};

const WIDTHS: Record<EntryColumnKey, number> = {
  category: 12,
  name: 28,
  group: 8,
  unit: 6,
  rule: 12,
  baselineYear: 7,
  baseline: 9,
  targetYear: 7,
  target: 9,
  high: 9,
  attribute: 9,
  responsible: 16,
  ref: 14,
  note: 24,
};

const TEXT_COLUMNS: readonly EntryColumnKey[] = ["category", "name", "group", "unit", "responsible", "ref", "note"];

/** Rows the drop-downs cover below the header: the table grows as rows are typed or pasted. */
export const ENTRY_ROWS = 500;

export const ENTRY_TITLE = "规划录入表";
export const ENTRY_HINT =
  "填写下列各项和下方指标表（可从规划文本粘贴，每项指标一行），然后在任务窗格点“生成规划”。百分比填 90 或 90% 均可；“规则”从下拉列表选择；新增、减少类指标的目标值填新增（减少）量。";

export interface EntryOptions {
  existingSheets?: readonly string[];
  existingTables?: readonly string[];
  /** Rows to fill the table with instead of the example row (accepted proposals from a plan's text). */
  rows?: ReadonlyArray<Record<EntryColumnKey, string | number>>;
  /** Values for the labelled cells (a title and period read from the text), as text. */
  head?: Partial<Record<PlanLabelKey, string>>;
}

/** The entry sheet: title, hint, labelled plan cells, then the table with its example row. */
export function entrySheet(options: EntryOptions = {}): SheetLayout {
  const keys = Object.keys(ENTRY_HEADERS) as EntryColumnKey[];
  const labels = Object.keys(PLAN_LABELS) as PlanLabelKey[];
  const firstLabelRow = 2;
  const headerRow = firstLabelRow + labels.length + 1;
  const column = (key: EntryColumnKey) => keys.indexOf(key);
  const rows = options.rows?.length ? options.rows : [EXAMPLE_ROW];
  const listRows = Math.max(ENTRY_ROWS, rows.length + 100);
  const body = (key: EntryColumnKey) => a1(headerRow + 1, column(key), headerRow + listRows, column(key));
  // Column B is text-formatted, so a typed 2021 or "-" stays as typed; the reader parses it.
  const labelBlocks: Block[] = [
    { row: firstLabelRow, column: 0, values: labels.map((key) => [PLAN_LABELS[key]]), font: { bold: true } },
    { row: firstLabelRow, column: 1, values: labels.map((key) => [options.head?.[key] ?? null]), numberFormats: labels.map(() => ["@"]) },
    { row: firstLabelRow, column: 2, values: labels.map((key) => [LABEL_HINTS[key]]) },
  ];
  const example: Block = {
    row: headerRow + 1,
    column: 0,
    values: rows.map((row) => keys.map((key) => row[key])),
    // Text columns keep text that starts with = + - as text; a table copies the format to new rows.
    numberFormats: rows.map(() => keys.map((key) => (TEXT_COLUMNS.includes(key) ? "@" : "General"))),
  };
  const lists: ListValidation[] = [
    {
      address: body("rule"),
      items: RULE_KINDS.map((rule) => RULE_LABELS[rule]["zh-CN"]),
      prompt: { title: "规则", message: "从列表选择；也可填 ≥ ≤ > < 等符号" },
      error: { title: "EduPlan", message: "请从列表中选择规则" },
    },
    {
      address: body("attribute"),
      items: Object.values(ATTRIBUTE_LABELS),
      prompt: { title: "指标属性", message: "约束性或预期性，可不填" },
      error: { title: "EduPlan", message: "请填“约束性”或“预期性”" },
    },
  ];
  return {
    name: uniqueSheetName(ENTRY_TITLE, options.existingSheets ?? []),
    blocks: [
      { row: 0, column: 0, values: [[ENTRY_TITLE]], font: { bold: true, size: 14 } },
      { row: 1, column: 0, values: [[ENTRY_HINT]] },
      ...labelBlocks,
      { row: headerRow, column: 0, values: [keys.map((key) => ENTRY_HEADERS[key])], wrap: true },
      example,
    ],
    tables: [{ name: uniqueTableName("entry", options.existingTables ?? []), address: a1(headerRow, 0, headerRow + rows.length, keys.length - 1), style: "TableStyleLight9" }],
    columns: keys.map((key, index) => ({ index, width: WIDTHS[key] })),
    flags: [],
    validations: [],
    lists,
    // No frozen panes: they would hold a dozen rows still; a scrolled Excel Table shows its headers
    // in place of the column letters.
  };
}
