// Tables flattened to one cell per line (a tab, then the cell; a blank line between rows) read as indicator rows.
import { RuleKind } from "../plan";
import { LOWER_IS_BETTER, figuresIn } from "./figures";
import { foldWidth } from "./text";

export interface TableRow {
  category: string | null;
  name: string;
  group: string | null;
  unit: string;
  rule: RuleKind;
  baseline: { year: number | null; value: number; printed: string } | null;
  target: { year: number | null; value: number | null; high?: number; printed: string | null };
  /** The row's own marker: its number ("6．") or, unnumbered, its label. */
  rowMarker: string;
  attribute?: "binding" | "expected";
  quote: string;
}

const GROUP_WORDS =
  /^(其中[:：]?)?\s*(学前段|义务段|高中段|小学|初中|高中|幼儿园|普通高中|中职|中职学校|高职|特殊教育|学前教育|义务教育|男|女|城镇|农村|公办|民办)$/;
const VALUE_HEADER = /\d{4}|十[二三四五]五|基[数期准]|现状|目标|预期|数据|现值/;
const CATEGORY_HEADER = /类别|一级|领域|维度|类型|方面/;
const NON_DECREASING = /逐年只增不减|只增不减|只升不降|逐年(提高|增长|增加)|稳步(提高|增长)/;

/** A header's year: 2025年 → 2025, 十三五 → 2020 (the last year of the period). */
export function headerYear(header: string): number | null {
  const year = /(19|20)\d{2}/.exec(foldWidth(header));
  if (year) return Number(year[0]);
  const period = /十([二三四五])五/.exec(header);
  if (period) return 2000 + ({ 二: 15, 三: 20, 四: 25, 五: 30 }[period[1] as "二"] ?? 0);
  return null;
}

function cellsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("\t")) row.push(line.trim());
    else if (line.trim() === "") {
      if (row.length) rows.push(row);
      row = [];
    } else if (row.length) row[row.length - 1] += line.trim();
  }
  if (row.length) rows.push(row);
  return rows;
}

interface ValueReading {
  value: number | null;
  high?: number;
  unit: string;
  rule: RuleKind | null;
  printed: string;
}

/** One value cell: "86.4%", "/", ">100", "≥1.2:1", "逐年只增不减", "3-5个". */
export function readValue(cell: string): ValueReading | null {
  const text = foldWidth(cell).trim();
  if (!text || /^[/／—–\-－、无暂]+$/.test(text)) return null;
  if (NON_DECREASING.test(text)) return { value: null, unit: "", rule: "non_decreasing", printed: cell };
  const ratio = /^(≥|>=|不低于)?\s*(\d+(?:\.\d+)?)\s*:\s*1$/.exec(text);
  if (ratio) return { value: Number(ratio[2]), unit: "比", rule: ratio[1] ? "ratio_at_least" : "equal", printed: cell };
  const sign = /^(≥|>=|≧|>|＞|≤|<=|≦|<|＜)/.exec(text)?.[1] ?? "";
  const figure = figuresIn(text.slice(sign.length))[0];
  if (!figure) return null;
  const bySign: Record<string, RuleKind> = {
    "≥": "at_least",
    ">=": "at_least",
    "≧": "at_least",
    ">": "greater_than",
    "＞": "greater_than",
    "≤": "at_most",
    "<=": "at_most",
    "≦": "at_most",
    "<": "less_than",
    "＜": "less_than",
  };
  let rule: RuleKind | null = sign ? bySign[sign] : null;
  if (figure.high !== undefined) rule = "between";
  else if (figure.suffix === "左右" || figure.suffix === "约") rule = "about";
  else if (figure.suffix === "以下" || figure.suffix === "以内") rule = "at_most";
  else if (figure.suffix === "超过") rule = "greater_than";
  return { value: figure.value, high: figure.high, unit: figure.unit, rule, printed: cell };
}

/** A name's unit in brackets, as tables print it: 普惠性幼儿园覆盖率(%) → ["普惠性幼儿园覆盖率", "%"]. */
export function nameAndUnit(label: string): [string, string] {
  const m = /^(.*?)\s*[(（]\s*(%|‰|[\u4e00-\u9fa5]{1,3})\s*[)）]$/.exec(label);
  return m && m[1] ? [m[1], m[2]] : [label, ""];
}

