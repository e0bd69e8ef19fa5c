// The 学前教育普及普惠 county assessment (MOE 教督〔2020〕1号) as one sheet: the three 普及普惠水平 figures,
// the 政府保障 and 保教质量 items that carry figures, 社会认可度, each with an editable 本地标准, and
// statuses by native formulas; what could not be checked against the method's text is marked 待核.
import { COMPUTED_FILL, page, statusFlags } from "./balance-workbook";
import { round9 } from "./balance-schools";
import { Block, ConditionalFlag, LayoutResult, SheetLayout, Validation, a1, uniqueSheetName } from "./layout";

export type PreschoolKind = "atLeast" | "atMost" | "qualitative";

export interface PreschoolItem {
  part: string;
  text: string;
  unit: string;
  kind: PreschoolKind;
  /** National standard where the method's figure is known (fractions for percentages); null: 待核. */
  national: number | null;
  percent?: boolean;
  note?: string;
}

export const PRESCHOOL_METHOD = "《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）";
export const PRESCHOOL_SHEET = "学前教育普及普惠";

const UNCHECKED = "国家标准值待核：请按办法原文或省定标准填入本地标准";

export const PRESCHOOL_ITEMS: readonly PreschoolItem[] = [
  { part: "普及普惠水平", text: "学前三年毛入园率", unit: "%", kind: "atLeast", national: 0.85, percent: true },
  { part: "普及普惠水平", text: "普惠性幼儿园覆盖率", unit: "%", kind: "atLeast", national: 0.8, percent: true },
  { part: "普及普惠水平", text: "公办园在园幼儿占比", unit: "%", kind: "atLeast", national: 0.5, percent: true },
  {
    part: "政府保障情况",
    text: "幼儿园布局规划合理，满足就近入园需求",
    unit: "",
    kind: "qualitative",
    national: null,
    note: "条文表述待核",
  },
  { part: "政府保障情况", text: "生均室外游戏场地面积", unit: "㎡", kind: "atLeast", national: null, note: UNCHECKED },
  { part: "政府保障情况", text: "生均活动用房面积", unit: "㎡", kind: "atLeast", national: null, note: UNCHECKED },
  {
    part: "政府保障情况",
    text: "公办园生均公用经费（财政拨款）标准和普惠性民办园补助标准已制定并落实",
    unit: "",
    kind: "qualitative",
    national: null,
    note: "条文表述待核",
  },
  {
    part: "政府保障情况",
    text: "专任教师持证上岗率",
    unit: "%",
    kind: "atLeast",
    national: null,
    percent: true,
    note: UNCHECKED,
  },
  {
    part: "政府保障情况",
    text: "专任教师与幼儿比（每名专任教师对应幼儿数）",
    unit: "人",
    kind: "atMost",
    national: null,
    note: `${UNCHECKED}；填写幼儿数÷专任教师数，如 1:15 填 15`,
  },
  {
    part: "保教质量",
    text: "班额达标（班额达到规定的班级占比）",
    unit: "%",
    kind: "atLeast",
    national: null,
    percent: true,
    note: UNCHECKED,
  },
  {
    part: "保教质量",
    text: "落实《3-6岁儿童学习与发展指南》，无“小学化”倾向",
    unit: "",
    kind: "qualitative",
    national: null,
    note: "条文表述待核",
  },
  { part: "社会认可度", text: "社会认可度（调查满意度）", unit: "%", kind: "atLeast", national: 0.85, percent: true },
];

export type PreschoolValue = number | string | null;

/** An item's status as the sheet's formula gives it: 达标 / 未达标 / 待填报 / 输入有误 / 标准待核 / 材料待核. */
export function preschoolStatus(item: PreschoolItem, value: PreschoolValue, standard: number | null): string {
  if (value === null || value === "") return "待填报";
  if (item.kind === "qualitative")
    return value === "达标" || value === "未达标" || value === "材料待核" ? value : "输入有误";
  if (typeof value !== "number") return "输入有误";
  if (standard === null) return "标准待核";
  return round9(item.kind === "atLeast" ? value - standard : standard - value) >= 0 ? "达标" : "未达标";
}

/** The sheet's verdict: 未达标 if any item fails, 待完善 while any waits, else 达标. */
export function preschoolVerdict(statuses: readonly string[]): string {
  if (statuses.includes("未达标")) return "未达标";
  return statuses.every((s) => s === "达标") ? "达标" : "待完善";
}

export interface PreschoolOptions {
  existingSheets?: readonly string[];
  /** What the clerk entered, in item order. */
  values?: readonly PreschoolValue[];
  /** 本地标准 per item (provincial or plan targets); the national value where not given. */
  standards?: readonly (number | null | undefined)[];
}

const FIRST = 3;
const HEADERS = ["序号", "部分", "项目", "单位", "本地标准", "国家标准", "填报值", "状态", "说明"];
const PENDING_FORMAT = { fill: "#FFEB9C", font: "#9C5700" };

