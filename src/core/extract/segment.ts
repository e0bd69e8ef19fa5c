// A plan's text cut into passages, each with the chain of section markers it stands under (the seeds' refs).
import { chineseNumber } from "./text";

export type MarkerKind = "chapter" | "section" | "item" | "subitem" | "measure" | "label" | "table";

export interface Marker {
  kind: MarkerKind;
  /** Exactly as printed: "二、", "（三）", "3．", "〔举措11〕", "表1", "预期成果". */
  text: string;
  /** Its number, for sequence checks; 0 when it has none. */
  number: number;
  /** The words after it up to the end of the heading. */
  heading: string;
}

export interface Passage {
  markers: Marker[];
  /** The text under the innermost marker (prose) or the table's lines. */
  text: string;
  kind: "prose" | "table";
  /** Under a heading that reviews the past (成就, 回顾 …): its figures are achievements, not targets. */
  review: boolean;
  /** Offset of the passage's text in the cleaned input. */
  offset: number;
}

const LEVEL: Record<MarkerKind, number> = {
  table: 0,
  chapter: 0,
  section: 1,
  item: 2,
  measure: 2,
  subitem: 3,
  label: 4,
};
const HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
/** The characters a marker inside a line can start with (a label stands only at a line's start). */
const MARKER_FIRST = /[一二三四五六七八九十（(〔重表0-9０-９]/;
const MARKER_START = /^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|表\s*\d)/;
const REVIEW_LABEL = /问题|现状|成效|基础|背景/;
const REVIEW_HEADING = /成就|回顾|成效|现状|基础与|发展基础|形势|挑战|背景|发展环境|取得的/;

interface Candidate {
  kind: MarkerKind;
  pattern: RegExp;
  number: (m: RegExpExecArray) => number;
  /** Only at the start of a line, not after a full stop inside one. */
  lineStartOnly?: boolean;
}

const CANDIDATES: Candidate[] = [
  { kind: "table", pattern: /^表\s*(\d{1,2})(?![\d.．])/, number: (m) => Number(m[1]), lineStartOnly: true },
  { kind: "chapter", pattern: new RegExp(`^(${HAN_NUMBER})、`), number: (m) => chineseNumber(m[1]) ?? 0 },
  { kind: "section", pattern: new RegExp(`^[（(](${HAN_NUMBER})[）)]`), number: (m) => chineseNumber(m[1]) ?? 0 },
  { kind: "measure", pattern: /^〔[\u4e00-\u9fa5]{1,4}(\d{1,3})〕/, number: (m) => Number(m[1]) },
  {
    kind: "measure",
    pattern: new RegExp(`^重点(?:任务|工程|项目)(${HAN_NUMBER})`),
    number: (m) => chineseNumber(m[1]) ?? 0,
  },
  { kind: "item", pattern: /^(\d{1,2})[．.、](?![\d%％])/, number: (m) => Number(m[1]) },
  { kind: "subitem", pattern: /^[（(](\d{1,2})[）)]/, number: (m) => Number(m[1]) },
  { kind: "subitem", pattern: /^([一二三四五六七八九十])是/, number: (m) => chineseNumber(m[1]) ?? 0 },
  { kind: "label", pattern: /^([\u4e00-\u9fa5]{2,6})[:：]/, number: () => 0, lineStartOnly: true },
];

function headingOf(rest: string): string {
  const cut = rest.search(/[。；;：:！!？?\n]/);
  const head = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  return head.length > 40 ? "" : head;
}

/** Lines starting with a tab, eight or more in a run (blank lines between allowed): a table cell per line. */
function tableRuns(lines: string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let count = 0;
  let last = -1;
  const close = () => {
    if (start >= 0 && count >= 8) runs.push([start, last + 1]);
    start = -1;
    count = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("\t")) {
      if (start < 0) start = i;
      count++;
      last = i;
    } else if (line.trim() === "") {
      continue;
    } else if (
      start >= 0 &&
      line.trim().length <= 60 &&
      !MARKER_START.test(line.trim()) &&
      lines
        .slice(i + 1, i + 4)
        .find((l) => l.trim() !== "")
        ?.startsWith("\t")
    ) {
      // A cell whose text wrapped onto a line of its own ("十三五\n数据").
      last = i;
    } else {
      close();
    }
  }
  close();
  return runs;
}