/**
 * A row with a "其中:" part and two values in each value column (其中:小学 / 初中, or a total and 其中:本科):
 * one indicator per part, the values read column by column.
 */
function subRows(
  row: string[],
  header: string[],
  firstData: number,
  valueColumns: number[],
  horizon: number | null,
  category: string | null
): TableRow[] | null {
  if (row.length <= header.length || !row.some((c) => /^其中/.test(c))) return null;
  const firstValue = row.findIndex((c, i) => i > 0 && readValue(c) !== null && !/^其中/.test(c));
  if (firstValue < 0) return null;
  const labels = row.slice(0, firstValue).filter((c) => c);
  const values = row.slice(firstValue).filter((c) => readValue(c) !== null || /^[/／—–-]$/.test(c.trim()));
  const perColumn = Math.floor(values.length / valueColumns.length);
  if (perColumn < 2 || labels.length < 2) return null;
  const numbered = /^(\d{1,2}[．.、])\s*(.*)$/.exec(labels[0]);
  const marker = numbered ? numbered[1] : labels[0];
  const [mainName, mainUnit] = nameAndUnit(numbered ? numbered[2] : labels[0]);
  const parts = labels.slice(1).map((l) => l.replace(/^其中\s*[:：]?\s*/, ""));
  // 其中:小学 / 初中 are groups of the main indicator; a main with one 其中 part is two indicators.
  const items =
    parts.length === perColumn
      ? parts.map((p) => ({ name: mainName, group: p, unit: mainUnit }))
      : [
          { name: mainName, group: null, unit: mainUnit },
          ...parts.map((p) => {
            const [n, u] = nameAndUnit(p);
            return { name: n, group: null, unit: u || mainUnit };
          }),
        ];
  if (items.length !== perColumn) return null;
  const target = valueColumns.length - 1;
  const baseline = valueColumns.length > 1 ? 0 : -1;
  const attributeCell = row[row.length - 1];
  const attribute = /约束/.test(attributeCell) ? "binding" : /预期/.test(attributeCell) ? "expected" : undefined;
  return items.flatMap((item, i) => {
    const t = readValue(values[target * perColumn + i]);
    if (!t) return [];
    const b = baseline >= 0 ? readValue(values[baseline * perColumn + i]) : null;
    const proposal: TableRow = {
      category,
      name: item.name,
      group: item.group,
      unit: item.unit || t.unit,
      rule: t.rule ?? "at_least",
      baseline:
        b && b.value !== null
          ? { year: headerYear(header[valueColumns[baseline]]), value: b.value, printed: b.printed }
          : null,
      target: {
        year: headerYear(header[valueColumns[target]]) ?? horizon,
        value: t.value,
        ...(t.high !== undefined ? { high: t.high } : {}),
        printed: t.printed,
      },
      rowMarker: marker,
      ...(attribute ? { attribute } : {}),
      quote: row.filter((c) => c).join(" "),
    };
    return [proposal];
  });
}

