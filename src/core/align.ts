// 规划对标: for each concept a city plan and one of its districts' plans share, is the district's
// target weaker than the city's? Direction-aware, tolerant of 左右, careful with differing years.
import { COMPARABLE_MEASURES, Concept, ResolvedConcept, ResolvedEntry } from "./concepts";
import { Language } from "./messages";
import { Plan, RuleKind } from "./plan";
import { difference, tidy } from "./parse";

/** A 左右 / about figure stands for anything within 5 % of it. */
export const ABOUT_TOLERANCE = 0.05;

export type AlignVerdict = "weaker" | "equal" | "stronger" | "skipped";

export type SkipReason = "count" | "no_figure" | "change" | "unit" | "direction" | "no_direction" | "years_differ";

/** How the city's figure for the district's year was found. */
export type CityFigureSource = "same_year" | "city_target" | "interpolated";

export interface AlignSide {
  planId: string;
  planTitle: string;
  region: string;
  indicatorId: string;
  indicator: string;
  ref: string;
  rule: RuleKind;
  unit: string;
  year: number;
  value: number | null;
  high: number | null;
  printed: string | null;
  /** A one-year plan (工作要点): its target is for that year only. */
  oneYear: boolean;
}

export interface AlignFinding {
  concept: string;
  conceptName: Record<Language, string>;
  city: AlignSide;
  district: AlignSide;
  verdict: AlignVerdict;
  reason: SkipReason | null;
  /** The year compared and the city's figure for it (its target, or its path interpolated). */
  year: number | null;
  cityFigure: number | null;
  districtFigure: number | null;
  source: CityFigureSource | null;
  /** Where a plan's definition differs from the concept's. */
  definitions: Record<Language, string>[];
  message: Record<Language, string>;
}

type Direction = "up" | "down";

const UP: readonly RuleKind[] = ["at_least", "greater_than", "ratio_at_least"];
const DOWN: readonly RuleKind[] = ["at_most", "less_than"];
const CHANGE: readonly RuleKind[] = ["increase_by", "decrease_by"];

function direction(rule: RuleKind): Direction | null {
  if (UP.includes(rule)) return "up";
  if (DOWN.includes(rule)) return "down";
  return null;
}

/** The direction most of the concept's plans state, for a pair where neither side states one. */
function conceptDirection(entries: readonly ResolvedEntry[]): Direction | null {
  const up = entries.filter((e) => direction(e.indicator.rule) === "up").length;
  const down = entries.filter((e) => direction(e.indicator.rule) === "down").length;
  return up > down ? "up" : down > up ? "down" : null;
}

/** The figure a plan commits to: a range's low end when more is better, its high end when less is. */
function committed(side: AlignSide, dir: Direction): number {
  if (side.rule === "between" && side.high !== null) return dir === "up" ? side.value! : side.high;
  return side.value!;
}

const SYMBOL: Partial<Record<RuleKind, string>> = {
  at_least: "≥",
  greater_than: ">",
  ratio_at_least: "≥",
  at_most: "≤",
  less_than: "<",
  about: "≈",
  equal: "=",
  // Arrows, not + and −: a cell whose text starts with + or - is taken for a formula when typed or written.
  increase_by: "↑",
  decrease_by: "↓",
};

function number(value: number): string {
  return String(tidy(value));
}

/** "≥8.5%", "≤0.25", "8–10个", "≈20个". */
export function formatFigure(side: Pick<AlignSide, "rule" | "value" | "high" | "unit">): string {
  const unit = side.unit;
  if (side.value === null) return side.rule === "non_decreasing" ? "逐年只增不减" : "—";
  if (side.rule === "between" && side.high !== null) return `${number(side.value)}–${number(side.high)}${unit}`;
  return `${SYMBOL[side.rule] ?? ""}${number(side.value)}${unit}`;
}

