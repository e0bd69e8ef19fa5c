// School-level data of the 义务教育优质均衡 assessment (MOE 教督〔2017〕6号): the columns of the
// 学校数据 sheet, reading a CSV of the annual returns, and the core's own evaluation of every row,
// which the workbook's native formulas must reproduce cell for cell.
import { differenceCoefficient, schoolMeets } from "./balance";
import { LocalizedError } from "./errors";

/** A cell of the school list as typed: a number, text (kept as typed and flagged), or blank. */
export type SchoolCell = number | string | null;

export type InputKey =
  | "code"
  | "name"
  | "stage"
  | "type"
  | "urbanRural"
  | "ownership"
  | "students"
  | "classes"
  | "maxClass"
  | "teachers"
  | "qualified"
  | "backbone"
  | "peArt"
  | "teachingArea"
  | "sportsArea"
  | "equipment"
  | "multimedia"
  | "musicRooms"
  | "musicArea"
  | "artRooms"
  | "artArea";

export interface InputColumn {
  key: InputKey;
  /** The CSV header and the sheet's column header, exactly. */
  header: string;
  required: boolean;
  numeric: boolean;
  width: number;
}

export const INPUT_COLUMNS: readonly InputColumn[] = [
  { key: "code", header: "学校标识码", required: false, numeric: false, width: 12 },
  { key: "name", header: "学校名称", required: true, numeric: false, width: 18 },
  { key: "stage", header: "学段", required: true, numeric: false, width: 6 },
  { key: "type", header: "学校类型", required: true, numeric: false, width: 8 },
  { key: "urbanRural", header: "城乡类别", required: false, numeric: false, width: 7 },
  { key: "ownership", header: "办学性质", required: false, numeric: false, width: 7 },
  { key: "students", header: "在校生数", required: true, numeric: true, width: 7 },
  { key: "classes", header: "班级数", required: true, numeric: true, width: 6 },
  { key: "maxClass", header: "最大班额", required: true, numeric: true, width: 6 },
  { key: "teachers", header: "专任教师数", required: true, numeric: true, width: 7 },
  { key: "qualified", header: "高于规定学历教师数", required: true, numeric: true, width: 8 },
  { key: "backbone", header: "县级及以上骨干教师数", required: true, numeric: true, width: 8 },
  { key: "peArt", header: "体育艺术专任教师数", required: true, numeric: true, width: 8 },
  { key: "teachingArea", header: "教学及辅助用房面积", required: true, numeric: true, width: 9 },
  { key: "sportsArea", header: "体育运动场馆面积", required: true, numeric: true, width: 9 },
  { key: "equipment", header: "教学仪器设备值（万元）", required: true, numeric: true, width: 9 },
  { key: "multimedia", header: "网络多媒体教室数", required: true, numeric: true, width: 8 },
  { key: "musicRooms", header: "音乐教室数", required: false, numeric: true, width: 6 },
  { key: "musicArea", header: "音乐教室面积", required: false, numeric: true, width: 7 },
  { key: "artRooms", header: "美术教室数", required: false, numeric: true, width: 6 },
  { key: "artArea", header: "美术教室面积", required: false, numeric: true, width: 7 },
];

export type SchoolRow = Partial<Record<InputKey, SchoolCell>>;

export type Stage = "小学" | "初中";
export const STAGES: readonly Stage[] = ["小学", "初中"];

export type IndicatorKey =
  "qualified" | "backbone" | "peArt" | "teachingArea" | "sportsArea" | "equipment" | "multimedia";

export interface ResourceIndicator {
  key: IndicatorKey;
  name: string;
  unit: string;
  /** National standard (MOE 教督〔2017〕6号 第五条). */
  national: Record<Stage, number>;
  /** Per 100 students (×100), per student, or per student from 万元 (×10000). */
  scale: number;
  /** Shared by the parts of one school, so split by the share parameter. */
  shared: boolean;
}

