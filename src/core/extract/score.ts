// Scores proposals against a hand-made plan file: a match is the same target (after unit conversion), year and rule, and a similar name.
import { Indicator } from "../plan";
import { dice } from "./extract";

const SCALE: Array<[RegExp, number, string]> = [
  [/^亿元$/, 1e8, "元"],
  [/^万元$/, 1e4, "元"],
  [/^千元$/, 1e3, "元"],
  [/^万人次$/, 1e4, "人次"],
  [/^万人$/, 1e4, "人"],
  [/^万平方米$/, 1e4, "平方米"],
];

/** A target in base units: 15 亿元 → 1.5e9 元, so 15亿元 and 150000万元 are the same target. */
export function baseValue(value: number | null, unit: string): number | null {
  if (value === null) return null;
  const scale = SCALE.find(([pattern]) => pattern.test(unit.trim()));
  return scale ? value * scale[1] : value;
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

export const NAME_DICE = 0.5;

export function matches(proposal: Indicator, truth: Indicator): boolean {
  return (
    proposal.rule === truth.rule &&
    proposal.target.year === truth.target.year &&
    sameValue(baseValue(proposal.target.value, proposal.unit), baseValue(truth.target.value, truth.unit)) &&
    dice(proposal.name, truth.name) >= NAME_DICE
  );
}

export interface Score {
  truth: number;
  proposed: number;
  matched: number;
  recall: number;
  precision: number;
  /** Indicators of the plan no proposal matched. */
  missed: Indicator[];
  /** Proposals that matched no indicator. */
  extra: Indicator[];
}

/** One-to-one matching, best name first, so a plan's two near-identical targets are both needed. */
export function score(proposals: readonly Indicator[], truth: readonly Indicator[]): Score {
  const pairs: Array<[number, number, number]> = [];
  proposals.forEach((p, i) =>
    truth.forEach((t, j) => {
      if (matches(p, t)) pairs.push([i, j, dice(p.name, t.name)]);
    })
  );
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedT = new Set<number>();
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedT.has(j)) continue;
    usedP.add(i);
    usedT.add(j);
  }
  const matched = usedT.size;
  return {
    truth: truth.length,
    proposed: proposals.length,
    matched,
    recall: truth.length ? matched / truth.length : 1,
    precision: proposals.length ? usedP.size / proposals.length : 1,
    missed: truth.filter((_, j) => !usedT.has(j)),
    extra: proposals.filter((_, i) => !usedP.has(i)),
  };
}