function sideOf(resolved: ResolvedEntry): AlignSide {
  const { plan, indicator, entry } = resolved;
  return {
    planId: plan.id,
    planTitle: plan.title,
    region: plan.region.name,
    indicatorId: indicator.id,
    indicator: indicator.group ? `${indicator.name}（${indicator.group}）` : indicator.name,
    ref: entry.ref,
    rule: indicator.rule,
    unit: indicator.unit,
    year: indicator.target.year,
    value: indicator.target.value,
    high: indicator.target.high ?? null,
    printed: indicator.target.printed,
    oneYear: plan.period.start === plan.period.end,
  };
}

const REASONS: Record<SkipReason, Record<Language, string>> = {
  count: {
    "zh-CN": "数量或金额随地区规模而定（个、所、学位、万元），市与区县之间不能比较",
    "en-US": "counts and amounts grow with a region's size (places, schools, yuan): a city's and a district's cannot be compared",
  },
  no_figure: { "zh-CN": "有一方的目标没有数值（如逐年提高）", "en-US": "one side's target has no figure (e.g. a rise every year)" },
  change: {
    "zh-CN": "有一方定的是变化幅度（新增、下降多少），不是水平",
    "en-US": "one side sets a change (an increase or a fall), not a level",
  },
  unit: { "zh-CN": "两个目标的单位不同", "en-US": "the two targets have different units" },
  direction: { "zh-CN": "两个目标的方向相反（不低于 / 不高于）", "en-US": "the two targets point opposite ways (at least / at most)" },
  no_direction: { "zh-CN": "两个目标都没有方向（约数或等于），无法判断强弱", "en-US": "neither target has a direction (about or equal): no way to tell which is weaker" },
  years_differ: {
    "zh-CN": "年份不同，且区县的目标年不在市规划的基期与目标年之间",
    "en-US": "the years differ and the district's target year is not between the city plan's baseline and target years",
  },
};

function figureText(value: number, unit: string): string {
  return `${number(value)}${unit}`;
}

function describe(finding: Omit<AlignFinding, "message">, language: Language): string {
  const { city, district, verdict } = finding;
  const zh = language === "zh-CN";
  const d = zh
    ? `${district.region}${formatFigure(district)}（${district.year}年，${district.indicatorId}，${district.ref}）`
    : `${district.region} ${formatFigure(district)} (${district.year}, ${district.indicatorId}, ${district.ref})`;
  const c = zh
    ? `${city.region}${formatFigure(city)}（${city.year}年，${city.indicatorId}，${city.ref}）`
    : `${city.region} ${formatFigure(city)} (${city.year}, ${city.indicatorId}, ${city.ref})`;
  if (verdict === "skipped") {
    const reason = REASONS[finding.reason!][language];
    return zh ? `未比较：${d}；${c}。原因：${reason}。` : `Not compared: ${d}; ${c}. Why: ${reason}.`;
  }
  const word = {
    weaker: zh ? "弱于" : "is weaker than",
    equal: zh ? "相当于" : "matches",
    stronger: zh ? "高于" : "is more ambitious than",
  }[verdict];
  const figure = finding.cityFigure === null ? "" : figureText(finding.cityFigure, city.unit);
  const how =
    finding.source === "interpolated"
      ? zh
        ? `按其轨迹 ${finding.year} 年应达 ${figure}`
        : `, whose path reaches ${figure} in ${finding.year}`
      : finding.source === "city_target"
        ? zh
          ? `（区县目标年晚于市目标年，按市目标比较）`
          : ` (the district's target year is later than the city's: compared with the city's target)`
        : "";
  const notes: string[] = [];
  if (city.oneYear) notes.push(zh ? `${city.region}为 ${city.year} 年度工作要点，只定当年目标。` : `${city.region}'s is a one-year work plan for ${city.year}.`);
  for (const definition of finding.definitions) notes.push(zh ? `口径：${definition["zh-CN"]}` : `Definition: ${definition["en-US"]}`);
  return zh ? `${d}${word}${c}${how}。${notes.join("")}` : `${d} ${word} ${c}${how}. ${notes.join(" ")}`.trim();
}

function finish(finding: Omit<AlignFinding, "message">): AlignFinding {
  return { ...finding, message: { "zh-CN": describe(finding, "zh-CN"), "en-US": describe(finding, "en-US") } };
}

