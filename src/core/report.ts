// The 中期评估 report as a layout: a dated snapshot of a plan sheet (values, not formulas) for the
// leadership, on A4 with page numbers: per category each indicator's baseline → latest → target in the
// plan's own units, status, gap (个百分点 for % rows), progress where it means something, what the
// remaining years require and the actual-versus-required ratio, then the misses, most urgent first.
import { TableSnapshot } from "./check";
import { isCellError } from "./errors";
import { HEADERS } from "./headers";
import { Block, ConditionalFlag, SheetLayout, a1, columnLetter, uniqueSheetName } from "./layout";
import { Language } from "./messages";
import { actualVersusRequired, neededChange } from "./needed";
import { RULE_KINDS, RuleKind } from "./plan";
import { CheckStatus, MISSES, SEVERITY, STATUS_LABELS } from "./status";
import { SUMMARY_STATUSES, statusOfLabel } from "./category-counts";
import { STATUS_FORMATS } from "./template";
import { MONEY_UNIT, isCountUnit, isPercentUnit } from "./units";
import { changeFormat, literal } from "./change-format";

/** The plan's own words for the report's title; attributes (约束性 / 预期性) by indicator id. */
export interface ReportContext {
  planTitle: string;
  region: string;
  attributes?: Readonly<Record<string, string>>;
  /** A line under the title when no indicator needs attention (the ribbon's check says it found nothing). */
  cleanNote?: string;
}

type Words = Record<Language, string>;
const w = (zh: string, en: string): Words => ({ "zh-CN": zh, "en-US": en });

export const REPORT_WORDS = {
  title: w("中期评估", "mid-term review"),
  asOf: w(
    "数据截至 {date}（北京时间）· 快照，数值不随规划表更新",
    "Data as of {date} (Beijing time) · a snapshot: values do not follow the plan sheet"
  ),
  attention: w("需要关注的指标（按紧迫程度）", "Indicators needing attention (most urgent first)"),
  none: w("没有需要关注的指标。", "No indicator needs attention."),
  indicators: w("{count} 项", "{count} indicators"),
  sheet: w("中期评估", "Review"),
  targetYearPassed: w("目标年已过", "Target year passed"),
} satisfies Record<string, Words>;

export const REPORT_COLUMNS = [
  { key: "category", label: w("类别", "Category"), width: 12 },
  { key: "name", label: w("指标", "Indicator"), width: 28 },
  { key: "attribute", label: w("属性", "Type"), width: 6 },
  { key: "baselineYear", label: w("基准年", "Base year"), width: 6 },
  { key: "baseline", label: w("基准值", "Baseline"), width: 9 },
  { key: "latestYear", label: w("最新年份", "Latest year"), width: 6 },
  { key: "latest", label: w("最新值", "Latest"), width: 9 },
  { key: "targetYear", label: w("目标年", "Target year"), width: 6 },
  { key: "target", label: w("目标值", "Target"), width: 9 },
  { key: "status", label: w("状态", "Status"), width: 8 },
  { key: "gap", label: w("差距", "Gap"), width: 11 },
  { key: "progress", label: w("进度", "Progress"), width: 6 },
  { key: "needed", label: w("今后每年需", "Needed a year"), width: 14 },
  { key: "ratio", label: w("实际/所需", "Actual/required"), width: 8 },
  { key: "responsible", label: w("责任单位", "Responsible"), width: 16 },
] as const;
type ReportKey = (typeof REPORT_COLUMNS)[number]["key"];

/** The local date in Asia/Shanghai (UTC+8 all year, no daylight saving), as yyyy-mm-dd. */
export function shanghaiDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}


