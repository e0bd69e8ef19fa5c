// The bundled concept map (seeds/concepts/concepts.json) and, for a clerk's own plan, suggested links by name
// that the clerk confirms; confirmed links join the map for the cross-plan view and the check.
import conceptsJson from "../../seeds/concepts/concepts.json";
import { Concept, ConceptEntry, ConceptMap } from "../core/concepts";
import { Indicator, Plan } from "../core/plan";
import { nameKey, similarity } from "./catalog";

export const BUNDLED_CONCEPTS = conceptsJson as ConceptMap;

/** A suggested link from a clerk's plan to a concept, with how alike the names are (0–1). */
export interface ConceptSuggestion {
  concept: string;
  indicator: string;
  score: number;
}

/** Names are alike enough to suggest at this Dice similarity; the clerk still confirms. */
export const SUGGEST_THRESHOLD = 0.55;

function label(indicator: Indicator): string {
  return indicator.group ? `${indicator.name}${indicator.group}` : indicator.name;
}

/**
 * For each concept the plan has no entry in, the plan's indicator whose name (with its group) is most
 * like the concept's name or a mapped indicator's, when alike enough and in the same stage group.
 * One indicator is suggested for one concept at most: the concept it matches best.
 */
export function suggestConcepts(plan: Plan, map: ConceptMap, plans: readonly Plan[]): ConceptSuggestion[] {
  const byId = new Map<string, Indicator>();
  for (const p of plans) for (const i of p.indicators) byId.set(i.id, i);
  const own = new Set(plan.indicators.map((i) => i.id));
  const best = new Map<string, ConceptSuggestion>();
  for (const concept of map.concepts) {
    if (concept.entries.some((e) => own.has(e.indicator))) continue;
    const mapped = concept.entries.map((e) => byId.get(e.indicator)).filter((i): i is Indicator => !!i);
    const names = [concept.name["zh-CN"], ...mapped.map(label)];
    const groups = mapped.map((i) => i.group).filter((g): g is string => !!g);
    for (const indicator of plan.indicators) {
      // 小学 and 初中 variants of one measure differ only in their group: the group must fit.
      if (indicator.group && groups.length > 0 && !groups.includes(indicator.group)) continue;
      const score = Math.max(...names.map((n) => (nameKey(n) === nameKey(label(indicator)) ? 1 : similarity(n, label(indicator)))));
      if (score < SUGGEST_THRESHOLD) continue;
      const previous = best.get(indicator.id);
      if (!previous || score > previous.score) best.set(indicator.id, { concept: concept.id, indicator: indicator.id, score: Math.round(score * 100) / 100 });
    }
  }
  const byConcept = new Map<string, ConceptSuggestion>();
  for (const s of best.values()) {
    const previous = byConcept.get(s.concept);
    if (!previous || s.score > previous.score) byConcept.set(s.concept, s);
  }
  const order = new Map(map.concepts.map((c, n) => [c.id, n] as const));
  return [...byConcept.values()].sort((a, b) => order.get(a.concept)! - order.get(b.concept)!);
}

/** The map with the clerk's confirmed links added (a confirmed indicator's first ref is its place). */
export function withConfirmed(map: ConceptMap, plans: readonly Plan[], confirmed: readonly ConceptSuggestion[]): ConceptMap {
  const byId = new Map<string, Indicator>();
  for (const p of plans) for (const i of p.indicators) byId.set(i.id, i);
  const concepts: Concept[] = map.concepts.map((concept) => {
    const added: ConceptEntry[] = confirmed
      .filter((s) => s.concept === concept.id && byId.has(s.indicator) && !concept.entries.some((e) => e.indicator === s.indicator))
      .map((s) => {
        const indicator = byId.get(s.indicator)!;
        return { indicator: indicator.id, ref: indicator.refs[0] ?? "", quote: indicator.name };
      });
    return added.length ? { ...concept, entries: [...concept.entries, ...added] } : concept;
  });
  return { concepts };
}
