// Resolves a plan reference ("二、 （三） 3．", "表1 6．") in the plan's text, as seeds/README.md
// describes, so tests can check every printed figure stands where its reference says.

/** Full-width ASCII and the ideographic space made plain, one character for one, so offsets hold. */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const CHINESE_DIGITS = "零一二三四五六七八九";

function chineseToNumber(text: string): number | null {
  if (!/^[零一二三四五六七八九十]+$/.test(text)) return null;
  if (text === "十") return 10;
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const t = text.includes("十") ? (tens === "" ? 1 : CHINESE_DIGITS.indexOf(tens)) : 0;
  const o = ones === "" ? 0 : CHINESE_DIGITS.indexOf(ones);
  return t * 10 + o;
}

function numberToChinese(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${ones === 0 ? "" : CHINESE_DIGITS[ones]}`;
}

/** The marker that follows this one at the same level: 3. → 4., (三) → (四), 表1 → 表2, 一是 → 二是. */
export function nextSibling(marker: string): string | null {
  let m = /^(\d+)([.、])$/.exec(marker);
  if (m) return `${Number(m[1]) + 1}${m[2]}`;
  m = /^\((\d+)\)$/.exec(marker);
  if (m) return `(${Number(m[1]) + 1})`;
  m = /^表(\d+)$/.exec(marker);
  if (m) return `表${Number(m[1]) + 1}`;
  m = /^重点任务([零一二三四五六七八九十]+)$/.exec(marker);
  if (m) return `重点任务${numberToChinese(chineseToNumber(m[1])! + 1)}`;
  m = /^〔举措(\d+)〕$/.exec(marker);
  if (m) return `〔举措${Number(m[1]) + 1}〕`;
  m = /^\(([零一二三四五六七八九十]+)\)$/.exec(marker);
  if (m) return `(${numberToChinese(chineseToNumber(m[1])! + 1)})`;
  m = /^([零一二三四五六七八九十]+)([、是])$/.exec(marker);
  if (m) return `${numberToChinese(chineseToNumber(m[1])! + 1)}${m[2]}`;
  m = /^第([零一二三四五六七八九十]+)([章节条部分]+)$/.exec(marker);
  if (m) return `第${numberToChinese(chineseToNumber(m[1])! + 1)}${m[2]}`;
  return null;
}

/** Finds a marker at or after `from`, before `to`, not as part of a larger number or word. */
function findMarker(text: string, marker: string, from: number, to: number): number {
  const numeric = /^\d/.test(marker);
  const table = marker.startsWith("表");
  const chineseOrdinal = /^[零一二三四五六七八九十]+[、是]$/.test(marker);
  for (let at = text.indexOf(marker, from); at >= 0 && at < to; at = text.indexOf(marker, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + marker.length] ?? "";
    if (numeric && (/[\d.]/.test(before) || /\d/.test(after))) continue;
    if (table && /\d/.test(after)) continue;
    if (chineseOrdinal && /[零一二三四五六七八九十第]/.test(before)) continue;
    // "重点任务二" must not match the start of "重点任务二十"
    if (/[零一二三四五六七八九十]$/.test(marker) && /[零一二三四五六七八九十]/.test(after)) continue;
    return at;
  }
  return -1;
}

export type Located = { start: number; end: number } | { error: string };

export function locate(source: string, ref: string): Located {
  const text = normalizeWidth(source);
  const markers = normalizeWidth(ref).split(" ").filter(Boolean);
  if (markers.length === 0) return { error: "empty reference" };
  let start = 0;
  let end = text.length;
  for (const marker of markers) {
    const at = findMarker(text, marker, start, end);
    if (at < 0) return { error: `marker "${marker}" not found after offset ${start}` };
    const sibling = nextSibling(marker);
    const next = sibling ? findMarker(text, sibling, at + marker.length, end) : -1;
    start = at;
    end = next >= 0 ? next : end;
  }
  return { start, end };
}

/** The text a reference points to, normalised; null with the reason when it does not resolve. */
export function passage(source: string, ref: string): { text: string } | { error: string } {
  const located = locate(source, ref);
  if ("error" in located) return located;
  return { text: normalizeWidth(source).slice(located.start, located.end) };
}
