// Reads school data as the statistician has it (blocks copied from the annual returns' tables, CSV or
// .xlsx sheets) into the 学校数据 rows: headers matched by name and synonym over up to three header rows,
// 万元 / 元 read from the header, several blocks joined on 学校标识码 or the exact school name.
import { INPUT_COLUMNS, InputKey, SchoolCell, SchoolRow, parseCsv, splitDelimited } from "./balance-schools";
import { normalizeText } from "./parse";
import { LocalizedError } from "./errors";

/** A cell as a paste, a CSV or an .xlsx reader gives it. */
export type ImportCell = string | number | boolean | null | undefined;

/** Header texts (normalised: no spaces, no units, no punctuation) meaning each field. */
const SYNONYMS: Record<InputKey, string[]> = {
  code: ["学校标识码", "标识码", "学校代码", "学校识别码"],
  name: ["学校名称", "学校单位名称", "单位名称", "校名", "学校"],
  stage: ["学段"],
  type: ["学校类型"],
  urbanRural: ["城乡类别", "城乡分类", "城乡"],
  ownership: ["办学性质"],
  students: ["在校生数", "学生数", "在校学生数", "在校生", "在校学生", "学生人数"],
  classes: ["班级数", "班数", "教学班数"],
  maxClass: ["最大班额"],
  teachers: ["专任教师数", "专任教师", "专任教师人数"],
  qualified: ["高于规定学历教师数", "高于规定学历专任教师数", "高于规定学历", "高于规定学历教师"],
  backbone: ["县级及以上骨干教师数", "县级及以上骨干教师", "骨干教师数", "骨干教师"],
  peArt: [
    "体育艺术专任教师数",
    "体育艺术美术音乐专任教师数",
    "体育艺术专任教师",
    "体育艺术教师数",
    "体育艺术美术音乐专任教师",
  ],
  teachingArea: ["教学及辅助用房面积", "教学及辅助用房", "教学辅助用房面积"],
  sportsArea: ["体育运动场馆面积", "体育运动场馆", "体育场馆面积", "运动场馆面积"],
  equipment: ["教学仪器设备值", "仪器设备总值", "教学仪器设备总值", "仪器设备值", "教学仪器设备资产值"],
  multimedia: ["网络多媒体教室数", "网络多媒体教室", "多媒体教室数"],
  musicRooms: ["音乐教室数", "音乐专用教室数"],
  musicArea: ["音乐教室面积", "音乐专用教室面积"],
  artRooms: ["美术教室数", "美术专用教室数"],
  artArea: ["美术教室面积", "美术专用教室面积"],
};

/** Sub-headers under a merged header that mean "the whole of it". */
const TOTAL_WORDS = new Set(["合计", "小计", "总计", "计", "总数", "总量", "人数", "数量"]);
/** Rows that sum the schools, not schools. */
const TOTAL_ROW = /^(合计|总计|小计|全县|全区|全市|总数)$/;
const UNIT = /[（(]\s*(?:单位[:：])?\s*([^（()）]*)\s*[)）]/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MAX_HEADER_ROWS = 3;