export const RESOURCE_INDICATORS: readonly ResourceIndicator[] = [
  {
    key: "qualified",
    name: "每百名学生拥有高于规定学历教师数",
    unit: "人",
    national: { 小学: 4.2, 初中: 5.3 },
    scale: 100,
    shared: false,
  },
  {
    key: "backbone",
    name: "每百名学生拥有县级及以上骨干教师数",
    unit: "人",
    national: { 小学: 1, 初中: 1 },
    scale: 100,
    shared: false,
  },
  {
    key: "peArt",
    name: "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
    unit: "人",
    national: { 小学: 0.9, 初中: 0.9 },
    scale: 100,
    shared: false,
  },
  {
    key: "teachingArea",
    name: "生均教学及辅助用房面积",
    unit: "㎡",
    national: { 小学: 4.5, 初中: 5.8 },
    scale: 1,
    shared: true,
  },
  {
    key: "sportsArea",
    name: "生均体育运动场馆面积",
    unit: "㎡",
    national: { 小学: 7.5, 初中: 10.2 },
    scale: 1,
    shared: true,
  },
  {
    key: "equipment",
    name: "生均教学仪器设备值",
    unit: "元",
    national: { 小学: 2000, 初中: 2500 },
    scale: 10000,
    shared: true,
  },
  {
    key: "multimedia",
    name: "每百名学生拥有网络多媒体教室数",
    unit: "间",
    national: { 小学: 2.3, 初中: 2.4 },
    scale: 100,
    shared: true,
  },
];

/** Short names for the 最薄弱指标 column. */
export const SHORT_NAMES: Record<IndicatorKey, string> = {
  qualified: "高于规定学历教师",
  backbone: "骨干教师",
  peArt: "体育艺术教师",
  teachingArea: "教学及辅助用房",
  sportsArea: "体育运动场馆",
  equipment: "教学仪器设备值",
  multimedia: "网络多媒体教室",
};

/** The editable parameters (本地标准), national values by default. */
export interface BalanceStandards {
  indicators: Record<IndicatorKey, Record<Stage, number>>;
  coefficient: Record<Stage, number>;
  /** A school's remaining indicator must reach this share of its standard. */
  floor: number;
  minMet: number;
  /** 教学点 below this many students are left out. */
  smallSite: number;
  /** Coefficients within this distance of the threshold are 临界. */
  band: number;
  /** Weights of each part's students when shared resources are split (1 : 1 : 1 = by students). */
  splitWeights: { 小学: number; 初中: number; 高中: number };
  /** 政府保障 items computed per school. */
  classLimit: Record<Stage, number>;
  schoolLimit: number;
  /** A school of several parts (九年/十二年一贯制), as a whole. */
  throughSchoolLimit: number;
  classesPerRoom: number;
  musicArea: number;
  artArea: number;
}

export function nationalStandards(): BalanceStandards {
  return {
    indicators: Object.fromEntries(
      RESOURCE_INDICATORS.map((i) => [i.key, { ...i.national }])
    ) as BalanceStandards["indicators"],
    coefficient: { 小学: 0.5, 初中: 0.45 },
    floor: 0.85,
    minMet: 6,
    smallSite: 50,
    band: 0.005,
    splitWeights: { 小学: 1, 初中: 1, 高中: 1 },
    classLimit: { 小学: 45, 初中: 50 },
    schoolLimit: 2000,
    throughSchoolLimit: 2500,
    classesPerRoom: 12,
    musicArea: 96,
    artArea: 90,
  };
}

/** The former weights for shared resources, 小学 : 初中 : 高中 = 1 : 1.1 : 1.32. */
export const LEGACY_SPLIT_WEIGHTS = { 小学: 1, 初中: 1.1, 高中: 1.32 } as const;

// ---------------------------------------------------------------------------------------------
// CSV

export class SchoolListError extends LocalizedError {}

/** Rows of fields split by `separator`, RFC 4180 style: quoted fields (holding separators, line breaks
 * and doubled quotes), CRLF or LF; a UTF-8 byte-order mark is dropped. Blank rows are kept. */
