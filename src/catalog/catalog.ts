// The plan catalog: bundled plans plus validated user plans; regions, plans and indicator look-up.
import { bilingual, Language } from "../core/messages";
import { Indicator, Plan } from "../core/plan";
import { normalizeText } from "../core/parse";
import { RegionGroup, groupRegions, plansForRegion } from "./regions";
import { BUNDLED_PLANS } from "./seeds";
import { issueText, PlanValidation, validatePlan, ValidationIssue } from "./validate";

export class PlanValidationError extends Error {
  /** The first errors wholly in each language; the pane shows the clerk's (excel/errors.ts friendlyError). */
  readonly localized: Record<Language, string>;
  constructor(readonly validation: PlanValidation) {
    super(validation.errors.slice(0, 5).join("\n"));
    const inLanguage = (language: Language) => validation.errorIssues.slice(0, 5).map((issue) => issueText(issue, language)).join("\n");
    this.localized = { "zh-CN": inLanguage("zh-CN"), "en-US": inLanguage("en-US") };
  }
}

/** Compare names ignoring width, spaces, quotes and brackets, which clerks type inconsistently. */
export function nameKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[“”"'‘’「」《》()（）【】[\]·、,，.。:：;；\-—_]/g, "");
}

function bigrams(text: string): Set<string> {
  const chars = [...nameKey(text)];
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/** Dice similarity of character bigrams: robust to reordered or extra characters in Chinese names. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export const FUZZY_THRESHOLD = 0.5;

export interface IndicatorMatch {
  how: "id" | "exact" | "contains" | "fuzzy";
  indicators: Indicator[];
}

/** Indicator by id, then exact name, then containment either way, then bigram similarity. */
export function findIndicator(plan: Plan, query: string): IndicatorMatch {
  const q = query.trim();
  const byId = plan.indicators.filter((i) => i.id.toLowerCase() === q.toLowerCase());
  if (byId.length) return { how: "id", indicators: byId };
  const key = nameKey(q);
  if (!key) return { how: "exact", indicators: [] };
  const label = (i: Indicator) => nameKey(i.group ? `${i.name}${i.group}` : i.name);
  const exact = plan.indicators.filter((i) => nameKey(i.name) === key || label(i) === key);
  if (exact.length) return { how: "exact", indicators: exact };
  const contains = plan.indicators.filter((i) => nameKey(i.name).includes(key) || key.includes(nameKey(i.name)) || label(i).includes(key));
  if (contains.length) return { how: "contains", indicators: contains };
  const scored = plan.indicators
    .map((i) => ({ i, score: Math.max(similarity(i.name, q), similarity(label(i), q)) }))
    .filter((s) => s.score >= FUZZY_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score;
  return { how: "fuzzy", indicators: scored.filter((s) => s.score === best).map((s) => s.i) };
}

export class Catalog {
  private readonly plans: Plan[] = [];
  readonly warnings: string[] = [];

  constructor(files: Record<string, unknown> = BUNDLED_PLANS) {
    for (const [file, raw] of Object.entries(files)) this.addPlan(raw, file);
  }

  /** Adds a plan after validating it; a plan with the same id replaces the earlier one. */
  addPlan(raw: unknown, file = "plan"): Plan {
    const validation = validatePlan(raw, file);
    if (validation.errors.length) throw new PlanValidationError(validation);
    const plan = raw as Plan;
    const clash = this.plans.flatMap((p) => (p.id === plan.id ? [] : p.indicators.map((i) => i.id)));
    const duplicate = plan.indicators.find((i) => clash.includes(i.id));
    if (duplicate) {
      const issue: ValidationIssue = { file, where: duplicate.id, field: "id", key: "idTaken", params: {} };
      throw new PlanValidationError({ errors: [`${file} / ${duplicate.id} / id: ${bilingual("idTaken")}`], warnings: [], errorIssues: [issue], warningIssues: [] });
    }
    const existing = this.plans.findIndex((p) => p.id === plan.id);
    if (existing >= 0) this.plans.splice(existing, 1, plan);
    else this.plans.push(plan);
    this.warnings.push(...validation.warnings);
    return plan;
  }

  listPlans(): readonly Plan[] {
    return this.plans;
  }

  /** A plan by id, by title, or by region name when that region has one plan. */
  getPlan(query: string): Plan[] {
    const q = query.trim();
    const byId = this.plans.filter((p) => p.id.toLowerCase() === q.toLowerCase());
    if (byId.length) return byId;
    const key = nameKey(q);
    const byTitle = this.plans.filter((p) => nameKey(p.title) === key);
    if (byTitle.length) return byTitle;
    const byRegion = this.plans.filter((p) => nameKey(p.region.name) === key);
    if (byRegion.length) return byRegion;
    return this.plans.filter((p) => nameKey(p.title).includes(key) && key.length >= 2);
  }

  listRegions(): RegionGroup[] {
    return groupRegions(this.plans);
  }

  plansForRegion(region: string): Plan[] {
    return plansForRegion(this.plans, region);
  }
}

let shared: Catalog | null = null;

/** The catalog of the bundled plans, built once. */
export function catalog(): Catalog {
  shared ??= new Catalog();
  return shared;
}
