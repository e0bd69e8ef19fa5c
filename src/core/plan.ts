// The shape of a plan as data (seeds/<plan-id>.json): plans, indicators and building projects.

/** How an indicator's actual value is judged against its target. */
export type RuleKind =
  | "at_least"
  | "at_most"
  | "greater_than"
  | "less_than"
  | "equal"
  | "between"
  | "about"
  | "increase_by"
  | "decrease_by"
  | "non_decreasing"
  | "ratio_at_least";

export const RULE_KINDS: readonly RuleKind[] = [
  "at_least",
  "at_most",
  "greater_than",
  "less_than",
  "equal",
  "between",
  "about",
  "increase_by",
  "decrease_by",
  "non_decreasing",
  "ratio_at_least",
];

/** Normalised education stage, so indicators of different plans can be compared. */
export type Stage =
  | "学前教育"
  | "义务教育"
  | "普通高中"
  | "职业教育"
  | "高等教育"
  | "终身教育"
  | "特殊教育"
  | "教师队伍"
  | "保障"
  | "综合";

export const STAGES: readonly Stage[] = [
  "学前教育",
  "义务教育",
  "普通高中",
  "职业教育",
  "高等教育",
  "终身教育",
  "特殊教育",
  "教师队伍",
  "保障",
  "综合",
];

/** A figure the plan reports for a past year; `inferred` when the plan only implies the year. */
export interface Baseline {
  year: number;
  value: number;
  printed?: string;
  inferred?: boolean;
}

/** The figure the plan sets. `value` is null only for rules without a number (non_decreasing). */
export interface Target {
  year: number;
  value: number | null;
  /** Upper end for `between`. */
  high?: number;
  /** The figure exactly as the plan prints it ("90", "≥1.2:1", "95.9％"). */
  printed: string | null;
  inferred?: boolean;
}

export interface Indicator {
  id: string;
  category: string;
  stage: Stage;
  name: string;
  group: string | null;
  unit: string;
  rule: RuleKind;
  baseline: Baseline | null;
  target: Target;
  /** Places in the plan, each a chain of markers as printed: "表1 6．", "二、 （三） 2．". */
  refs: string[];
  responsible: string | null;
  note: string | null;
  /** 指标属性 as the plan prints it: 约束性 (binding) or 预期性 (expected); absent when it gives none. */
  attribute?: IndicatorAttribute;
}

export type IndicatorAttribute = "binding" | "expected";
export const INDICATOR_ATTRIBUTES: readonly IndicatorAttribute[] = ["binding", "expected"];

export interface Project {
  name: string;
  investment: { value: number; unit: string; printed: string } | null;
  years: { start: number; end: number } | null;
  ref: string;
  note?: string | null;
}

export interface Region {
  name: string;
  level: "province" | "prefecture-level city" | "district" | "county-level city" | "county";
  parent: string | null;
}

export interface Plan {
  id: string;
  title: string;
  region: Region;
  issuer: string;
  period: { start: number; end: number };
  source: string;
  /** The plan's 文号 (e.g. 仑政办〔2023〕6号) where it has one: what a clerk cites, not the file name. */
  document?: string;
  indicators: Indicator[];
  projects: Project[];
}