/** The plan's own format of a figure: 0.0% for % rows, 0"所" for counts, #,##0.00"万元" for money. */
export function unitFormat(unit: string): string {
  const u = unit.trim();
  if (isPercentUnit(u)) return "0.0%";
  if (isCountUnit(u)) return `0${literal(u)}`;
  if (MONEY_UNIT.test(u)) return `#,##0.00${literal(u)}`;
  return u ? `General${literal(u)}` : "General";
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export interface ReportRow {
  id: string;
  category: string;
  name: string;
  group: string;
  unit: string;
  rule: RuleKind;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  high: number | null;
  targetYear: number | null;
  latest: number | null;
  latestYear: number | null;
  gap: number | null;
  progress: number | null;
  status: CheckStatus;
  responsible: string;
  /** The change per year still needed; null when met, without data or without years left. */
  needed: number | null;
  /** Short of the target with no year left (the template's 今后每年需 says 目标年已过). */
  targetPassed: boolean;
  ratio: number | null;
}

/** The plan table's rows as the report reads them, computed columns as the sheet shows them. */
export function reportRows(snapshot: TableSnapshot): ReportRow[] {
  const at = (row: unknown[], key: keyof typeof HEADERS) => row[snapshot.headers.indexOf(HEADERS[key])];
  return snapshot.rows.map((row) => {
    const code = textOf(at(row, "ruleCode")) as RuleKind;
    const rule: RuleKind = RULE_KINDS.includes(code) ? code : "at_least";
    const r = {
      id: textOf(at(row, "id")),
      category: textOf(at(row, "category")),
      name: textOf(at(row, "name")),
      group: textOf(at(row, "group")),
      unit: textOf(at(row, "unit")),
      rule,
      baseline: num(at(row, "baseline")),
      baselineYear: num(at(row, "baselineYear")),
      target: num(at(row, "target")),
      high: num(at(row, "high")),
      targetYear: num(at(row, "targetYear")),
      latest: num(at(row, "latest")),
      latestYear: num(at(row, "latestYear")),
      gap: num(at(row, "gap")),
      progress: num(at(row, "progress")),
      status: statusOfLabel(at(row, "status")),
      responsible: textOf(at(row, "responsible")),
      needed: null as number | null,
      targetPassed: false,
      ratio: null as number | null,
    };
    if (
      r.latest !== null &&
      r.latestYear !== null &&
      r.target !== null &&
      r.targetYear !== null &&
      rule !== "non_decreasing"
    ) {
      const bound = { value: r.target, high: r.high ?? undefined };
      const change = neededChange(rule, bound, r.latest, r.latestYear, r.targetYear);
      r.needed = isCellError(change) || change === 0 ? null : change;
      r.targetPassed = isCellError(change) && change.error === "#N/A";
      if (r.baseline !== null && r.baselineYear !== null)
        r.ratio = actualVersusRequired(rule, r.baseline, r.baselineYear, bound, r.targetYear, r.latest, r.latestYear);
    }
    return r;
  });
}

/** The misses, most urgent first: by status severity, then the nearer target year, then plan order. */
export function urgentFirst(rows: readonly ReportRow[]): ReportRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => MISSES.includes(row.status))
    .sort(
      (a, b) =>
        SEVERITY.indexOf(a.row.status) - SEVERITY.indexOf(b.row.status) ||
        (a.row.targetYear ?? 9999) - (b.row.targetYear ?? 9999) ||
        a.index - b.index
    )
    .map(({ row }) => row);
}

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? ""));

