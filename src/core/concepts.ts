// The concept map's shape (seeds/concepts/concepts.json): one measure across plans, the indicator that states it
// in each plan, and the checks that every entry resolves; pure, so the catalog, the CLI and tests share it.
import { Indicator, Plan } from "./plan";
import { Language } from "./messages";

export type Bilingual = Record<Language, string>;

/**
 * What kind of number a concept is. Rates, ratios, coefficients and per-student figures mean the same
 * in a city and its districts; counts and amounts grow with the region's size and cannot be compared.
 */
export type ConceptMeasure = "rate" | "ratio" | "coefficient" | "per_student" | "count" | "amount";

export const CONCEPT_MEASURES: readonly ConceptMeasure[] = ["rate", "ratio", "coefficient", "per_student", "count", "amount"];

export const COMPARABLE_MEASURES: readonly ConceptMeasure[] = ["rate", "ratio", "coefficient", "per_student"];

export interface ConceptEntry {
  /** The indicator's id in its plan ("cixi-17"); ids are unique across plans. */
  indicator: string;
  /** One of the indicator's refs: where the plan states it. */
  ref: string;
  /** Words printed at that place which show the indicator is this concept. */
  quote: string;
  /** How this plan's definition differs from the concept's, when it does. */
  definition?: Bilingual;
}

export interface Concept {
  id: string;
  name: Bilingual;
  measure: ConceptMeasure;
  note?: Bilingual;
  entries: ConceptEntry[];
}

export interface ConceptMap {
  concepts: Concept[];
}

/** A concept entry with its plan and indicator found. */
export interface ResolvedEntry {
  entry: ConceptEntry;
  plan: Plan;
  indicator: Indicator;
}

export interface ResolvedConcept {
  concept: Concept;
  entries: ResolvedEntry[];
}

/** Finds every entry's plan and indicator; entries whose plan is not loaded are left out. */
export function resolveConcepts(map: ConceptMap, plans: readonly Plan[]): ResolvedConcept[] {
  const byId = new Map<string, { plan: Plan; indicator: Indicator }>();
  for (const plan of plans) for (const indicator of plan.indicators) byId.set(indicator.id, { plan, indicator });
  return map.concepts.map((concept) => ({
    concept,
    entries: concept.entries.flatMap((entry) => {
      const found = byId.get(entry.indicator);
      return found ? [{ entry, ...found }] : [];
    }),
  }));
}

const PERCENT = new Set(["%", "％"]);

/** The units a measure allows: rates are percentages, coefficients and ratios unitless or 比. */
function unitFits(measure: ConceptMeasure, unit: string): boolean {
  const u = unit.trim();
  switch (measure) {
    case "rate":
      return PERCENT.has(u);
    case "ratio":
      return u === "" || u === "比";
    case "coefficient":
      return u === "";
    case "per_student":
    case "amount":
      return /元$/.test(u);
    case "count":
      return u !== "" && !PERCENT.has(u) && !/元$/.test(u);
  }
}

/**
 * Problems of a concept map against the plans it names, one line each, "concept / indicator: 中文 (English)":
 * unknown or duplicate ids, a ref that is not the indicator's, a plan twice in one concept, fewer than
 * two plans, a unit that does not fit the measure. Empty when the map is sound.
 */
export function validateConceptMap(map: ConceptMap, plans: readonly Plan[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, { plan: Plan; indicator: Indicator }>();
  for (const plan of plans) for (const indicator of plan.indicators) byId.set(indicator.id, { plan, indicator });
  const conceptIds = new Set<string>();
  for (const concept of map.concepts) {
    if (conceptIds.has(concept.id)) problems.push(`${concept.id}: 概念编号重复 (duplicate concept id)`);
    conceptIds.add(concept.id);
    if (!CONCEPT_MEASURES.includes(concept.measure)) problems.push(`${concept.id}: 未知的度量“${concept.measure}” (unknown measure)`);
    const plansSeen = new Set<string>();
    for (const entry of concept.entries) {
      const found = byId.get(entry.indicator);
      if (!found) {
        problems.push(`${concept.id} / ${entry.indicator}: 找不到该指标 (no such indicator)`);
        continue;
      }
      if (plansSeen.has(found.plan.id)) problems.push(`${concept.id} / ${entry.indicator}: 同一规划出现两次 (plan appears twice)`);
      plansSeen.add(found.plan.id);
      if (!found.indicator.refs.includes(entry.ref)) {
        problems.push(`${concept.id} / ${entry.indicator}: 出处“${entry.ref}”不是该指标的出处 (ref is not the indicator's)`);
      }
      if (!unitFits(concept.measure, found.indicator.unit)) {
        problems.push(`${concept.id} / ${entry.indicator}: 单位“${found.indicator.unit}”不符合度量 ${concept.measure} (unit does not fit the measure)`);
      }
    }
    if (plansSeen.size < 2) problems.push(`${concept.id}: 少于两个规划 (fewer than two plans)`);
  }
  return problems;
}