/** The city's figure for a year: its target from that year on, its straight path from baseline to target before. */
function cityFigureFor(city: ResolvedEntry, dir: Direction, year: number): { figure: number; source: CityFigureSource } | null {
  const target = committed(sideOf(city), dir);
  const targetYear = city.indicator.target.year;
  if (year === targetYear) return { figure: target, source: "same_year" };
  if (year > targetYear) return { figure: target, source: "city_target" };
  const baseline = city.indicator.baseline;
  if (!baseline || baseline.year > year || baseline.year >= targetYear) return null;
  return { figure: tidy(baseline.value + ((target - baseline.value) * (year - baseline.year)) / (targetYear - baseline.year)), source: "interpolated" };
}

/** One city–district pair of a concept: weaker, equal, stronger, or skipped with the reason. */
export function alignPair(concept: Concept, city: ResolvedEntry, district: ResolvedEntry, all: readonly ResolvedEntry[] = [city, district]): AlignFinding {
  const c = sideOf(city);
  const d = sideOf(district);
  const definitions = [city, district].flatMap((e) => (e.entry.definition ? [e.entry.definition] : []));
  const base = { concept: concept.id, conceptName: concept.name, city: c, district: d, definitions };
  const skip = (reason: SkipReason) =>
    finish({ ...base, verdict: "skipped", reason, year: null, cityFigure: null, districtFigure: null, source: null });
  if (!COMPARABLE_MEASURES.includes(concept.measure)) return skip("count");
  if (c.value === null || d.value === null || c.rule === "non_decreasing" || d.rule === "non_decreasing") return skip("no_figure");
  if (CHANGE.includes(c.rule) || CHANGE.includes(d.rule)) return skip("change");
  if (c.unit.trim().replace("％", "%") !== d.unit.trim().replace("％", "%")) return skip("unit");
  const cd = direction(c.rule);
  const dd = direction(d.rule);
  if (cd && dd && cd !== dd) return skip("direction");
  const dir = cd ?? dd ?? conceptDirection(all);
  if (!dir) return skip("no_direction");
  const found = cityFigureFor(city, dir, d.year);
  if (!found) return skip("years_differ");
  const districtFigure = committed(d, dir);
  const about = c.rule === "about" || d.rule === "about";
  const tolerance = about ? Math.abs(found.figure) * ABOUT_TOLERANCE : 0;
  // Positive: the district asks for more than the city in the concept's direction.
  const margin = dir === "up" ? difference(districtFigure, found.figure) : difference(found.figure, districtFigure);
  const verdict: AlignVerdict = Math.abs(margin) <= tidy(tolerance) ? "equal" : margin < 0 ? "weaker" : "stronger";
  return finish({ ...base, verdict, reason: null, year: d.year, cityFigure: found.figure, districtFigure, source: found.source });
}

/** Is `district` a plan of one of `city`'s districts (or county-level cities)? */
export function isDistrictOf(district: Plan, city: Plan): boolean {
  return district.region.parent !== null && district.region.parent === city.region.name && district.id !== city.id;
}

/** Every city–district pair of every concept, in the concept map's order, districts by name. */
export function alignConcepts(concepts: readonly ResolvedConcept[]): AlignFinding[] {
  const findings: AlignFinding[] = [];
  for (const { concept, entries } of concepts) {
    for (const city of entries) {
      const districts = entries
        .filter((e) => isDistrictOf(e.plan, city.plan))
        .sort((a, b) => a.plan.region.name.localeCompare(b.plan.region.name, "zh-CN"));
      for (const district of districts) findings.push(alignPair(concept, city, district, entries));
    }
  }
  return findings;
}

/** Counts per verdict, for the summary line. */
export function countVerdicts(findings: readonly AlignFinding[]): Record<AlignVerdict, number> {
  const counts: Record<AlignVerdict, number> = { weaker: 0, equal: 0, stronger: 0, skipped: 0 };
  for (const f of findings) counts[f.verdict]++;
  return counts;
}
