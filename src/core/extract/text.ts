// Reading a plan's plain text: full-width folding that keeps offsets, and the figures that are not targets.

/** Full-width ASCII (０-９ Ａ-Ｚ ％ ． …) to half-width, one character for one, so offsets stay valid. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  );
}

/** Control characters and the bars a mirrored page leaves behind, as spaces; line ends kept. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b-\u200f\ufeff]/g, "")
    .replace(/(?:\s*\|){2,}/g, " ");
}

/** Characters common in traditional but not in simplified text: enough of them and the text is converted. */
const TRADITIONAL =
  /[學數發們這個區縣將實與為體國現與設續機構達覆蓋標準質師資時點優級畫規劃務養種類場務際關費銷價廣華網職導義務]/g;

export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  const hits = sample.match(TRADITIONAL)?.length ?? 0;
  return hits >= 5 && hits / Math.max(1, sample.length) > 0.002;
}

/**
 * Spans of a (width-folded) sentence that hold numbers which are not targets: document numbers, dates,
 * years, phone numbers, postcodes, street numbers, ordinals, URLs. Returned as [start, end) pairs.
 */
export function hazardSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const patterns = [
    /[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d+\s*号/g, // 文号 〔2023〕14号
    /[\u4e00-\u9fa5]{1,6}(?:发|办|字|函)\s*\d+\s*号/g,
    /(?:19|20)\d{2}\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)?\d{2,4}\s*年?/g, // 2021-2025年
    /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g,
    /\d{1,2}\s*月\s*\d{1,2}\s*日/g,
    /\d{1,2}\s*月(?:份|底|初|中旬|下旬|上旬)?/g,
    /(?:19|20)\d{2}(?=[)）\s]|$)/g,
    /(?:\+?86[-\s]?)?0\d{2,3}[-\s]?\d{7,8}/g, // phones
    /(?<!\d)1[3-9]\d{9}(?!\d)/g,
    /(?:邮编|邮政编码)[:：]?\s*\d{6}/g,
    /[\u4e00-\u9fa5]{1,8}(?:路|街|道|巷|弄)\s*\d+\s*号(?:\s*\d+\s*(?:室|楼|幢))?/g, // addresses
    /第\s*[\d一二三四五六七八九十百]+\s*[届次批轮期个条项名章节]?/g,
    /\d+\s*\+\s*\d+/g, // 3+4 programmes
    /\d+\s*[Gg](?![a-z])/g, // 5G
    /(?:https?:\/\/|www\.)\S+/g,
    /\d+(?:\.\d+)?\s*(?:后|岁|周岁|学年|届)/g,
    /[十百]?[一二三四五六七八九十]五/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

export function inSpans(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** Chinese numerals up to 九十九 (一, 十二, 两) as numbers, else null. */
export function chineseNumber(text: string): number | null {
  const digits: Record<string, number> = {
    零: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  if (!text) return null;
  if (text.length === 1 && text in digits) return digits[text];
  const ten = text.indexOf("十");
  if (ten < 0) return null;
  const high = ten === 0 ? 1 : digits[text[0]];
  const low = ten === text.length - 1 ? 0 : digits[text[ten + 1]];
  if (high === undefined || low === undefined || text.length > 3) return null;
  return high * 10 + low;
}