/** A normalised header text: full-width made plain, units, spaces and punctuation taken out. */
export function headerKey(text: string): string {
  return normalizeText(text.replace(UNIT, ""))
    .replace(/^(其中|含)[:：]?/, "")
    .replace(/[、，,:：;；·.。\-_/（）()［］[\]"“”']/g, "");
}

const UNITS = new Set(["万元", "元", "平方米", "㎡", "m2", "人", "间", "个", "所", "班"]);

/** The unit a header names, in brackets ("（万元）") or as a sub-header of its own ("万元"). */
function unitOf(texts: string[]): string | null {
  for (const text of texts) {
    for (const match of text.matchAll(UNIT)) if (UNITS.has(normalizeText(match[1]))) return normalizeText(match[1]);
    const bare = normalizeText(text).replace(/^单位[:：]/, "");
    if (UNITS.has(bare)) return bare;
  }
  return null;
}

const SYNONYM_KEY = new Map<string, InputKey>();
for (const [key, names] of Object.entries(SYNONYMS) as [InputKey, string[]][])
  for (const name of names) SYNONYM_KEY.set(headerKey(name), key);

/** The field a header text names, or null. */
export function fieldOf(text: string): InputKey | null {
  return SYNONYM_KEY.get(headerKey(text)) ?? null;
}

export interface RecognisedColumn {
  /** 0-based column in its block. */
  column: number;
  /** The header as it stands, its rows joined with " / ". */
  header: string;
  key: InputKey;
  /** The unit the header names ("万元", "元" …), or null. */
  unit: string | null;
  /** Multiplier into the sheet's unit (元 → 万元: 0.0001). */
  scale: number;
}

export interface BlockReport {
  /** 1-based, as the clerk counts blocks. */
  block: number;
  /** Header rows found (1 to 3), their 1-based row numbers in the block. */
  headerRows: number[];
  columns: RecognisedColumn[];
  /** Headers not recognised, left out. */
  ignored: string[];
  /** Data rows read (totals and blank rows not counted). */
  rows: number;
  /** What rows of this block are joined on: "code" (学校标识码) or "name" (学校名称); null for the first. */
  joinedOn: "code" | "name" | null;
}

/** A row that could not be used, with the block and 1-based row it stands on. */
export interface UnmatchedRow {
  block: number;
  row: number;
  school: string;
  reason: { zh: string; en: string };
}

export interface ImportProblem {
  zh: string;
  en: string;
}

export interface SchoolImport {
  blocks: BlockReport[];
  schools: SchoolRow[];
  unmatched: UnmatchedRow[];
  /** Rows left out on purpose (totals), for the record. */
  skipped: UnmatchedRow[];
  problems: ImportProblem[];
}

export class SchoolImportError extends LocalizedError {}

const cellText = (cell: ImportCell): string =>
  cell === null || cell === undefined ? "" : typeof cell === "string" ? cell.trim() : String(cell);

/** A block copied from a spreadsheet: tab-separated, rows by line; quoted cells (with line breaks) kept whole. */
export function parsePastedBlock(text: string): string[][] {
  return splitDelimited(text, "\t");
}

/** A pasted block or a CSV file's text as cells: tabs mean a paste, otherwise CSV. */
export function textCells(text: string): string[][] {
  return text.includes("\t") ? parsePastedBlock(text) : parseCsv(text);
}

/** A numbering row under the headers (甲 乙 1 2 3 …), as the returns print them. */
function isNumberingRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "").map(normalizeText);
  if (filled.length < 3 || !filled.every((c) => /^([甲乙丙丁戊]|\d{1,3})$/.test(c))) return false;
  // The column numbers run 1, 2, 3 …: a school's row of small numbers does not.
  const numbers = filled.filter((c) => /^\d+$/.test(c)).map(Number);
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

const isNumeric = (cell: ImportCell) =>
  typeof cell === "number" || (typeof cell === "string" && PLAIN_NUMBER.test(normalizeText(cell)));

/** Per column the header's parts, top-down; a blank upper cell takes its left neighbour's (a merge). */
function headerParts(rows: string[][], width: number): string[][] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((cells, r) => {
    let carried = "";
    for (let c = 0; c < width; c++) {
      const own = cells[c] ?? "";
      const lowerFilled = rows.slice(r + 1).some((lower) => (lower[c] ?? "") !== "");
      // Merged across: blank in the paste, but the columns under it have their own sub-headers.
      const text = own !== "" ? own : r < rows.length - 1 && lowerFilled ? carried : "";
      if (own !== "") carried = own;
      else if (!lowerFilled) carried = "";
      if (text !== "") parts[c].push(text);
    }
  });
  return parts;
}

/**
 * The field of a column from its header parts, top-down: the most specific reading first (all parts
 * joined, then dropping the upper ones), a unit part ("万元") and a closing "合计" / "人数" set aside.
 * A parent alone never names a sub-column: "学生数 / 女" is not 学生数.
 */
function recognise(parts: string[]): InputKey | null {
  const keys = parts
    .filter((p) => !UNITS.has(normalizeText(p).replace(/^单位[:：]/, "")))
    .map(headerKey)
    .filter((k) => k !== "");
  if (keys.length > 1 && TOTAL_WORDS.has(keys[keys.length - 1])) keys.pop();
  for (let from = 0; from < keys.length; from++) {
    const key = SYNONYM_KEY.get(keys.slice(from).join(""));
    if (key) return key;
  }
  return null;
}

interface ReadBlock {
  report: BlockReport;
  rows: { row: number; school: SchoolRow }[];
}