export function splitDelimited(text: string, separator: "," | "\t"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** RFC 4180 fields: quotes, doubled quotes, CRLF; a UTF-8 byte-order mark and blank rows are dropped. */
export function parseCsv(text: string): string[][] {
  return splitDelimited(text, ",").filter((r) => r.some((cell) => cell.trim() !== ""));
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A CSV field as a cell: plain numbers become numbers, anything else stays text exactly as typed. */
export function csvCell(field: string, numeric: boolean): SchoolCell {
  const trimmed = field.trim();
  if (trimmed === "") return null;
  if (numeric && PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  return numeric ? field : trimmed;
}

/** Reads a school list; headers exactly as INPUT_COLUMNS, optional ones may be absent, others are ignored. */
export function readSchoolCsv(text: string): SchoolRow[] {
  const [headers, ...rows] = parseCsv(text);
  if (!headers) throw new SchoolListError("学校数据文件为空", "the school list is empty");
  const names = headers.map((h) => h.trim());
  const missing = INPUT_COLUMNS.filter((c) => c.required && !names.includes(c.header)).map((c) => c.header);
  if (missing.length > 0) {
    throw new SchoolListError(
      `学校数据缺少必需的列：${missing.join("、")}`,
      `the school list lacks required columns: ${missing.join(", ")}`
    );
  }
  return rows.map((fields) => {
    const school: SchoolRow = {};
    for (const column of INPUT_COLUMNS) {
      const at = names.indexOf(column.header);
      if (at >= 0) school[column.key] = csvCell(fields[at] ?? "", column.numeric);
    }
    return school;
  });
}

// ---------------------------------------------------------------------------------------------
// The core's evaluation: what every computed cell of the workbook must show.

/** Excel's N(): numbers as they are, anything else 0. */
const n = (cell: SchoolCell | undefined): number => (typeof cell === "number" ? cell : 0);
const text = (cell: SchoolCell | undefined): string => (cell === null || cell === undefined ? "" : String(cell));
/** Excel's ROUND(x, 9), half away from zero, for comparisons free of binary noise. */
export const round9 = (x: number): number => (Math.sign(x) * Math.round(Math.abs(x) * 1e9)) / 1e9;

export type IndicatorVerdict = "达标" | "基本达标" | "未达标";

export interface SchoolResult {
  /** Blank row (no 学校名称): nothing computed. */
  blank: boolean;
  inScope: boolean;
  /** Why the row is left out ("" when in scope or blank). */
  reason: string;
  share: number | "";
  values: Record<IndicatorKey, number | "">;
  standards: Record<IndicatorKey, number | "">;
  verdicts: Record<IndicatorKey, IndicatorVerdict | "">;
  metCount: number | "";
  verdict: "达标" | "未达标" | "";
  weakest: string;
  /** Government items computable per school: 达标 / 未达标 / 无数据, "" out of scope. */
  classSize: string;
  schoolSize: string;
  musicRooms: string;
  artRooms: string;
  /** Input-check messages of the row, in check order. */
  messages: string[];
}

export interface StageSummary {
  stage: Stage;
  schools: number;
  students: number;
  /** Per indicator: weighted mean, S, CV ("" when no school in scope; an error code for a zero mean). */
  indicators: Record<IndicatorKey, { mean: number | ""; sd: number | ""; cv: number | string; status: string }>;
  composite: number | string;
  compositeStatus: string;
  schoolsMeeting: number;
  shareMeeting: number | "";
}

export interface BalanceEvaluation {
  rows: SchoolResult[];
  stages: Record<Stage, StageSummary>;
}

const stageOf = (row: SchoolRow): string => text(row.stage);

function scopeReason(row: SchoolRow, standards: BalanceStandards): string {
  const stage = stageOf(row);
  const type = text(row.type);
  if (stage === "高中") return "高中部不参评";
  if (stage !== "小学" && stage !== "初中") return "学段无法识别";
  if (type === "特殊教育") return "特殊教育学校不参评";
  if (type !== "普通" && type !== "教学点") return "学校类型无法识别";
  if (!(typeof row.students === "number" && row.students > 0)) return "在校生数须大于0";
  if (type === "教学点" && row.students < standards.smallSite) return "教学点学生不足规定人数，不参评";
  return "";
}

/** The input checks (表内审核), each with its severity; `cells` are the columns it marks. */
export interface InputCheck {
  id: string;
  severity: "错误" | "提示";
  message: string;
  cells: InputKey[];
  /**
   * Whether a row fails it (rows without 学校名称 are never checked). `namesakes`: rows of its name and
   * stage; `part`: one of several rows sharing a 学校标识码, whose shared resources may stand on another part's row.
   */
  fails: (row: SchoolRow, namesakes: number, part: boolean) => boolean;
}

const REQUIRED_NUMERIC = INPUT_COLUMNS.filter((c) => c.required && c.numeric).map((c) => c.key);
const NUMERIC = INPUT_COLUMNS.filter((c) => c.numeric).map((c) => c.key);
const isNum = (cell: SchoolCell | undefined): cell is number => typeof cell === "number";
/** Resources the parts of one school share: entered on any part's row (or split across them). */
export const SHARED: readonly InputKey[] = ["teachingArea", "sportsArea", "equipment", "multimedia"];

export const INPUT_CHECKS: readonly InputCheck[] = [
  {
    id: "required",
    severity: "错误",
    message: "必填数值为空或不是数字",
    cells: REQUIRED_NUMERIC,
    fails: (row, _namesakes, part) =>
      REQUIRED_NUMERIC.some((key) =>
        part && SHARED.includes(key)
          ? row[key] !== null && row[key] !== undefined && !isNum(row[key])
          : !isNum(row[key])
      ),
  },
  {
    id: "negative",
    severity: "错误",
    message: "数值不能为负",
    cells: NUMERIC,
    fails: (row) => NUMERIC.some((key) => isNum(row[key]) && (row[key] as number) < 0),
  },
  {
    id: "students",
    severity: "错误",
    message: "在校生数须大于0",
    cells: ["students"],
    fails: (row) => isNum(row.students) && row.students <= 0,
  },
  ...(["qualified", "backbone", "peArt"] as const).map((key): InputCheck => ({
    id: `${key}>teachers`,
    severity: "错误",
    message: `${INPUT_COLUMNS.find((c) => c.key === key)!.header}大于专任教师数`,
    cells: [key],
    fails: (row) => isNum(row[key]) && isNum(row.teachers) && (row[key] as number) > row.teachers,
  })),
  {
    id: "maxClass",
    severity: "错误",
    message: "最大班额小于平均班额（在校生数÷班级数）",
    cells: ["maxClass"],
    fails: (row) =>
      isNum(row.maxClass) &&
      isNum(row.students) &&
      isNum(row.classes) &&
      row.classes > 0 &&
      round9(row.maxClass - row.students / row.classes) < 0,
  },
  {
    id: "stageType",
    severity: "错误",
    message: "学段须为小学、初中或高中，学校类型须为普通、特殊教育或教学点",
    cells: ["stage", "type"],
    fails: (row) =>
      !["小学", "初中", "高中"].includes(stageOf(row)) || !["普通", "特殊教育", "教学点"].includes(text(row.type)),
  },
  {
    id: "noTeachers",
    severity: "提示",
    message: "专任教师数为0",
    cells: ["teachers"],
    fails: (row) => isNum(row.teachers) && row.teachers === 0 && isNum(row.students) && row.students > 0,
  },
  {
    id: "duplicate",
    severity: "提示",
    message: "同一学段有同名学校",
    cells: ["name"],
    fails: (row, namesakes) => text(row.stage) !== "" && namesakes > 1,
  },
];

/** A row's 7 per-student values ("" when it has no students), shared resources split by its share. */
function indicatorValues(
  row: SchoolRow,
  share: number | "",
  whole: (key: IndicatorKey) => number
): Record<IndicatorKey, number | ""> {
  const computable = isNum(row.students) && row.students > 0 && share !== "";
  return Object.fromEntries(
    RESOURCE_INDICATORS.map((indicator) => {
      if (!computable) return [indicator.key, ""];
      // A shared resource is the whole school's, however its parts' rows hold it, split by the share.
      const amount = indicator.shared
        ? whole(indicator.key) * indicator.scale * (share as number)
        : n(row[indicator.key]) * indicator.scale;
      return [indicator.key, amount / (row.students as number)];
    })
  ) as Record<IndicatorKey, number | "">;
}

function splitWeight(row: SchoolRow, standards: BalanceStandards): number {
  const stage = stageOf(row);
  const weight = stage === "小学" || stage === "初中" || stage === "高中" ? standards.splitWeights[stage] : 0;
  return n(row.students) * weight;
}

function classification(value: number, standard: number, floor: number): IndicatorVerdict {
  if (round9(value - standard) >= 0) return "达标";
  return round9(value - standard * floor) >= 0 ? "基本达标" : "未达标";
}

const status = (cell: boolean | null) => (cell === null ? "无数据" : cell ? "达标" : "未达标");

/** Evaluates every row and both stages, as the workbook's formulas do. */
export function evaluateSchools(
  rows: readonly SchoolRow[],
  standards: BalanceStandards = nationalStandards()
): BalanceEvaluation {
  const weights = rows.map((row) => (text(row.name) === "" ? 0 : splitWeight(row, standards)));
  const groupWeight = new Map<string, number>();
  const groupStudents = new Map<string, number>();
  const groupParts = new Map<string, number>();
  const groupAmount = new Map<string, number>();
  const nameKey = (row: SchoolRow) => `${text(row.name)}\u0000${text(row.stage)}`;
  const namesakes = new Map<string, number>();
  for (const row of rows) namesakes.set(nameKey(row), (namesakes.get(nameKey(row)) ?? 0) + 1);
  rows.forEach((row, i) => {
    const code = text(row.code);
    if (code === "") return;
    groupWeight.set(code, (groupWeight.get(code) ?? 0) + weights[i]);
    groupStudents.set(code, (groupStudents.get(code) ?? 0) + n(row.students));
    groupParts.set(code, (groupParts.get(code) ?? 0) + 1);
    for (const indicator of RESOURCE_INDICATORS) {
      const key = `${code}\u0000${indicator.key}`;
      groupAmount.set(key, (groupAmount.get(key) ?? 0) + n(row[indicator.key]));
    }
  });
  const results = rows.map((row, i): SchoolResult => {
    const blank = text(row.name) === "";
    const code = text(row.code);
    const share: number | "" = blank
      ? ""
      : code === ""
        ? 1
        : weights[i] === 0
          ? 0
          : weights[i] / groupWeight.get(code)!;
    const reason = blank ? "" : scopeReason(row, standards);
    const inScope = !blank && reason === "";
    const whole = (key: IndicatorKey) => (code === "" ? n(row[key]) : groupAmount.get(`${code}\u0000${key}`)!);
    const values = blank ? indicatorValues({}, "", whole) : indicatorValues(row, share, whole);
    const stage = stageOf(row);
    const stageStandards = stage === "小学" || stage === "初中" ? stage : null;
    const stds = Object.fromEntries(
      RESOURCE_INDICATORS.map((ind) => [
        ind.key,
        blank || !stageStandards ? "" : standards.indicators[ind.key][stageStandards],
      ])
    ) as Record<IndicatorKey, number | "">;
    const verdicts = Object.fromEntries(
      RESOURCE_INDICATORS.map((ind) => [
        ind.key,
        inScope ? classification(values[ind.key] as number, stds[ind.key] as number, standards.floor) : "",
      ])
    ) as Record<IndicatorKey, IndicatorVerdict | "">;
    let metCount: number | "" = "";
    let verdict: SchoolResult["verdict"] = "";
    let weakest = "";
    if (inScope) {
      const actual = RESOURCE_INDICATORS.map((ind) => values[ind.key] as number);
      const wanted = RESOURCE_INDICATORS.map((ind) => stds[ind.key] as number);
      metCount = Object.values(verdicts).filter((v) => v === "达标").length;
      verdict = schoolMeets(actual, wanted, standards.minMet, standards.floor) === true ? "达标" : "未达标";
      const ratios = actual.map((v, k) => round9(v / wanted[k]));
      weakest = SHORT_NAMES[RESOURCE_INDICATORS[ratios.indexOf(Math.min(...ratios))].key];
    }
    const schoolStudents = code === "" ? n(row.students) : groupStudents.get(code)!;
    const through = code !== "" && groupParts.get(code)! > 1;
    const classes = n(row.classes);
    const roomsFor = (rooms: SchoolCell | undefined, area: SchoolCell | undefined, minArea: number) => {
      if (!inScope) return "";
      if (!isNum(rooms) || !isNum(area)) return "无数据";
      return status(
        rooms > 0 && rooms >= Math.ceil(classes / standards.classesPerRoom) && round9(area / rooms - minArea) >= 0
      );
    };
    const limitClass = stage === "小学" ? standards.classLimit.小学 : standards.classLimit.初中;
    return {
      blank,
      inScope,
      reason,
      share,
      values,
      standards: stds,
      verdicts,
      metCount,
      verdict,
      weakest,
      classSize: inScope ? (isNum(row.maxClass) ? status(row.maxClass <= limitClass) : "无数据") : "",
      schoolSize: inScope
        ? status(schoolStudents <= (through ? standards.throughSchoolLimit : standards.schoolLimit))
        : "",
      musicRooms: roomsFor(row.musicRooms, row.musicArea, standards.musicArea),
      artRooms: roomsFor(row.artRooms, row.artArea, standards.artArea),
      messages: blank
        ? []
        : INPUT_CHECKS.filter((check) =>
            check.fails(row, namesakes.get(nameKey(row))!, code !== "" && groupParts.get(code)! > 1)
          ).map((check) => check.message),
    };
  });
  const stages = Object.fromEntries(
    STAGES.map((stage) => [stage, summarise(stage, rows, results, standards)])
  ) as Record<Stage, StageSummary>;
  return { rows: results, stages };
}

/** 达标 / 未达标 / 临界 (within the band of the threshold, where the unknown rounding rule could decide). */
export function coefficientStatus(cv: number | string, threshold: number, band: number): string {
  if (typeof cv !== "number") return "";
  if (round9(Math.abs(cv - threshold) - band) <= 0) return "临界";
  return round9(cv - threshold) <= 0 ? "达标" : "未达标";
}

function summarise(
  stage: Stage,
  rows: readonly SchoolRow[],
  results: readonly SchoolResult[],
  standards: BalanceStandards
): StageSummary {
  const members = results.flatMap((r, i) => (r.inScope && stageOf(rows[i]) === stage ? [i] : []));
  const weights = members.map((i) => rows[i].students as number);
  const students = weights.reduce((a, b) => a + b, 0);
  const threshold = standards.coefficient[stage];
  const indicators = Object.fromEntries(
    RESOURCE_INDICATORS.map((ind) => {
      if (members.length === 0) return [ind.key, { mean: "", sd: "", cv: "", status: "" }];
      const values = members.map((i) => results[i].values[ind.key] as number);
      const mean = values.reduce((sum, x, k) => sum + weights[k] * x, 0) / students;
      const sd = Math.sqrt(values.reduce((sum, x, k) => sum + weights[k] * (x - mean) ** 2, 0) / students);
      // The coefficient is EDU.BALANCE's, not a copy of its arithmetic.
      const coefficient = differenceCoefficient(values, weights);
      const cv = typeof coefficient === "number" ? coefficient : coefficient.error;
      return [ind.key, { mean, sd, cv, status: coefficientStatus(cv, threshold, standards.band) }];
    })
  ) as StageSummary["indicators"];
  const cvs = Object.values(indicators).map((i) => i.cv);
  const composite =
    members.length === 0
      ? ""
      : cvs.every((cv) => typeof cv === "number")
        ? (cvs as number[]).reduce((a, b) => a + b, 0) / cvs.length
        : "#DIV/0!";
  const schoolsMeeting = members.filter((i) => results[i].verdict === "达标").length;
  return {
    stage,
    schools: members.length,
    students,
    indicators,
    composite,
    compositeStatus: coefficientStatus(composite, threshold, standards.band),
    schoolsMeeting,
    shareMeeting: members.length === 0 ? "" : schoolsMeeting / members.length,
  };
}
