// The cross-plan view: one concept in every plan that has it, side by side (region, plan, target and
// year, the latest value and status from the workbook's filled templates), and the same as a sheet layout.
import { AlignFinding, formatFigure } from "./align";
import { ResolvedConcept, ResolvedEntry } from "./concepts";
import { HEADERS } from "./headers";
import { SheetLayout, a1, uniqueSheetName } from "./layout";
import { Language } from "./messages";
import { toSheetValue, isPercentUnit } from "./units";

/** What a filled template says of one indicator: its 最新值, 最新年份 and 状态 cells as read. */
export interface LatestValue {
  value: number | null;
  year: number | null;
  status: string | null;
  sheet: string;
}

export interface CrossPlanRow {
  region: string;
  planId: string;
  planTitle: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  /** "≥90%", as the plan sets it. */
  target: string;
  /** The target as the sheet stores it (percentages as fractions), the low end of a range. */
  targetValue: number | null;
  targetYear: number;
  baselineValue: number | null;
  baselineYear: number | null;
  ref: string;
  definition: Record<Language, string> | null;
  latest: LatestValue | null;
}

/** The city's plans first, then its districts; regions of other cities after, each by name. */
function regionOrder(a: ResolvedEntry, b: ResolvedEntry): number {
  const city = (e: ResolvedEntry) => e.plan.region.parent ?? e.plan.region.name;
  const byCity = city(a).localeCompare(city(b), "zh-CN");
  if (byCity !== 0) return byCity;
  const own = (e: ResolvedEntry) => (e.plan.region.parent === null ? 0 : 1);
  return own(a) - own(b) || a.plan.region.name.localeCompare(b.plan.region.name, "zh-CN") || a.plan.id.localeCompare(b.plan.id);
}

export function crossPlanRows(resolved: ResolvedConcept, latest: ReadonlyMap<string, LatestValue> = new Map()): CrossPlanRow[] {
  return [...resolved.entries].sort(regionOrder).map(({ plan, indicator, entry }) => ({
    region: plan.region.name,
    planId: plan.id,
    planTitle: plan.title,
    indicatorId: indicator.id,
    indicator: indicator.group ? `${indicator.name}（${indicator.group}）` : indicator.name,
    unit: indicator.unit,
    target: formatFigure({ rule: indicator.rule, value: indicator.target.value, high: indicator.target.high ?? null, unit: indicator.unit }),
    targetValue: indicator.target.value === null ? null : toSheetValue(indicator.target.value, indicator.unit),
    targetYear: indicator.target.year,
    baselineValue: indicator.baseline ? toSheetValue(indicator.baseline.value, indicator.unit) : null,
    baselineYear: indicator.baseline?.year ?? null,
    ref: entry.ref,
    definition: entry.definition ?? null,
    latest: latest.get(indicator.id) ?? null,
  }));
}

const HEADINGS: Record<Language, string[]> = {
  "zh-CN": ["地区", "规划", "编号", "指标", "单位", "目标", "目标值", "目标年", "基准值", "基准年", "最新值", "最新年份", "状态", "出处", "口径说明"],
  "en-US": ["Region", "Plan", "Id", "Indicator", "Unit", "Target", "Target value", "Target year", "Baseline", "Baseline year", "Latest", "Latest year", "Status", "Reference", "Definition"],
};

const WIDTHS = [9, 30, 12, 28, 6, 10, 9, 7, 9, 7, 9, 7, 9, 22, 36];

const VERDICT_WORDS: Record<AlignFinding["verdict"], Record<Language, string>> = {
  weaker: { "zh-CN": "弱于市", "en-US": "Weaker" },
  equal: { "zh-CN": "相当", "en-US": "Equal" },
  stronger: { "zh-CN": "高于市", "en-US": "Stronger" },
  skipped: { "zh-CN": "未比较", "en-US": "Skipped" },
};

export interface CrossPlanSheetOptions {
  existingSheets?: readonly string[];
  /** When the latest values were read, for the title block. */
  date?: Date;
  /** 规划对标 findings of this concept, listed below the table. */
  findings?: readonly AlignFinding[];
}

/**
 * The view as a sheet: a title block, one row per plan (percentages as fractions formatted 0.0%), and
 * the concept's 规划对标 findings below. Plain values only, so every spreadsheet shows the same.
 */
