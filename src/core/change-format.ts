// How a gap or a change per year reads in the plan's unit: 个百分点 for % rows (the number × 100),
// else the row's own unit, signed as 提高 / 降低; shared by the template's 今后每年需 and the report.
import { Language } from "./messages";
import { isCountUnit, isPercentUnit } from "./units";

export const CHANGE_WORDS = {
  points: { "zh-CN": "个百分点", "en-US": " pp" },
  raise: { "zh-CN": "提高", "en-US": "+" },
  lower: { "zh-CN": "降低", "en-US": "−" },
} satisfies Record<string, Record<Language, string>>;

/** A unit as literal text inside a number format. */
export const literal = (text: string) => (text ? `"${text.replace(/"/g, "")}"` : "");

/** The scale (100 for % rows, whose cells hold fractions) and the number format of a change. */
export function changeFormat(unit: string, language: Language, signed: boolean): { scale: number; format: string } {
  const percent = isPercentUnit(unit.trim());
  const scale = percent ? 100 : 1;
  const u = percent ? CHANGE_WORDS.points[language] : unit.trim();
  const body = `${percent || isCountUnit(unit.trim()) ? "0.0" : "General"}${literal(u)}`;
  if (!signed) return { scale, format: body };
  const [up, down] = [literal(CHANGE_WORDS.raise[language]), literal(CHANGE_WORDS.lower[language])];
  return { scale, format: `${up}${body};${down}${body};0` };
}