function readBlock(
  cells: readonly (readonly ImportCell[])[],
  block: number,
  problems: ImportProblem[],
  skipped: UnmatchedRow[]
): ReadBlock {
  const texts = cells.map((row) => row.map(cellText));
  const width = Math.max(0, ...texts.map((r) => r.length));
  const first = texts.findIndex((row) => row.some((c) => c !== "" && fieldOf(c) !== null));
  if (first < 0)
    throw new SchoolImportError(
      `第${block}块：找不到列名（如“学校名称”“在校生数”）`,
      `block ${block}: no headers found (such as 学校名称 or 在校生数)`
    );
  // Header rows run until a row holds a number or a school (学校名称 spans the header rows merged, so
  // it is blank below its first); a numbering row 甲 乙 1 2 … ends them too.
  const schoolColumns = texts[first].flatMap((c, i) => (fieldOf(c) === "name" || fieldOf(c) === "code" ? [i] : []));
  const isHeaderRow = (r: number) =>
    !cells[r].some(isNumeric) && !isNumberingRow(texts[r]) && schoolColumns.every((c) => (texts[r][c] ?? "") === "");
  let end = first + 1;
  while (end < texts.length && end - first < MAX_HEADER_ROWS && isHeaderRow(end)) end++;
  const headerRows = texts.slice(first, end);
  let dataStart = end;
  while (dataStart < texts.length && isNumberingRow(texts[dataStart])) dataStart++;
  const parts = headerParts(headerRows, width);
  const columns: RecognisedColumn[] = [];
  const ignored: string[] = [];
  const taken = new Set<InputKey>();
  parts.forEach((p, column) => {
    if (p.length === 0) return;
    const header = p.join(" / ");
    const key = recognise(p);
    if (!key) {
      ignored.push(header);
      return;
    }
    if (taken.has(key)) {
      problems.push({
        zh: `第${block}块：“${header}”与前面的列同为“${columnHeader(key)}”，只取第一列`,
        en: `block ${block}: "${header}" is ${columnHeader(key)} again; only the first such column is read`,
      });
      return;
    }
    taken.add(key);
    const unit = unitOf(p);
    let scale = 1;
    if (key === "equipment") {
      if (unit === "元") scale = 0.0001;
      else if (unit !== "万元")
        problems.push({
          zh: `第${block}块：“${header}”未注明单位，按万元读取`,
          en: `block ${block}: "${header}" states no unit; read as 万元 (10,000 yuan)`,
        });
    }
    columns.push({ column, header, key, unit, scale });
  });
  const at = (key: InputKey) => columns.find((c) => c.key === key);
  const nameColumn = at("name");
  const codeColumn = at("code");
  if (!nameColumn && !codeColumn)
    throw new SchoolImportError(
      `第${block}块：没有“学校名称”或“学校标识码”列`,
      `block ${block}: has neither a 学校名称 nor a 学校标识码 column`
    );
  const rows: ReadBlock["rows"] = [];
  for (let r = dataStart; r < cells.length; r++) {
    const name = nameColumn ? (texts[r][nameColumn.column] ?? "") : "";
    const code = codeColumn ? (texts[r][codeColumn.column] ?? "") : "";
    if (name === "" && code === "") continue;
    if (TOTAL_ROW.test(normalizeText(name))) {
      skipped.push({
        block,
        row: r + 1,
        school: name,
        reason: { zh: "合计行，不作学校读取", en: "a totals row, not a school" },
      });
      continue;
    }
    const school: SchoolRow = {};
    for (const column of columns) school[column.key] = importValue(cells[r][column.column], column);
    rows.push({ row: r + 1, school });
  }
  return {
    report: {
      block,
      headerRows: headerRows.map((_h, i) => first + i + 1),
      columns,
      ignored,
      rows: rows.length,
      joinedOn: null,
    },
    rows,
  };
}

const columnHeader = (key: InputKey) => INPUT_COLUMNS.find((c) => c.key === key)!.header;

const NUMERIC_KEYS = new Set(INPUT_COLUMNS.filter((c) => c.numeric).map((c) => c.key));

