// The clerk's review of proposals: accept, edit or reject each; only accepted ones go on to the entry sheet.
import { RuleKind } from "../plan";
import type { Proposal } from "./extract";

export type Verdict = "pending" | "accepted" | "rejected";

export interface Reviewed {
  proposal: Proposal;
  verdict: Verdict;
}

/** What a clerk may change in the pane; the rest is edited in the entry sheet. */
export interface ProposalEdit {
  name?: string;
  unit?: string;
  rule?: RuleKind;
  targetYear?: number;
  target?: number | null;
}

export function startReview(proposals: readonly Proposal[]): Reviewed[] {
  return proposals.map((proposal) => ({ proposal, verdict: "pending" }));
}

export function decide(review: readonly Reviewed[], index: number, verdict: Verdict): Reviewed[] {
  return review.map((r, i) => (i === index ? { ...r, verdict } : r));
}

export function decideAll(review: readonly Reviewed[], verdict: Verdict): Reviewed[] {
  return review.map((r) => (r.verdict === "pending" ? { ...r, verdict } : r));
}

/** An edit is an acceptance of the edited proposal; a blank name keeps the old one. */
export function edit(review: readonly Reviewed[], index: number, change: ProposalEdit): Reviewed[] {
  return review.map((r, i) => {
    if (i !== index) return r;
    const p = r.proposal;
    const name = change.name?.trim() || p.name;
    const target = {
      ...p.target,
      ...(change.targetYear !== undefined && Number.isInteger(change.targetYear)
        ? { year: change.targetYear, inferred: false }
        : {}),
      ...(change.target !== undefined && (change.target === null || Number.isFinite(change.target))
        ? { value: change.target }
        : {}),
    };
    return {
      verdict: "accepted",
      proposal: { ...p, name, unit: change.unit ?? p.unit, rule: change.rule ?? p.rule, target },
    };
  });
}

export function accepted(review: readonly Reviewed[]): Proposal[] {
  return review.filter((r) => r.verdict === "accepted").map((r) => r.proposal);
}