class Chain {
  markers: Marker[] = [];
  private lastNumber: Partial<Record<string, number>> = {};

  /** A marker is taken when it starts a count (1, 一) or follows the last one of its kind. */
  accepts(kind: MarkerKind, number: number, pattern: string): boolean {
    if (kind === "label") return true;
    const key = `${kind}:${pattern}`;
    const last = this.lastNumber[key];
    // The first of a kind is taken whatever its number: a clerk may paste a plan from its third chapter.
    return last === undefined || number === 1 || number === last + 1 || (kind === "table" && number > 0);
  }

  push(marker: Marker, pattern: string): void {
    this.lastNumber[`${marker.kind}:${pattern}`] = marker.number;
    const level = LEVEL[marker.kind];
    this.markers = this.markers.filter(
      (m) => LEVEL[m.kind] < level && (marker.kind !== "chapter" || m.kind !== "table")
    );
    if (marker.kind === "table") this.markers = [];
    this.markers.push(marker);
  }
}

/** Cuts text into passages, tracking the marker chain; tables become passages of their own. */
export function segment(text: string): Passage[] {
  const lines = text.split("\n");
  const runs = tableRuns(lines);
  const chain = new Chain();
  const passages: Passage[] = [];
  let buffer = "";
  let bufferOffset = 0;
  let offset = 0;
  // A section that reviews the past, or a 问题描述 / 现状 label of a work item.
  const review = () =>
    chain.markers.some((m) => REVIEW_HEADING.test(m.heading) || (m.kind === "label" && REVIEW_LABEL.test(m.text)));
  const flush = () => {
    if (buffer.trim())
      passages.push({
        markers: [...chain.markers],
        text: buffer,
        kind: "prose",
        review: review(),
        offset: bufferOffset,
      });
    buffer = "";
  };
  const lineOffsets: number[] = [];
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  let runIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    const run = runs[runIndex];
    if (run && i === run[0]) {
      flush();
      const markers = [...chain.markers];
      passages.push({
        markers,
        text: lines.slice(run[0], run[1]).join("\n"),
        kind: "table",
        review: false,
        offset: lineOffsets[i],
      });
      i = run[1] - 1;
      runIndex++;
      continue;
    }
    scanLine(lines[i], lineOffsets[i]);
  }
  flush();
  return passages;

  function scanLine(line: string, lineOffset: number): void {
    let position = 0;
    const body = line;
    let segmentStart = 0;
    const firstText = body.search(/\S/);
    scan: while (position <= body.length) {
      // Candidates: the line's first non-space character, or one after a full stop / semicolon / space.
      const atLineStart = firstText < 0 || position <= firstText;
      const before = position > 0 ? body[position - 1] : "";
      const boundary = atLineStart || /[。；;！!？?\s]/.test(before);
      if (boundary && position < body.length && (atLineStart || MARKER_FIRST.test(body[position]))) {
        // Sticky copies of the patterns read at the position without slicing a long line each time.
        const rest = body.slice(position, position + 80);
        for (const candidate of CANDIDATES) {
          if (candidate.lineStartOnly && !atLineStart) continue;
          const m = candidate.pattern.exec(rest);
          if (m && m[0].length > rest.length - 1 && position + 80 < body.length) continue;
          if (!m) continue;
          const number = candidate.number(m);
          if (!chain.accepts(candidate.kind, number, candidate.pattern.source)) continue;
          buffer += body.slice(segmentStart, position);
          flush();
          const marker: Marker = {
            kind: candidate.kind,
            text: m[0].replace(/[:：]$/, ""),
            number,
            heading: headingOf(rest.slice(m[0].length)),
          };
          chain.push(marker, candidate.pattern.source);
          position += m[0].length;
          segmentStart = position;
          bufferOffset = lineOffset + position;
          continue scan;
        }
      }
      position++;
    }
    if (!buffer) bufferOffset = lineOffset + segmentStart;
    buffer += body.slice(segmentStart) + "\n";
  }
}

/** The ref as the seeds write it: markers joined by single spaces. */
export function refOf(markers: readonly Marker[]): string {
  return markers.map((m) => m.text).join(" ");
}
