// Reads a sheet back into a plan: a 规划录入表 (entry.ts) or any inserted or downloaded template,
// from its cells as a 2-D array. Every row is checked and each problem named at its cell; ids are
// made where the sheet has none; the result goes through the catalog's validator, so it is schema-valid.
import { issueText, validatePlan } from "../catalog/validate";
import { ATTRIBUTE_LABELS, ENTRY_HEADERS, EXAMPLE_ROW, EntryColumnKey, PLAN_LABELS, PlanLabelKey } from "./entry";
import { ENTRY_MESSAGES, EntryMessageKey, entryMessage } from "./entry-messages";
import { HEADERS } from "./headers";
import { a1 } from "./layout";
import { Language } from "./messages";
import { isCellError } from "./errors";
import { normalizeText, parseNumber, parseRule, tidy } from "./parse";
import { Indicator, IndicatorAttribute, Plan, Region, RuleKind, RULE_KINDS, Stage } from "./plan";
import { RULE_LABELS } from "./rules";
import { isPercentUnit } from "./units";

/** A sheet's cells from A1: values as read (numbers, text, booleans, blanks) and their number formats. */
export interface SheetCells {
  sheet: string;
  values: unknown[][];
  /** Number formats, same shape (optional): a % format says a number is a fraction (0.9 = 90 %). */
  formats?: (string | null | undefined)[][];
  /** The sheet's tables, to name the plan after a template's table (EduPlan_cixi_2021_2025). */
  tables?: { name: string; address: string }[];
}

export interface EntryProblem {
  severity: "error" | "warning";
  sheet: string;
  /** The cell (A1) the problem is at, or null for the sheet as a whole. */
  address: string | null;
  key: EntryMessageKey;
  params: Record<string, string | number>;
}

export interface PlanFromSheet {
  /** Null while any problem is an error. */
  plan: Plan | null;
  problems: EntryProblem[];
  /** "entry" for a 规划录入表, "template" for an inserted template (it has 编号 and year columns). */
  kind: "entry" | "template";
}

export function problemText(problem: EntryProblem, language: Language): string {
  return entryMessage(problem.key, language, problem.params);
}

const REQUIRED_COLUMNS: EntryColumnKey[] = ["category", "name", "unit", "rule", "targetYear", "target"];
const TOO_CLOSE = "基准值已达到或接近目标，不计算进度";
const YEAR_COLUMN = /^(\d{4})年$/;

const blank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
/** Cell text as typed, kept verbatim (= + - included); only surrounding spaces go. */
const text = (value: unknown): string => (blank(value) ? "" : typeof value === "number" ? String(tidy(value)) : String(value).trim());

/** The first row holding every required header. */
function findHeaderRow(values: unknown[][]): number {
  const wanted = REQUIRED_COLUMNS.map((key) => ENTRY_HEADERS[key]);
  return values.findIndex((row) => wanted.every((header) => row.some((cell) => text(cell) === header)));
}

/**
 * A plan's id prefix when the sheet gives none: "p" and a base-36 hash of the region and the period,
 * since names are Chinese. Stable, so generating the same sheet again finds (and asks to replace) the
 * plan made before; the period keeps a region's plans (and their indicator ids) apart.
 */