/** Rows of a flattened table that carry a target. `horizon` is the target year when a column names none. */
export function readTable(text: string, horizon: number | null): TableRow[] {
  const rows = cellsOf(text);
  if (rows.length < 2) return [];
  const header = rows[0];
  const width = header.length;
  // A table of building projects (项目名称, 投资, 建设内容) lists projects, not indicators.
  if (header.some((h) => /项目名称|投资|建设内容|建设规模|建设起止|序号/.test(h))) return [];
  // A header names its columns: a run that starts with figures is a table's tail, not a table.
  if (header.some((h) => /^[\d.\-–—/%~]+$/.test(foldWidth(h)))) return [];
  const valueColumns = header.map((h, i) => (VALUE_HEADER.test(h) && i > 0 ? i : -1)).filter((i) => i >= 0);
  if (!valueColumns.length) return [];
  const unitColumn = header.findIndex((h) => /单位/.test(h));
  const attributeColumn = header.findIndex((h) => /属性/.test(h));
  const firstData = Math.min(...[...valueColumns, unitColumn, attributeColumn].filter((i) => i > 0));
  const hasCategory = firstData >= 2 && CATEGORY_HEADER.test(header[0]);
  const targetColumn = valueColumns[valueColumns.length - 1];
  const baselineColumn = valueColumns.length > 1 ? valueColumns[0] : -1;
  const out: TableRow[] = [];
  let category: string | null = null;
  let baseName = "";
  let nameUnit = "";
  let rowMarker = "";
  for (const row of rows.slice(1)) {
    const dataCount = width - firstData;
    const doubled = subRows(row, header, firstData, valueColumns, horizon, category);
    if (doubled) {
      out.push(...doubled);
      continue;
    }
    if (row.length < dataCount + 1) continue;
    const labels = row.slice(0, row.length - dataCount);
    // Merged cells (rowspan) leave a row short at the left.
    while (labels.length < firstData) labels.unshift("");
    const data = row.slice(row.length - dataCount);
    const at = (column: number) => (column >= firstData ? data[column - firstData] : undefined);
    let parts = labels;
    if (hasCategory) {
      if (labels[0]) category = labels[0];
      parts = labels.slice(1);
    }
    let group: string | null = null;
    let name = "";
    const own = parts.filter((p) => p);
    if (parts[0]) {
      const numbered = /^(\d{1,2}[．.、])\s*(.*)$/.exec(parts[0]);
      baseName = numbered ? numbered[2] : parts[0].replace(/^其中[:：]\s*/, "");
      [baseName, nameUnit] = nameAndUnit(baseName);
      rowMarker = numbered ? numbered[1] : parts[0];
      name = baseName;
      for (const extra of parts.slice(1).filter((p) => p)) {
        if (GROUP_WORDS.test(extra)) group = extra.replace(/^其中[:：]?\s*/, "");
        else {
          name += extra;
          rowMarker = `${parts[0]} ${extra}`;
        }
      }
    } else if (own.length) {
      const extra = own[own.length - 1];
      if (GROUP_WORDS.test(extra)) {
        group = extra.replace(/^其中[:：]?\s*/, "");
        name = baseName;
      } else {
        name = baseName + extra.replace(/^其中[:：]?\s*/, "");
        rowMarker = `${baseName} ${extra}`;
      }
    } else continue;
    const targetCell = at(targetColumn) ?? "";
    const unitCell = unitColumn >= 0 ? (at(unitColumn) ?? "") : "";
    const quote = row.filter((c) => c).join(" ");
    // "其中：小学0.3 初中0.35" in one cell: one row per group.
    const split = [...foldWidth(targetCell).matchAll(/([\u4e00-\u9fa5]{2,4})\s*[:：]?\s*(\d+(?:\.\d+)?%?)/g)];
    const targets = split.length >= 2 ? split.map((m) => ({ group: m[1], cell: m[2] })) : [{ group, cell: targetCell }];
    for (const one of targets) {
      const target = readValue(one.cell);
      if (!target) continue;
      const baseReading = baselineColumn >= 0 && split.length < 2 ? readValue(at(baselineColumn) ?? "") : null;
      const unit =
        unitCell && !/^[—–\-/]$/.test(unitCell) ? unitCell : nameUnit || target.unit || baseReading?.unit || "";
      let rule: RuleKind = target.rule ?? "at_least";
      if (!target.rule) {
        const lower = LOWER_IS_BETTER.test(name);
        const falling = baseReading?.value != null && target.value !== null && target.value < baseReading.value;
        if (lower || (falling && !/率$|比例$|覆盖面$/.test(name))) rule = "at_most";
        else if (falling && /近视|肥胖/.test(name)) rule = "at_most";
      }
      const attributeCell = attributeColumn >= 0 ? (at(attributeColumn) ?? "") : "";
      const attribute = /约束/.test(attributeCell) ? "binding" : /预期/.test(attributeCell) ? "expected" : undefined;
      out.push({
        category,
        name,
        group: one.group,
        unit: unit === "—" ? "" : unit,
        rule,
        baseline:
          baseReading && baseReading.value !== null
            ? { year: headerYear(header[baselineColumn]), value: baseReading.value, printed: baseReading.printed }
            : null,
        target: {
          year: headerYear(header[targetColumn]) ?? horizon,
          value: rule === "non_decreasing" ? null : target.value,
          ...(target.high !== undefined ? { high: target.high } : {}),
          printed: rule === "non_decreasing" ? null : one.cell,
        },
        rowMarker,
        ...(attribute ? { attribute } : {}),
        quote,
      });
    }
  }
  return out;
}
