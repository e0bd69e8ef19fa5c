// Validates a plan file in the add-in without ajv (which compiles with new Function, barred by
// Office's CSP): the same checks as seeds/schema.json, plus the semantics a schema cannot see.
// Messages name the file, the indicator and the field; each is kept as data, so the pane shows it
// wholly in the clerk's language and the command line in both.
import { bilingual, Language, message, MessageKey } from "../core/messages";
import { INDICATOR_ATTRIBUTES, Plan, RULE_KINDS, STAGES } from "../core/plan";
import { RULE_LABELS } from "../core/rules";
import { isPercentUnit } from "../core/units";

/** One finding: where in the file, which field, and the message's key and parameters. */
export interface ValidationIssue {
  file: string;
  /** The indicator's id, or "plan" for the plan's own fields. */
  where: string;
  field: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface PlanValidation {
  /** Each error in both languages (for the command line and logs). */
  errors: string[];
  /** Suspicious but allowed: the plan may really say so. */
  warnings: string[];
  errorIssues: ValidationIssue[];
  warningIssues: ValidationIssue[];
}

/** The rule codes a plan file may use, each with its name in the message's language. */
const ruleChoices = (language: Language) =>
  RULE_KINDS.map((rule) => (language === "zh-CN" ? `${rule}（${RULE_LABELS[rule]["zh-CN"]}）` : `${rule} (${RULE_LABELS[rule]["en-US"]})`)).join(
    language === "zh-CN" ? "、" : ", "
  );

/** One finding in one language: 文件 / 指标 / 字段：说明. */
export function issueText(issue: ValidationIssue, language: Language): string {
  const where = issue.where === "plan" ? (language === "zh-CN" ? "规划" : "plan") : issue.where;
  const params = issue.key === "ruleOneOf" ? { values: ruleChoices(language) } : issue.params;
  const colon = language === "zh-CN" ? "：" : ": ";
  return `${issue.file} / ${where} / ${issue.field}${colon}${message(issue.key, language, params)}`;
}

const LEVELS = ["province", "prefecture-level city", "district", "county-level city", "county"];
type Json = Record<string, unknown>;

class Collector implements PlanValidation {
  errors: string[] = [];
  warnings: string[] = [];
  errorIssues: ValidationIssue[] = [];
  warningIssues: ValidationIssue[] = [];
  constructor(private readonly file: string) {}
  add(where: string, field: string, key: MessageKey, params: Record<string, string | number> = {}, warning = false): void {
    const issue: ValidationIssue = { file: this.file, where, field, key, params };
    (warning ? this.warningIssues : this.errorIssues).push(issue);
    const both = key === "ruleOneOf" ? `${issueText(issue, "zh-CN")} (${message(key, "en-US", { values: ruleChoices("en-US") })})` : `${this.file} / ${where} / ${field}: ${bilingual(key, params)}`;
    (warning ? this.warnings : this.errors).push(both);
  }
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isYear = (v: unknown) => Number.isInteger(v) && (v as number) >= 1990 && (v as number) <= 2100;
const isText = (v: unknown) => typeof v === "string" && v.length > 0;
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

function checkKeys(c: Collector, where: string, prefix: string, object: Json, required: string[], optional: string[] = []): void {
  for (const key of required) if (!(key in object)) c.add(where, `${prefix}${key}`, "fieldRequired");
  for (const key of Object.keys(object)) if (!required.includes(key) && !optional.includes(key)) c.add(where, `${prefix}${key}`, "fieldUnknown");
}

function checkIndicator(c: Collector, raw: unknown, index: number): void {
  const where = isObject(raw) && isText(raw.id) ? String(raw.id) : `indicators[${index}]`;
  if (!isObject(raw)) return c.add(where, "indicator", "fieldObject");
  checkKeys(c, where, "", raw, ["id", "category", "stage", "name", "group", "unit", "rule", "baseline", "target", "refs", "responsible", "note"], ["attribute"]);
  if ("attribute" in raw && !INDICATOR_ATTRIBUTES.includes(raw.attribute as never)) c.add(where, "attribute", "fieldOneOf", { values: INDICATOR_ATTRIBUTES.join(", ") });
  if ("id" in raw && !(typeof raw.id === "string" && /^[a-z][a-z0-9]*-\d{2,3}$/.test(raw.id))) c.add(where, "id", "fieldPattern", { example: "cixi-01" });
  for (const key of ["category", "name"]) if (key in raw && !isText(raw[key])) c.add(where, key, "fieldString");
  if ("unit" in raw && typeof raw.unit !== "string") c.add(where, "unit", "fieldString");
  for (const key of ["group", "responsible", "note"]) if (key in raw && raw[key] !== null && typeof raw[key] !== "string") c.add(where, key, "fieldStringOrNull");
  if ("stage" in raw && !STAGES.includes(raw.stage as never)) c.add(where, "stage", "fieldOneOf", { values: STAGES.join(", ") });
  if ("rule" in raw && !RULE_KINDS.includes(raw.rule as never)) c.add(where, "rule", "ruleOneOf");
  if ("refs" in raw) {
    if (!Array.isArray(raw.refs)) c.add(where, "refs", "fieldArray");
    else if (raw.refs.length === 0) c.add(where, "refs", "fieldEmptyList");
    else raw.refs.forEach((ref, i) => !isText(ref) && c.add(where, `refs[${i}]`, "fieldString"));
  }
  if ("baseline" in raw && raw.baseline !== null) {
    const b = raw.baseline;
    if (!isObject(b)) c.add(where, "baseline", "fieldObject");
    else {
      checkKeys(c, where, "baseline.", b, ["year", "value"], ["printed", "inferred"]);
      if ("year" in b && !isYear(b.year)) c.add(where, "baseline.year", "fieldInteger");
      if ("value" in b && !isNumber(b.value)) c.add(where, "baseline.value", "fieldNumber");
      if ("printed" in b && typeof b.printed !== "string") c.add(where, "baseline.printed", "fieldString");
      if ("inferred" in b && typeof b.inferred !== "boolean") c.add(where, "baseline.inferred", "fieldBoolean");
    }
  }
  if ("target" in raw) {
    const t = raw.target;
    if (!isObject(t)) c.add(where, "target", "fieldObject");
    else {
      checkKeys(c, where, "target.", t, ["year", "value", "printed"], ["high", "inferred"]);
      if ("year" in t && !isYear(t.year)) c.add(where, "target.year", "fieldInteger");
      if ("value" in t && t.value !== null && !isNumber(t.value)) c.add(where, "target.value", "fieldNumberOrNull");
      if ("high" in t && !isNumber(t.high)) c.add(where, "target.high", "fieldNumber");
      if ("printed" in t && t.printed !== null && typeof t.printed !== "string") c.add(where, "target.printed", "fieldStringOrNull");
      if ("inferred" in t && typeof t.inferred !== "boolean") c.add(where, "target.inferred", "fieldBoolean");
      if (raw.rule === "between" && !("high" in t)) c.add(where, "target.high", "betweenNeedsHigh");
      if (raw.rule === "non_decreasing" && t.value !== null && "value" in t) c.add(where, "target.value", "nonDecreasingNoValue");
      if (raw.rule !== "non_decreasing" && RULE_KINDS.includes(raw.rule as never) && t.value === null) c.add(where, "target.value", "ruleNeedsValue");
    }
  }
}

/** Structure first; the semantic checks run only on a plan whose structure is sound. */
function checkSemantics(c: Collector, plan: Plan): void {
  const prefix = plan.id.split("-")[0];
  const seen = new Set<string>();
  const { start, end } = plan.period;
  if (start > end) c.add("plan", "period", "periodOrder");
  for (const indicator of plan.indicators) {
    const where = indicator.id;
    if (seen.has(indicator.id)) c.add(where, "id", "duplicateId", { id: indicator.id });
    seen.add(indicator.id);
    if (!indicator.id.startsWith(`${prefix}-`)) c.add(where, "id", "idPrefix", { prefix });
    const { baseline, target, rule } = indicator;
    if (baseline && baseline.year > target.year) c.add(where, "baseline.year", "yearOrder");
    for (const [field, year] of [["target.year", target.year], ["baseline.year", baseline?.year]] as const) {
      if (year !== undefined && (year < start - 10 || year > end + 10)) c.add(where, field, "yearOutsidePeriod", { start, end });
    }
    if (target.value !== null && target.high !== undefined && target.high < target.value) c.add(where, "target.high", "highBelowLow");
    if (isPercentUnit(indicator.unit)) {
      for (const [field, value] of [["target.value", target.value], ["target.high", target.high], ["baseline.value", baseline?.value]] as const) {
        // Above 100 can be real (a gross enrolment ratio of 108 %), so only a warning.
        if (typeof value === "number" && (value < 0 || value > 100)) c.add(where, field, "percentRange", {}, value > 100);
      }
    }
    if ((rule === "increase_by" || rule === "decrease_by") && target.value !== null && target.value <= 0) {
      c.add(where, "target.value", "changeNotPositive");
    }
    if (baseline && target.value !== null) {
      const worse =
        ((rule === "at_least" || rule === "greater_than" || rule === "ratio_at_least") && target.value < baseline.value) ||
        ((rule === "at_most" || rule === "less_than") && target.value > baseline.value);
      if (worse) c.add(where, "target.value", "targetBehindBaseline", {}, true);
    }
  }
}

export function validatePlan(raw: unknown, file = "plan"): PlanValidation {
  const c = new Collector(file);
  if (!isObject(raw)) {
    c.add("plan", "(root)", "fieldObject");
    return c;
  }
  checkKeys(c, "plan", "", raw, ["id", "title", "region", "issuer", "period", "source", "indicators", "projects"], ["document"]);
  if ("id" in raw && !(typeof raw.id === "string" && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(raw.id))) c.add("plan", "id", "fieldPattern", { example: "cixi-2021-2025" });
  for (const key of ["title", "issuer", "source"]) if (key in raw && !isText(raw[key])) c.add("plan", key, "fieldString");
  if ("document" in raw && !isText(raw.document)) c.add("plan", "document", "fieldString");
  if ("region" in raw) {
    const r = raw.region;
    if (!isObject(r)) c.add("plan", "region", "fieldObject");
    else {
      checkKeys(c, "plan", "region.", r, ["name", "level", "parent"]);
      if ("name" in r && !isText(r.name)) c.add("plan", "region.name", "fieldString");
      if ("level" in r && !LEVELS.includes(r.level as string)) c.add("plan", "region.level", "fieldOneOf", { values: LEVELS.join(", ") });
      if ("parent" in r && r.parent !== null && typeof r.parent !== "string") c.add("plan", "region.parent", "fieldStringOrNull");
    }
  }
  if ("period" in raw) {
    const p = raw.period;
    if (!isObject(p)) c.add("plan", "period", "fieldObject");
    else {
      checkKeys(c, "plan", "period.", p, ["start", "end"]);
      for (const key of ["start", "end"]) if (key in p && !isYear(p[key])) c.add("plan", `period.${key}`, "fieldInteger");
    }
  }
  if ("indicators" in raw) {
    if (!Array.isArray(raw.indicators)) c.add("plan", "indicators", "fieldArray");
    else if (raw.indicators.length === 0) c.add("plan", "indicators", "fieldEmptyList");
    else raw.indicators.forEach((indicator, i) => checkIndicator(c, indicator, i));
  }
  if ("projects" in raw && !Array.isArray(raw.projects)) c.add("plan", "projects", "fieldArray");
  if (c.errors.length === 0) checkSemantics(c, raw as unknown as Plan);
  return c;
}