/** The report sheet for a plan table read back from the workbook, on the local date of `date`. */
export function buildReport(
  snapshot: TableSnapshot,
  context: ReportContext,
  language: Language,
  date: Date,
  existingSheets: readonly string[] = []
): SheetLayout {
  const day = shanghaiDate(date);
  const rows = reportRows(snapshot);
  const title = `${context.planTitle} ${REPORT_WORDS.title[language]}`;
  const subtitle = `${context.region} · ${fill(REPORT_WORDS.asOf[language], { date: day })}`;
  const headerRow = 3;
  const width = REPORT_COLUMNS.length;
  const col = (key: ReportKey) => REPORT_COLUMNS.findIndex((c) => c.key === key);
  const values: (string | number | null)[][] = [];
  const formats: string[][] = [];
  const headings: number[] = [];

  const line = (row: ReportRow) => {
    const cells: (string | number | null)[] = REPORT_COLUMNS.map(() => null);
    const format = REPORT_COLUMNS.map(() => "General");
    const figure = unitFormat(row.unit);
    const set = (key: ReportKey, value: string | number | null, numberFormat = "General") => {
      cells[col(key)] = value === "" ? null : value;
      format[col(key)] = numberFormat;
    };
    set("category", row.category);
    set("name", row.group ? `${row.name}（${row.group}）` : row.name);
    set("attribute", context.attributes?.[row.id] ?? null);
    set("baselineYear", row.baselineYear, "0");
    set("baseline", row.baseline, figure);
    set("latestYear", row.latestYear, "0");
    set("latest", row.latest, figure);
    set("targetYear", row.targetYear, "0");
    const target = row.target === null ? null : row.rule === "between" && row.high !== null ? null : row.target;
    set("target", target, figure);
    if (row.rule === "between" && row.target !== null && row.high !== null) {
      const shown = (v: number) => (isPercentUnit(row.unit) ? `${+(v * 100).toFixed(2)}%` : `${v}${row.unit}`);
      set("target", `${shown(row.target)}–${shown(row.high)}`);
    }
    set("status", STATUS_LABELS[row.status][language]);
    const gap = changeFormat(row.unit, language, false);
    // Only a shortfall is a gap worth printing; a met row's negative gap says nothing to a reader.
    set(
      "gap",
      row.gap !== null && row.gap > 0 && row.status !== "met" ? +(row.gap * gap.scale).toFixed(9) : null,
      gap.format
    );
    set("progress", row.progress, "0%");
    const needed = changeFormat(row.unit, language, true);
    set(
      "needed",
      row.status === "met"
        ? null
        : row.targetPassed
          ? REPORT_WORDS.targetYearPassed[language]
          : row.needed === null
            ? null
            : +(row.needed * needed.scale).toFixed(9),
      needed.format
    );
    set("ratio", row.status === "met" ? null : row.ratio, "0%");
    set("responsible", row.responsible);
    values.push(cells);
    formats.push(format);
  };
  const heading = (text: string) => {
    headings.push(values.length);
    values.push([text, ...REPORT_COLUMNS.slice(1).map(() => null)]);
    formats.push(REPORT_COLUMNS.map(() => "General"));
  };

  const categories = [...new Set(rows.map((r) => r.category))];
  for (const category of categories) {
    const inCategory = rows.filter((r) => r.category === category);
    const counts = SUMMARY_STATUSES.flatMap((s) => {
      const n = inCategory.filter((r) => r.status === s).length;
      return n > 0 ? [`${STATUS_LABELS[s][language]} ${n}`] : [];
    });
    heading(
      `${category}：${fill(REPORT_WORDS.indicators[language], { count: inCategory.length })}（${counts.join(" · ")}）`
    );
    inCategory.forEach(line);
  }
  values.push(REPORT_COLUMNS.map(() => null));
  formats.push(REPORT_COLUMNS.map(() => "General"));
  heading(REPORT_WORDS.attention[language]);
  const urgent = urgentFirst(rows);
  if (urgent.length === 0) heading(REPORT_WORDS.none[language]);
  urgent.forEach(line);

  const first = headerRow + 1;
  const last = headerRow + values.length;
  const statusColumn = col("status");
  const statusCell = `${columnLetter(statusColumn)}${first + 1}`;
  const flags: ConditionalFlag[] = (Object.keys(STATUS_FORMATS) as CheckStatus[]).map((status) => ({
    kind: `status:${status}`,
    address: a1(first, statusColumn, last, statusColumn),
    formula: `=${statusCell}="${STATUS_LABELS[status][language]}"`,
    format: STATUS_FORMATS[status],
  }));
  // The ratio's bands: ≥ 95 % on course (green), 60–95 % amber, 0–60 % red, below 0 red as well.
  const ratio = `${columnLetter(col("ratio"))}${first + 1}`;
  const bands: [string, keyof typeof STATUS_FORMATS][] = [
    [`AND(ISNUMBER(${ratio}),${ratio}>=0.95)`, "met"],
    [`AND(ISNUMBER(${ratio}),${ratio}>=0.6)`, "behind"],
    [`ISNUMBER(${ratio})`, "not_met"],
  ];
  bands.forEach(([formula, status]) =>
    flags.push({
      kind: `ratio:${status}`,
      address: a1(first, col("ratio"), last, col("ratio")),
      formula: `=${formula}`,
      format: STATUS_FORMATS[status],
    })
  );
  const blocks: Block[] = [
    { row: 0, column: 0, values: [[title]], font: { bold: true, size: 14 } },
    { row: 1, column: 0, values: [[subtitle]] },
    ...(urgent.length === 0 && context.cleanNote ? [{ row: 2, column: 0, values: [[context.cleanNote]] }] : []),
    {
      row: headerRow,
      column: 0,
      values: [REPORT_COLUMNS.map((c) => c.label[language])],
      font: { bold: true },
      wrap: true,
    },
    { row: first, column: 0, values, numberFormats: formats },
    ...headings.map((n): Block => ({ row: first + n, column: 0, values: [[values[n][0]]], font: { bold: true } })),
  ];
  return {
    name: uniqueSheetName(`${REPORT_WORDS.sheet[language]} ${day}`, existingSheets),
    blocks,
    tables: [],
    columns: REPORT_COLUMNS.map((c, index) => ({ index, width: c.width })),
    flags,
    validations: [],
    freeze: { rows: headerRow + 1, columns: 2 },
    page: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      printArea: a1(0, 0, last, width - 1),
      titleRows: `${headerRow + 1}:${headerRow + 1}`,
      header: title.replace(/&/g, "&&"),
      footer: language === "zh-CN" ? "第 &P 页 共 &N 页" : "Page &P of &N",
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/** The report sheet when there is no plan table to report on: its title and one line saying why. */
export function buildNoteSheet(note: string, language: Language, date: Date, existingSheets: readonly string[] = []): SheetLayout {
  const day = shanghaiDate(date);
  return {
    name: uniqueSheetName(`${REPORT_WORDS.sheet[language]} ${day}`, existingSheets),
    blocks: [
      { row: 0, column: 0, values: [[REPORT_WORDS.sheet[language]]], font: { bold: true, size: 14 } },
      { row: 1, column: 0, values: [[note]] },
    ],
    tables: [],
    columns: [{ index: 0, width: 60 }],
    flags: [],
    validations: [],
  };
}