/** The 学前教育普及普惠 sheet: white 本地标准 and 填报值 cells typed, the rest shaded and computed. */
export function buildPreschoolSheet(options: PreschoolOptions = {}): SheetLayout {
  const name = uniqueSheetName(PRESCHOOL_SHEET, options.existingSheets ?? []);
  const items = PRESCHOOL_ITEMS;
  const last = FIRST + items.length - 1;
  const standards = items.map((item, i) =>
    item.kind === "qualitative" ? null : options.standards?.[i] === undefined ? item.national : options.standards[i]
  );
  const values = items.map((_item, i) => options.values?.[i] ?? null);
  const statuses = items.map((item, i) => preschoolStatus(item, values[i], standards[i] ?? null));
  const formulas = items.map((item, i) => {
    const r = FIRST + i + 1;
    const [value, standard] = [`G${r}`, `E${r}`];
    if (item.kind === "qualitative")
      return `=IF(${value}="","待填报",IF(OR(${value}="达标",${value}="未达标",${value}="材料待核"),${value},"输入有误"))`;
    const difference = item.kind === "atLeast" ? `${value}-${standard}` : `${standard}-${value}`;
    return `=IF(${value}="","待填报",IF(NOT(ISNUMBER(${value})),"输入有误",IF(${standard}="","标准待核",IF(ROUND(${difference},9)>=0,"达标","未达标"))))`;
  });
  const format = (item: PreschoolItem) => (item.percent ? "0.0%" : "General");
  const verdictRow = last + 2;
  const range = `H${FIRST + 1}:H${last + 1}`;
  const blocks: Block[] = [
    { row: 0, column: 0, values: [["学前教育普及普惠 督导评估测算表"]], font: { bold: true, size: 14 } },
    {
      row: 1,
      column: 0,
      values: [
        [
          `来源：${PRESCHOOL_METHOD}。白色单元格填报：本地标准默认为国家标准，可改为省定或规划目标（如 90%）；填报值填数值（百分比可输入 96%），定性项目填“达标”“未达标”或“材料待核”；灰色单元格自动计算。标“待核”的项目未能对照办法原文核实。`,
        ],
      ],
      wrap: false,
    },
    { row: 2, column: 0, values: [HEADERS], font: { bold: true } },
    {
      row: FIRST,
      column: 0,
      values: items.map((item, i) => [i + 1, item.part, item.text, item.unit]),
      fill: COMPUTED_FILL,
      wrap: true,
    },
    // 本地标准: typed (white) for figures; qualitative items have none (shaded).
    ...items.map((item, i): Block =>
      item.kind === "qualitative"
        ? { row: FIRST + i, column: 4, values: [["—"]], fill: COMPUTED_FILL }
        : { row: FIRST + i, column: 4, values: [[standards[i] ?? null]], numberFormats: [[format(item)]] }
    ),
    {
      row: FIRST,
      column: 5,
      values: items.map((item) => [item.kind === "qualitative" ? "达标" : (item.national ?? "待核")]),
      numberFormats: items.map((item) => [format(item)]),
      fill: COMPUTED_FILL,
    },
    {
      row: FIRST,
      column: 6,
      values: values.map((v) => [v]),
      numberFormats: items.map((item) => [format(item)]),
    },
    {
      row: FIRST,
      column: 7,
      values: items.map(() => [null]),
      formulas: formulas.map((f) => [f]),
      results: statuses.map((s): LayoutResult[] => [s]),
      fill: COMPUTED_FILL,
    },
    {
      row: FIRST,
      column: 8,
      values: items.map((item) => [item.note ?? ""]),
      fill: COMPUTED_FILL,
      wrap: true,
    },
    { row: verdictRow, column: 2, values: [["本表判定"]], font: { bold: true } },
    {
      row: verdictRow,
      column: 7,
      values: [[null]],
      formulas: [
        [`=IF(COUNTIF(${range},"未达标")>0,"未达标",IF(COUNTIF(${range},"达标")=${items.length},"达标","待完善"))`],
      ],
      results: [[preschoolVerdict(statuses)]],
      font: { bold: true },
      fill: COMPUTED_FILL,
    },
  ];
  const pending: ConditionalFlag[] = ["标准待核", "输入有误", "待完善"].map((word) => ({
    kind: `status:${word}`,
    address: a1(FIRST, 7, verdictRow, 7),
    formula: `=H${FIRST + 1}="${word}"`,
    format: PENDING_FORMAT,
  }));
  const validations: Validation[] = items.flatMap((item, i): Validation[] =>
    item.kind === "qualitative"
      ? []
      : [
          {
            address: a1(FIRST + i, 6),
            rule: item.percent
              ? { operator: "Between", formula1: 0, formula2: 1 }
              : { operator: "GreaterThanOrEqualTo", formula1: 0 },
            prompt: {
              title: item.text.slice(0, 32),
              message: item.percent ? "填百分比，如 96%" : `填数值（${item.unit}）`,
            },
            error: {
              title: "数值有误",
              message: item.percent ? "请填 0%–100% 之间的百分比，如 96%" : "请填不小于 0 的数值",
            },
          },
        ]
  );
  return {
    name,
    blocks,
    tables: [],
    columns: [
      { index: 0, width: 5 },
      { index: 1, width: 11 },
      { index: 2, width: 40 },
      { index: 3, width: 5 },
      { index: 4, width: 9 },
      { index: 5, width: 9 },
      { index: 6, width: 9 },
      { index: 7, width: 9 },
      { index: 8, width: 30 },
    ],
    flags: [...statusFlags([a1(FIRST, 7, verdictRow, 7)]), ...pending],
    validations,
    freeze: { rows: FIRST, columns: 3 },
    page: page(a1(0, 0, verdictRow, 8), 2, "学前教育普及普惠 督导评估测算表", "landscape"),
  };
}