export function planCode(region: string, start: number, end: number): string {
  let hash = 2166136261;
  for (const ch of `${region} ${start}-${end}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `p${hash.toString(36).padStart(7, "0").slice(0, 7)}`;
}

export function regionLevel(name: string, parent: string | null): Region["level"] {
  if (/省$/.test(name)) return "province";
  if (/区$/.test(name)) return "district";
  if (/市$/.test(name)) return parent ? "county-level city" : "prefecture-level city";
  return "county";
}

const STAGE_WORDS: [RegExp, Stage][] = [
  [/特殊教育|特教|残疾/, "特殊教育"],
  [/学前|幼儿|托育|入园/, "学前教育"],
  [/职业|职教|中职|高职|技能|产教/, "职业教育"],
  [/义务|小学|初中|中小学|学位/, "义务教育"],
  [/高中/, "普通高中"],
  [/高等|高校|大学|本科|研究生|博士|硕士/, "高等教育"],
  [/终身|社区教育|老年|继续教育|成人/, "终身教育"],
  [/教师|校长|师资|教职工/, "教师队伍"],
  [/经费|投入|保障|数字|信息化|装备|安全/, "保障"],
];

/** The sheet has no stage column: a word in the category or name decides, else 综合. */
export function guessStage(category: string, name: string): Stage {
  return STAGE_WORDS.find(([words]) => words.test(name) || words.test(category))?.[1] ?? "综合";
}

function printed(value: number | null, high: number | undefined, unit: string): string | null {
  if (value === null) return null;
  const show = (v: number) => (isPercentUnit(unit) ? `${tidy(v)}%` : `${tidy(v)}${unit}`);
  return high === undefined ? show(value) : `${show(value)}–${show(high)}`;
}

class Problems {
  readonly list: EntryProblem[] = [];
  constructor(private readonly sheet: string) {}
  add(address: string | null, key: EntryMessageKey, params: Record<string, string | number> = {}, severity: EntryProblem["severity"] = "error"): void {
    this.list.push({ severity, sheet: this.sheet, address, key, params });
  }
  get errors(): number {
    return this.list.filter((p) => p.severity === "error").length;
  }
}

interface PlanHead {
  title: string;
  region: string;
  parent: string | null;
  start: number | null;
  end: number | null;
  issuer: string;
  source: string;
  id: string;
  /** The 文号, from a template's title block. */
  document?: string;
  /** Where each labelled value stands, to name problems at it. */
  at: Partial<Record<PlanLabelKey, string>>;
}

/** The labelled cells of an entry sheet, or a template's title block, above the header row. */
function readHead(cells: SheetCells, headerRow: number, years: number[], problems: Problems): PlanHead {
  const head: PlanHead = { title: "", region: "", parent: null, start: null, end: null, issuer: "", source: "", id: "", at: {} };
  const labels = Object.entries(PLAN_LABELS) as [PlanLabelKey, string][];
  const lines: string[] = [];
  let labelled = false;
  for (let r = 0; r < headerRow; r++) {
    const row = cells.values[r] ?? [];
    const c = row.findIndex((cell) => !blank(cell));
    if (c < 0) continue;
    const label = labels.find(([, name]) => text(row[c]).replace(/[:：]$/, "") === name);
    if (!label) {
      lines.push(text(row[c]));
      continue;
    }
    labelled = true;
    const [key] = label;
    const value = text(row[c + 1]);
    head.at[key] = a1(r, c + 1);
    if (key === "start" || key === "end") head[key] = yearOf(row[c + 1], head.at[key]!, problems) ?? null;
    else if (key === "parent") head.parent = value || null;
    else head[key] = value;
  }
  if (!labelled) {
    // A template's title block: the title, "地区（所属市） · 2021-2025 · 发布单位[ · 文号：…]", "来源：… · 指标 N 项".
    head.title = lines[0] ?? "";
    const facts = lines.slice(1).find((line) => line.split(" · ").length >= 3);
    if (facts) {
      const parts = facts.split(" · ");
      // The 文号, when the plan has one, ends the line as "文号：…".
      if (parts.length > 3 && parts[parts.length - 1].startsWith("文号：")) head.document = parts.pop()!.slice(3);
      const [where, , ...issuer] = parts;
      const match = /^(.+?)（(.+)）$/.exec(where);
      head.region = match ? match[1] : where;
      head.parent = match ? match[2] : null;
      head.issuer = issuer.join(" · ");
    }
    const source = lines.find((line) => line.startsWith("来源："));
    if (source) head.source = source.slice(3).replace(/ · 指标 \d+ 项$/, "");
    head.start = years[0] ?? null;
    head.end = years[years.length - 1] ?? null;
  }
  return head;
}

function yearOf(value: unknown, address: string, problems: Problems): number | null | undefined {
  if (blank(value)) return null;
  const n = typeof value === "number" ? value : Number(normalizeText(String(value)).replace(/年$/, ""));
  if (Number.isInteger(n) && n >= 1990 && n <= 2100) return n;
  problems.add(address, "notAYear", { value: text(value) });
  return undefined;
}

/**
 * A plan figure in the plan's own terms (90 for 90 %). In a % row a %-formatted number is Excel's
 * fraction (0.9), and so is typed text with a % sign ("90%"); a bare 90 is 90 %. "6所", "1.8万" read
 * as numbers. Undefined (and a problem at the cell) for anything else.
 */
function figureOf(value: unknown, format: string | null | undefined, unit: string, address: string, problems: Problems): number | null | undefined {
  if (blank(value)) return null;
  const percent = isPercentUnit(unit);
  if (typeof value === "number") return percent && format?.includes("%") ? tidy(value * 100) : value;
  const typed = normalizeText(String(value));
  const parsed = parseNumber(typed);
  if (parsed === null || isCellError(parsed)) {
    problems.add(address, "notANumber", { value: text(value) });
    return undefined;
  }
  return percent && /(%|‰|百分点)$/.test(typed) ? tidy(parsed * 100) : parsed;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function ruleOf(value: unknown, address: string, problems: Problems): RuleKind | undefined {
  const rules = RULE_KINDS.map((rule) => RULE_LABELS[rule]["zh-CN"]).join("、");
  if (blank(value)) {
    problems.add(address, "ruleMissing");
    return undefined;
  }
  const label = RULE_KINDS.find((rule) => RULE_LABELS[rule]["zh-CN"] === text(value) || RULE_LABELS[rule]["en-US"] === text(value).toLowerCase());
  if (label) return label;
  const parsed = parseRule(text(value));
  if (parsed === null || isCellError(parsed)) {
    problems.add(address, "unknownRule", { value: text(value), rules });
    return undefined;
  }
  return parsed;
}

/**
 * A template writes change rules (新增/减少) with baseline 0 and the plan's own baseline in 说明
 * ("基数 120所（2020年）；年份列填累计新增量"), and may add a note of its own about progress; reading
 * back undoes both, so a template gives the plan it was made from.
 */
function undoTemplateNote(rule: RuleKind, unit: string, note: string): { note: string; baseline?: { year: number; value: number } | null } {
  let rest = note;
  let baseline: { year: number; value: number } | null | undefined;
  if (rule === "increase_by" || rule === "decrease_by") {
    const label = RULE_LABELS[rule]["zh-CN"];
    const stock = new RegExp(`^基数 (-?[\\d.]+(?:e[+-]?\\d+)?)${escape(unit)}（(\\d{4})年）；年份列填累计${label}量(?:；|$)`).exec(rest);
    const since = new RegExp(`^年份列填自\\d{4}年起累计${label}量(?:；|$)`).exec(rest);
    if (stock) {
      baseline = { year: Number(stock[2]), value: Number(stock[1]) };
      rest = rest.slice(stock[0].length);
    } else if (since) {
      baseline = null;
      rest = rest.slice(since[0].length);
    }
  }
  if (rest === TOO_CLOSE || rest.startsWith(`${TOO_CLOSE}；`)) rest = rest.slice(TOO_CLOSE.length + 1);
  return { note: rest, baseline };
}

/** The plan's id: as given, else a template's table name, else made from the region and the period. */
const PLAN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function planIdOf(head: PlanHead, cells: SheetCells, headerRow: number, indicatorIds: string[]): string {
  if (head.id) return head.id;
  const period = head.start === head.end ? `${head.start}` : `${head.start}-${head.end}`;
  const table = (cells.tables ?? []).find((t) => Number(/\d+/.exec(t.address.split("!").pop()!.split(":")[0])?.[0]) === headerRow + 1);
  const prefix = indicatorIds[0]?.split("-")[0];
  if (table && /^EduPlan_/.test(table.name) && prefix) {
    const fromTable = table.name.slice("EduPlan_".length).replace(/_/g, "-").toLowerCase();
    // uniqueTableName may have added "_2"; the id is the prefix and the period.
    for (const id of [fromTable, fromTable.replace(/-\d+$/, "")]) if (id === `${prefix}-${period}`) return id;
    if (PLAN_ID.test(fromTable) && fromTable.startsWith(`${prefix}-`)) return fromTable;
  }
  return `${prefix ?? planCode(head.region, head.start!, head.end!)}-${period}`;
}

/** Reads a sheet's plan. Nothing is guessed silently: every doubt is a problem at its cell. */
export function planFromSheet(cells: SheetCells): PlanFromSheet {
  const problems = new Problems(cells.sheet);
  const headerRow = findHeaderRow(cells.values);
  if (headerRow < 0) {
    problems.add(null, "noTable");
    return { plan: null, problems: problems.list, kind: "entry" };
  }
  const headers = (cells.values[headerRow] ?? []).map(text);
  const columnOf = (header: string) => headers.indexOf(header);
  const years = headers.flatMap((h) => (YEAR_COLUMN.test(h) ? [Number(YEAR_COLUMN.exec(h)![1])] : []));
  const kind = columnOf(HEADERS.id) >= 0 && years.length > 0 ? "template" : "entry";
  // A template's own 说明 holds the plan's note and its 备注 is the clerk's; an entry sheet has 备注 only.
  const noteColumn = columnOf(HEADERS.note) >= 0 ? columnOf(HEADERS.note) : columnOf(HEADERS.remark);
  const columns: Record<EntryColumnKey, number> = {
    ...(Object.fromEntries(Object.entries(ENTRY_HEADERS).map(([key, header]) => [key, columnOf(header)])) as Record<EntryColumnKey, number>),
    note: noteColumn,
  };
  for (const key of REQUIRED_COLUMNS) if (columns[key] < 0) problems.add(a1(headerRow, 0), "missingColumn", { column: ENTRY_HEADERS[key] });
  const head = readHead(cells, headerRow, years, problems);
  const at = (key: PlanLabelKey) => head.at[key] ?? a1(0, 0);
  if (!head.title) problems.add(at("title"), "titleMissing");
  if (!head.region) problems.add(at("region"), "regionMissing");
  if (!head.issuer) problems.add(at("issuer"), "issuerMissing");
  if (head.start === null || head.end === null) problems.add(at(head.start === null ? "start" : "end"), "periodMissing");
  else if (head.start > head.end) problems.add(at("start"), "periodOrder");
  if (head.id && !PLAN_ID.test(head.id)) problems.add(at("id"), "planIdInvalid");

  const idColumn = columnOf(HEADERS.id);
  const seen = new Map<string, number>();
  const rows: { indicator: Omit<Indicator, "id">; id: string; row: number }[] = [];
  for (let r = headerRow + 1; r < cells.values.length; r++) {
    const row = cells.values[r] ?? [];
    const cell = (key: EntryColumnKey) => (columns[key] >= 0 ? row[columns[key]] : null);
    const where = (key: EntryColumnKey) => a1(r, Math.max(columns[key], 0));
    const format = (key: EntryColumnKey) => (columns[key] >= 0 ? cells.formats?.[r]?.[columns[key]] : null);
    const planCells = (Object.keys(ENTRY_HEADERS) as EntryColumnKey[]).filter((key) => !blank(cell(key)));
    if (planCells.length === 0) continue;
    const before = problems.errors;
    if ((Object.keys(EXAMPLE_ROW) as EntryColumnKey[]).every((key) => text(cell(key)) === text(EXAMPLE_ROW[key]))) {
      problems.add(where("name"), "exampleRow");
      continue;
    }
    const name = text(cell("name"));
    const category = text(cell("category"));
    const unit = text(cell("unit"));
    if (!name) problems.add(where("name"), "nameMissing");
    if (!category) problems.add(where("category"), "categoryMissing");
    const rule = ruleOf(cell("rule"), where("rule"), problems);
    const typedTargetYear = yearOf(cell("targetYear"), where("targetYear"), problems);
    // A blank target year is the plan's last year, as most plans' tables mean it.
    const targetYear = typedTargetYear === null ? head.end : (typedTargetYear ?? null);
    if (typedTargetYear === null && head.end === null) problems.add(where("targetYear"), "targetYearMissing");
    const target = figureOf(cell("target"), format("target"), unit, where("target"), problems);
    const high = figureOf(cell("high"), format("high"), unit, where("high"), problems);
    const typedBaselineYear = yearOf(cell("baselineYear"), where("baselineYear"), problems);
    let baselineYear = typedBaselineYear ?? null;
    let baselineValue = figureOf(cell("baseline"), format("baseline"), unit, where("baseline"), problems);
    const group = text(cell("group")) || null;
    const rawNote = text(cell("note"));
    const undone = rule ? undoTemplateNote(rule, unit, rawNote) : { note: rawNote };
    if (undone.baseline !== undefined) {
      baselineYear = undone.baseline?.year ?? null;
      baselineValue = undone.baseline?.value ?? null;
    }
    const note = undone.note === text(EXAMPLE_ROW.note) ? "" : undone.note;
    if (typedBaselineYear !== undefined && baselineValue !== undefined && (baselineYear === null) !== (baselineValue === null)) {
      problems.add(where(baselineYear === null ? "baselineYear" : "baseline"), "baselineIncomplete");
    }
    if (rule && rule !== "non_decreasing" && target === null) problems.add(where("target"), "targetMissing", { rule: RULE_LABELS[rule]["zh-CN"] });
    if (rule === "between" && high === null) problems.add(where("high"), "betweenNeedsHigh");
    if (rule === "between" && typeof high === "number" && typeof target === "number" && high < target) problems.add(where("high"), "highBelowLow");
    if (rule && rule !== "between" && typeof high === "number") problems.add(where("high"), "highNotUsed", {}, "warning");
    if (baselineYear !== null && targetYear !== null && baselineYear > targetYear) {
      problems.add(where("baselineYear"), "yearOrder", { baseline: baselineYear, target: targetYear });
    }
    if (isPercentUnit(unit) && rule !== "increase_by" && rule !== "decrease_by") {
      for (const [key, value] of [["baseline", baselineValue], ["target", target], ["high", high]] as const) {
        if (typeof value === "number" && value > 100) problems.add(where(key), "percentAbove100", { value: tidy(value) }, "warning");
        if (typeof value === "number" && value < 0) problems.add(where(key), "percentNegative", { value: tidy(value) });
      }
    }
    const attributeText = text(cell("attribute"));
    const attribute = (Object.keys(ATTRIBUTE_LABELS) as IndicatorAttribute[]).find((a) => ATTRIBUTE_LABELS[a] === attributeText || a === attributeText.toLowerCase());
    if (attributeText && !attribute) problems.add(where("attribute"), "unknownAttribute", { value: attributeText });
    // The same category, name and group twice is a row pasted twice; plans do repeat a name elsewhere.
    const key = `${category}\u0000${name}\u0000${group ?? ""}`;
    if (name && seen.has(key)) problems.add(where("name"), "duplicateIndicator", { name: group ? `${name}（${group}）` : name, row: seen.get(key)! + 1 });
    else seen.set(key, r);
    if (problems.errors > before || !rule || targetYear === null || target === undefined || high === undefined || baselineValue === undefined || typedBaselineYear === undefined) continue;
    const refs = text(cell("ref"))
      .split("；")
      .map((ref) => ref.trim())
      .filter(Boolean);
    rows.push({
      row: r,
      id: idColumn >= 0 ? text(row[idColumn]) : "",
      indicator: {
        category,
        stage: guessStage(category, name),
        name,
        group,
        unit,
        rule,
        baseline: baselineYear !== null && baselineValue !== null ? { year: baselineYear, value: baselineValue } : null,
        target: {
          year: targetYear,
          value: rule === "non_decreasing" ? null : target,
          ...(rule === "between" && typeof high === "number" ? { high } : {}),
          printed: printed(rule === "non_decreasing" ? null : target, rule === "between" ? (high ?? undefined) : undefined, unit),
        },
        refs: refs.length > 0 ? refs : ["未注明出处"],
        responsible: text(cell("responsible")) || null,
        note: note || null,
        ...(attribute ? { attribute } : {}),
      },
    });
  }
  if (rows.length === 0 && problems.errors === 0) problems.add(a1(headerRow + 1, 0), "noIndicators");
  if (problems.errors > 0) return { plan: null, problems: problems.list, kind };

  // Ids: a template's own, when every one fits; else made from the plan's id in row order.
  const given = rows.map((r) => r.id);
  const prefixOf = (id: string) => id.split("-")[0];
  const keep = given.every((id) => /^[a-z][a-z0-9]*-\d{2,3}$/.test(id) && prefixOf(id) === prefixOf(given[0])) && new Set(given).size === given.length;
  if (kind === "template" && !keep) {
    const bad = given.find((id) => !/^[a-z][a-z0-9]*-\d{2,3}$/.test(id)) ?? given[0];
    problems.add(a1(rows[0].row, idColumn), "idInvalid", { value: bad }, "warning");
  }
  const id = planIdOf(head, cells, headerRow, keep ? given : []);
  const prefix = id.split("-")[0];
  const width = rows.length > 99 ? 3 : 2;
  const indicators: Indicator[] = rows.map((r, n) => ({
    id: keep && prefixOf(r.id) === prefix ? r.id : `${prefix}-${String(n + 1).padStart(width, "0")}`,
    ...r.indicator,
  }));
  const plan: Plan = {
    id,
    title: head.title,
    region: { name: head.region, level: regionLevel(head.region, head.parent), parent: head.parent },
    issuer: head.issuer,
    period: { start: head.start!, end: head.end! },
    source: head.source || cells.sheet,
    ...(head.document ? { document: head.document } : {}),
    indicators,
    projects: [],
  };
  const validation = validatePlan(plan, cells.sheet);
  // The checks above cover each field; what the catalog still finds is named for the plan as a whole.
  for (const issue of validation.errorIssues) problems.add(null, "planCheck", { zh: issueText(issue, "zh-CN"), en: issueText(issue, "en-US") });
  return { plan: validation.errors.length ? null : plan, problems: problems.list, kind };
}

/** The text of every message, for a test that each one exists in both languages. */
export const ENTRY_MESSAGE_KEYS = Object.keys(ENTRY_MESSAGES) as EntryMessageKey[];