export function crossPlanSheet(resolved: ResolvedConcept, rows: readonly CrossPlanRow[], language: Language, options: CrossPlanSheetOptions = {}): SheetLayout {
  const zh = language === "zh-CN";
  const { concept } = resolved;
  const day = (options.date ?? new Date()).toISOString().slice(0, 10);
  const title = zh ? `跨规划对比：${concept.name["zh-CN"]}` : `Across plans: ${concept.name["en-US"]}`;
  const lines = [
    zh
      ? `最新值和状态取自本工作簿中已填写的规划模板（${day} 读取）；空白表示该规划没有模板或尚未填写。`
      : `Latest values and statuses come from this workbook's filled plan templates (read ${day}); blank where a plan has no template or no value yet.`,
    ...(concept.note ? [concept.note[language]] : []),
  ];
  const headerRow = 1 + lines.length + 1;
  const percent = (unit: string) => (isPercentUnit(unit) ? "0.0%" : "General");
  const body = rows.map((r) => [
    r.region,
    r.planTitle,
    r.indicatorId,
    r.indicator,
    r.unit,
    r.target,
    r.targetValue,
    r.targetYear,
    r.baselineValue,
    r.baselineYear,
    r.latest?.value ?? null,
    r.latest?.year ?? null,
    r.latest?.status || null,
    r.ref,
    r.definition ? r.definition[language] : null,
  ]);
  const formats = rows.map((r) => HEADINGS[language].map((_h, c) => (c === 6 || c === 8 || c === 10 ? percent(r.unit) : "General")));
  const lastColumn = HEADINGS[language].length - 1;
  const findings = options.findings ?? [];
  const findingsRow = headerRow + rows.length + 2;
  const name = uniqueSheetName(zh ? `对比 ${concept.name["zh-CN"]}` : `Compare ${concept.name["en-US"]}`, options.existingSheets ?? []);
  return {
    name,
    blocks: [
      { row: 0, column: 0, values: [[title]], font: { bold: true, size: 14 } },
      { row: 1, column: 0, values: lines.map((line) => [line]) },
      { row: headerRow, column: 0, values: [HEADINGS[language]], font: { bold: true }, wrap: true },
      ...(body.length ? [{ row: headerRow + 1, column: 0, values: body, numberFormats: formats }] : []),
      ...(findings.length
        ? [
            { row: findingsRow, column: 0, values: [[zh ? "规划对标" : "Alignment with the city"]], font: { bold: true } },
            { row: findingsRow + 1, column: 0, values: findings.map((f) => [VERDICT_WORDS[f.verdict][language], f.message[language]]) },
          ]
        : []),
    ],
    tables: [],
    columns: WIDTHS.map((width, index) => ({ index, width })),
    flags: [],
    validations: [],
    freeze: { rows: headerRow + 1, columns: 1 },
    page: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      printArea: a1(0, 0, Math.max(headerRow + rows.length, findings.length ? findingsRow + findings.length : 0), lastColumn),
      titleRows: `${headerRow + 1}:${headerRow + 1}`,
      header: title.replace(/&/g, "&&"),
      footer: zh ? "第 &P 页 共 &N 页" : "Page &P of &N",
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/**
 * The latest values of a workbook's EduPlan tables by indicator id, from each table's header and rows
 * (values as Excel reports them). A later table wins where two hold the same plan.
 */
export function latestFromTable(sheet: string, headers: readonly string[], rows: readonly unknown[][], into: Map<string, LatestValue> = new Map()): Map<string, LatestValue> {
  const at = (name: string) => headers.indexOf(name);
  const id = at(HEADERS.id);
  const value = at(HEADERS.latest);
  const year = at(HEADERS.latestYear);
  const status = at(HEADERS.status);
  if (id < 0 || value < 0) return into;
  for (const row of rows) {
    const key = typeof row[id] === "string" ? (row[id] as string).trim() : "";
    if (!key) continue;
    const v = row[value];
    const y = year >= 0 ? row[year] : null;
    const s = status >= 0 ? row[status] : null;
    into.set(key, {
      value: typeof v === "number" && Number.isFinite(v) ? v : null,
      year: typeof y === "number" && Number.isFinite(y) ? y : null,
      status: typeof s === "string" && s.trim() ? s.trim() : null,
      sheet,
    });
  }
  return into;
}