/** A cell in the sheet's unit: numbers scaled, number texts (1,234 or full-width) read, other text kept as typed. */
function importValue(cell: ImportCell, column: RecognisedColumn): SchoolCell {
  const numeric = NUMERIC_KEYS.has(column.key);
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean") return String(cell);
  if (typeof cell === "number") return numeric ? scaled(cell, column.scale) : String(cell);
  const trimmed = cell.trim();
  if (trimmed === "") return null;
  if (!numeric) return trimmed;
  // Most cells are plain already; only the others (1,234, full-width digits) need normalising.
  const plain = PLAIN_NUMBER.test(trimmed) ? trimmed : normalizeText(trimmed);
  return PLAIN_NUMBER.test(plain) ? scaled(Number(plain), column.scale) : cell;
}

/** Scaled without binary noise (12345 元 → 1.2345 万元, not 1.2345000000000002). */
const scaled = (value: number, scale: number) => (scale === 1 ? value : Number((value * scale).toPrecision(12)));

const label = (school: SchoolRow) => String(school.name ?? school.code ?? "");

/**
 * Reads blocks of cells (the first names the schools; later ones add columns to them) into 学校数据 rows.
 * Later blocks join on 学校标识码 when both have it, else on the exact 学校名称 (with 学段 when both
 * have it); their rows that match no school, or several, are listed and not used. A value is never
 * replaced: a later block only fills a blank, and a different value is reported.
 */
export function importSchools(blocks: readonly (readonly (readonly ImportCell[])[])[]): SchoolImport {
  const problems: ImportProblem[] = [];
  const unmatched: UnmatchedRow[] = [];
  const skipped: UnmatchedRow[] = [];
  const nonEmpty = blocks.filter((b) => b.some((row) => row.some((c) => cellText(c) !== "")));
  if (nonEmpty.length === 0) throw new SchoolImportError("没有可读取的学校数据", "there is no school data to read");
  // Blocks keep their numbers as the clerk added them: an empty one among others is refused by name.
  const read = blocks.map((cells, i) => readBlock(cells, i + 1, problems, skipped));
  const base = read[0];
  const schools = base.rows.map((r) => ({ ...r.school }));
  const baseKeys = new Set(base.report.columns.map((c) => c.key));
  for (const other of read.slice(1)) {
    const keys = new Set(other.report.columns.map((c) => c.key));
    const on: "code" | "name" = baseKeys.has("code") && keys.has("code") ? "code" : "name";
    if (!keys.has(on) || !baseKeys.has(on)) {
      throw new SchoolImportError(
        `第${other.report.block}块无法与第1块对应：两块须都有“学校标识码”或都有“学校名称”`,
        `block ${other.report.block} cannot be joined to block 1: both need 学校标识码, or both 学校名称`
      );
    }
    other.report.joinedOn = on;
    const withStage = baseKeys.has("stage") && keys.has("stage");
    const keyOf = (school: SchoolRow) =>
      `${cellText(school[on]).replace(/\s+/g, "")}${withStage ? `\u0000${cellText(school.stage)}` : ""}`;
    const index = new Map<string, number[]>();
    schools.forEach((school, i) => index.set(keyOf(school), [...(index.get(keyOf(school)) ?? []), i]));
    for (const { row, school } of other.rows) {
      const found = index.get(keyOf(school)) ?? [];
      const where = { block: other.report.block, row, school: label(school) };
      if (found.length !== 1) {
        unmatched.push({
          ...where,
          reason:
            found.length === 0
              ? { zh: "第1块中没有这所学校", en: "no such school in block 1" }
              : { zh: "第1块中有多所学校与之对应", en: "several schools of block 1 match it" },
        });
        continue;
      }
      const target = schools[found[0]];
      for (const column of other.report.columns) {
        const value = school[column.key];
        if (value === null || value === undefined) continue;
        const current = target[column.key];
        if (current === null || current === undefined) target[column.key] = value;
        else if (current !== value && column.key !== on)
          problems.push({
            zh: `第${other.report.block}块第${row}行“${label(target)}”的“${columnHeader(column.key)}”为 ${value}，与已有的 ${current} 不同，保留已有值`,
            en: `block ${other.report.block} row ${row}, ${label(target)}: ${columnHeader(column.key)} is ${value}, not the ${current} already read; the first is kept`,
          });
      }
    }
  }
  const found = new Set(read.flatMap((b) => b.report.columns.map((c) => c.key)));
  const missing = INPUT_COLUMNS.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  if (missing.length > 0)
    problems.push({
      zh: `未找到必填的列：${missing.join("、")}（可在“学校数据”表中补填）`,
      en: `required columns not found: ${missing.join(", ")} (fill them in on the 学校数据 sheet)`,
    });
  return { blocks: read.map((b) => b.report), schools, unmatched, skipped, problems };
}

