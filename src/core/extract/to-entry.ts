// Accepted proposals as rows of the 规划录入表 (entry.ts), so a plan from its text takes the entry sheet's road.
import { ATTRIBUTE_LABELS, EntryColumnKey, PlanLabelKey } from "../entry";
import { RULE_LABELS } from "../rules";
import type { Extraction, Proposal } from "./extract";

/** One entry-table row per proposal: the rule as its Chinese label, blanks where the plan gives none. */
export function entryRows(proposals: readonly Proposal[]): Record<EntryColumnKey, string | number>[] {
  return proposals.map((p) => ({
    category: p.category,
    name: p.name,
    group: p.group ?? "",
    unit: p.unit,
    rule: RULE_LABELS[p.rule]["zh-CN"],
    baselineYear: p.baseline?.year ?? "",
    baseline: p.baseline?.value ?? "",
    targetYear: p.target.year,
    target: p.target.value ?? "",
    high: p.target.high ?? "",
    attribute: p.attribute ? ATTRIBUTE_LABELS[p.attribute] : "",
    responsible: p.responsible ?? "",
    ref: p.refs.join("；"),
    note: [p.note, p.target.printed && p.target.printed !== String(p.target.value) ? `原文：${p.target.printed}` : null]
      .filter(Boolean)
      .join("；"),
  }));
}

/** The labelled cells a text gives: its title and period; the rest the clerk fills in. */
export function entryHead(extraction: Pick<Extraction, "title" | "period">): Partial<Record<PlanLabelKey, string>> {
  const head: Partial<Record<PlanLabelKey, string>> = {};
  if (extraction.title) head.title = extraction.title;
  if (extraction.period) {
    head.start = String(extraction.period.start);
    head.end = String(extraction.period.end);
  }
  return head;
}
