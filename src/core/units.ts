// Units as plans write them: which are percentages (stored as Excel fractions), counts, money.
import { tidy } from "./parse";

export const PERCENT_UNITS = ["%", "％", "个百分点", "百分点"];
const COUNT_UNIT = /^(所|个|人|名|家|项|次|座|班|间|台|套|本|册|门|支|批|处|条|场|节|期|篇|只|张|位|户|园|校|类|种|部)$/;
export const MONEY_UNIT = /元$/;

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.includes(unit.trim());
}

export function isCountUnit(unit: string): boolean {
  return COUNT_UNIT.test(unit.trim());
}

/** A plan figure as the sheet stores it: percentages as Excel fractions (86.4 % → 0.864). */
export function toSheetValue(value: number, unit: string): number {
  return isPercentUnit(unit) ? tidy(value / 100) : value;
}