// ------------------------------------------------------------------------------------------------
// Into an existing 学校数据 sheet: empty rows only.

export interface Placement {
  /** 0-based index into the sheet's body rows where the new schools start. */
  start: number;
  /** The schools to write, in order (those already in the sheet left out). */
  schools: SchoolRow[];
  /** Already in the sheet (same 学校标识码 and 学段, or same name and 学段): not written again. */
  present: string[];
}

const identity = (school: SchoolRow) =>
  [cellText(school.code) || `名称:${cellText(school.name)}`, cellText(school.stage)].join("\u0000");

/**
 * Where imported schools go in a 学校数据 sheet whose body rows (input cells, in INPUT_COLUMNS order
 * of keys) are given: after its last row holding anything, in rows that are wholly empty. Throws, and
 * writes nothing, when the rows left (those with formulas) are too few.
 */
export function placeSchools(existing: readonly SchoolRow[], incoming: readonly SchoolRow[]): Placement {
  const filled = (row: SchoolRow) => Object.values(row).some((v) => cellText(v as ImportCell) !== "");
  let last = -1;
  existing.forEach((row, i) => {
    if (filled(row)) last = i;
  });
  const known = new Set(existing.filter(filled).map(identity));
  const present: string[] = [];
  const schools = incoming.filter((school) => {
    if (!known.has(identity(school))) return true;
    present.push(label(school));
    return false;
  });
  const room = existing.length - (last + 1);
  if (schools.length > room)
    throw new SchoolImportError(
      `“学校数据”表只剩 ${room} 个空行，放不下 ${schools.length} 所学校；请新建测算工作簿`,
      `the 学校数据 sheet has ${room} empty rows left, too few for ${schools.length} schools; insert a new workbook instead`
    );
  return { start: last + 1, schools, present };
}

/** A rectangle of values to write, 0-based within the sheet's used range. */
export interface CellWrite {
  row: number;
  column: number;
  values: SchoolCell[][];
}

export interface AppendPlan extends Placement {
  writes: CellWrite[];
  /** 1-based sheet rows the schools go to. */
  firstRow: number;
  lastRow: number;
}

/**
 * What to write into a 学校数据 sheet read back as values and formulas (from its top-left cell A1):
 * the header row is found by its 学校名称 and 在校生数 cells, body rows are those whose computed cells
 * hold formulas, and only input cells of wholly empty rows after the last filled one are written.
 */
export function planAppend(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  incoming: readonly SchoolRow[]
): AppendPlan {
  const headerRow = values.findIndex((row) => !!row && row.includes("学校名称") && row.includes("在校生数"));
  if (headerRow < 0)
    throw new SchoolImportError(
      "这不是 EduPlan 的“学校数据”表：找不到表头",
      "this is not EduPlan's 学校数据 sheet: no header row found"
    );
  const header = values[headerRow].map((c) => (typeof c === "string" ? c : ""));
  const inputs = INPUT_COLUMNS.map((c) => ({ key: c.key, column: header.indexOf(c.header) })).filter(
    (c) => c.column >= 0
  );
  const computed = header.indexOf("参评");
  const body: number[] = [];
  for (let r = headerRow + 1; r < Math.max(values.length, formulas.length); r++) {
    if (String(formulas[r]?.[computed] ?? "").startsWith("=")) body.push(r);
    else break;
  }
  const existing = body.map(
    (r) => Object.fromEntries(inputs.map((c) => [c.key, (values[r]?.[c.column] ?? null) as SchoolCell])) as SchoolRow
  );
  const placement = placeSchools(existing, incoming);
  const firstRow = body[0] ?? headerRow + 1;
  const start = firstRow + placement.start;
  // One write per run of adjacent input columns.
  const sorted = [...inputs].sort((a, b) => a.column - b.column);
  const writes: CellWrite[] = [];
  for (let i = 0; i < sorted.length && placement.schools.length > 0;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].column === sorted[j].column + 1) j++;
    const run = sorted.slice(i, j + 1);
    writes.push({
      row: start,
      column: run[0].column,
      values: placement.schools.map((school) => run.map((c) => school[c.key] ?? null)),
    });
    i = j + 1;
  }
  return { ...placement, writes, firstRow: start + 1, lastRow: start + placement.schools.length };
}
