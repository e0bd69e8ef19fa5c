// The 义务教育优质均衡 assessment workbook as a layout (layout.ts): 学校数据 (inputs white, computed
// shaded), 单校达标, 差异系数, the four item sheets, 总判定, 表内审核 and 本地标准, all native Excel 2007
// formulas over plain A1 ranges, with the results the core (balance-schools.ts) computed cached.
import {
  Block,
  ConditionalFlag,
  LayoutResult,
  LayoutValue,
  PageSetup,
  SheetLayout,
  WorkbookLayout,
  a1,
  columnLetter,
  uniqueSheetName,
} from "./layout";
import {
  BalanceEvaluation,
  BalanceStandards,
  INPUT_CHECKS,
  INPUT_COLUMNS,
  IndicatorKey,
  InputKey,
  RESOURCE_INDICATORS,
  SHARED,
  SHORT_NAMES,
  STAGES,
  SchoolRow,
  Stage,
  evaluateSchools,
  nationalStandards,
} from "./balance-schools";
import { ASSESSMENT_PARTS, AssessmentPart, ItemValue, SchoolCheckKey, itemStatus, partVerdict } from "./balance-items";

export const BALANCE_SHEETS = {
  verdict: "总判定",
  schools: "学校数据",
  perSchool: "单校达标",
  coefficients: "差异系数",
  checks: "表内审核",
  standards: "本地标准",
} as const;

/** Shading of computed cells (the returns' convention: white cells are typed, shaded ones are not). */
export const COMPUTED_FILL = "#F2F2F2";
const ERROR_FORMAT = { fill: "#FFC7CE", font: "#9C0006" };
const NOTICE_FORMAT = { fill: "#FFEB9C", font: "#9C5700" };
const STATUS_FORMATS: Record<string, { fill?: string; font?: string }> = {
  达标: { fill: "#C6EFCE", font: "#006100" },
  通过: { fill: "#C6EFCE", font: "#006100" },
  具备申报条件: { fill: "#C6EFCE", font: "#006100" },
  未达标: { fill: "#FFC7CE", font: "#9C0006" },
  否决: { fill: "#FFC7CE", font: "#9C0006" },
  尚未达到: { fill: "#FFC7CE", font: "#9C0006" },
  临界: { fill: "#FFEB9C", font: "#9C5700" },
  基本达标: { fill: "#FFEB9C", font: "#9C5700" },
};

export interface BalanceOptions {
  existingSheets?: readonly string[];
  /** Blank rows after the schools, for schools added later (default 20; 60 for an empty workbook). */
  spareRows?: number;
  standards?: BalanceStandards;
  /** Values already entered in the item sheets, per part, in item order. */
  itemValues?: Partial<Record<AssessmentPart["key"], ItemValue[]>>;
}

export interface BalanceWorkbook {
  layout: WorkbookLayout;
  sheetNames: Record<keyof typeof BALANCE_SHEETS | AssessmentPart["key"], string>;
  evaluation: BalanceEvaluation;
  schoolCount: number;
  /** Sheet rows of 学校数据's first and last body row (0-based). */
  firstRow: number;
  lastRow: number;
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const abs = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;

// ------------------------------------------------------------------------------------------------
// 本地标准: every standard an editable cell, national value beside it.

interface Parameter {
  name: string;
  unit: string;
  national: [number, number | null];
  source: string;
  pick: (s: BalanceStandards) => [number, number | null];
  format: string;
}

const METHOD = "教督〔2017〕6号";
const PARAMETERS: Parameter[] = [
  ...RESOURCE_INDICATORS.map((ind): Parameter => ({
    name: ind.name,
    unit: ind.unit,
    national: [ind.national.小学, ind.national.初中],
    source: `${METHOD} 第五条${ind.key === "equipment" ? "（报表以万元填报，表内折算为元）" : ""}`,
    pick: (s) => [s.indicators[ind.key].小学, s.indicators[ind.key].初中],
    format: ind.key === "equipment" ? "0" : "0.0",
  })),
  {
    name: "校际差异系数上限",
    unit: "",
    national: [0.5, 0.45],
    source: `${METHOD} 第五条`,
    pick: (s) => [s.coefficient.小学, s.coefficient.初中],
    format: "0.00",
  },
  {
    name: "余项不低于标准的比例",
    unit: "",
    national: [0.85, null],
    source: `${METHOD} 第五条`,
    pick: (s) => [s.floor, null],
    format: "0%",
  },
  {
    name: "每校至少达标项数",
    unit: "项",
    national: [6, null],
    source: `${METHOD} 第五条`,
    pick: (s) => [s.minMet, null],
    format: "0",
  },
  {
    name: "教学点不足此人数不参评",
    unit: "人",
    national: [50, null],
    source: `${METHOD} 第五条`,
    pick: (s) => [s.smallSite, null],
    format: "0",
  },
  {
    name: "临界提示范围（±）",
    unit: "",
    national: [0.005, null],
    source: "官方舍入规则未查到（待核）：差异系数距上限不超过此值时提示临界",
    pick: (s) => [s.band, null],
    format: "0.000",
  },
  {
    name: "共用资源分摊权重·小学部",
    unit: "",
    national: [1, null],
    source: "默认按学生数分摊；原 1 : 1.1 : 1.32（小学:初中:高中）可改填",
    pick: (s) => [s.splitWeights.小学, null],
    format: "0.00",
  },
  {
    name: "共用资源分摊权重·初中部",
    unit: "",
    national: [1, null],
    source: "同上",
    pick: (s) => [s.splitWeights.初中, null],
    format: "0.00",
  },
  {
    name: "共用资源分摊权重·高中部",
    unit: "",
    national: [1, null],
    source: "同上（高中部不参评，但分得共用资源）",
    pick: (s) => [s.splitWeights.高中, null],
    format: "0.00",
  },
  {
    name: "班额上限",
    unit: "人",
    national: [45, 50],
    source: `${METHOD} 第六条`,
    pick: (s) => [s.classLimit.小学, s.classLimit.初中],
    format: "0",
  },
  {
    name: "学校规模上限（一贯制学校）",
    unit: "人",
    national: [2000, 2500],
    source: `${METHOD} 第六条（右列为九年、十二年一贯制学校）`,
    pick: (s) => [s.schoolLimit, s.throughSchoolLimit],
    format: "0",
  },
  {
    name: "音乐、美术专用教室：每多少个班1间",
    unit: "班",
    national: [12, null],
    source: `${METHOD} 第六条`,
    pick: (s) => [s.classesPerRoom, null],
    format: "0",
  },
  {
    name: "每间音乐、美术专用教室面积下限",
    unit: "㎡",
    national: [96, 90],
    source: `${METHOD} 第六条（左列音乐，右列美术）`,
    pick: (s) => [s.musicArea, s.artArea],
    format: "0",
  },
];
const PARAMETER_ROW0 = 3;
/** Local value cells: column E (小学 / first value) and F (初中 / second value). */
const LOCAL_COLUMNS = [4, 5];
const paramIndex = (name: string) => PARAMETERS.findIndex((p) => p.name === name);

function parameterCell(standards: string, name: string, second = false): string {
  return `${quote(standards)}!${abs(PARAMETER_ROW0 + paramIndex(name), LOCAL_COLUMNS[second ? 1 : 0])}`;
}

function standardsSheet(name: string, standards: BalanceStandards): SheetLayout {
  const rows: LayoutValue[][] = PARAMETERS.map((p) => {
    const local = p.pick(standards);
    return [p.name, p.unit, p.national[0], p.national[1], local[0], local[1], p.source];
  });
  return {
    name,
    blocks: [
      { row: 0, column: 0, values: [["本地标准与参数"]], font: { bold: true, size: 14 } },
      { row: 1, column: 0, values: [["白色单元格可按省、市标准修改（默认国家标准）；各表的判定全部引用本表。"]] },
      {
        row: 2,
        column: 0,
        values: [["项目", "单位", "国家标准·小学", "国家标准·初中", "本地标准·小学", "本地标准·初中", "来源与说明"]],
        font: { bold: true },
        wrap: true,
      },
      {
        row: PARAMETER_ROW0,
        column: 0,
        values: rows.map((r) => r.slice(0, 4)),
        fill: COMPUTED_FILL,
        numberFormats: PARAMETERS.map((p) => ["General", "General", p.format, p.format]),
      },
      {
        row: PARAMETER_ROW0,
        column: 4,
        values: rows.map((r) => r.slice(4, 6)),
        numberFormats: PARAMETERS.map((p) => [p.format, p.format]),
      },
      { row: PARAMETER_ROW0, column: 6, values: rows.map((r) => [r[6]]), fill: COMPUTED_FILL },
    ],
    tables: [],
    columns: [
      { index: 0, width: 34 },
      { index: 1, width: 6 },
      ...[2, 3, 4, 5].map((index) => ({ index, width: 10 })),
      { index: 6, width: 48 },
    ],
    flags: [],
    validations: [],
  };
}

// ------------------------------------------------------------------------------------------------
// 学校数据

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

type SchoolColumnKey =
  | InputKey
  | "inScope"
  | "reason"
  | "share"
  | `value:${IndicatorKey}`
  | "messages"
  | "splitBase"
  | "weight:小学"
  | "weight:初中"
  | `number:${IndicatorKey}`;

interface SchoolColumn {
  key: SchoolColumnKey;
  header: string;
  width: number;
  computed: boolean;
  hidden?: boolean;
  format?: string;
}

const inputColumn = (key: InputKey): SchoolColumn => {
  const c = INPUT_COLUMNS.find((x) => x.key === key)!;
  return {
    key,
    header: c.header,
    width: c.width,
    computed: false,
    format: c.numeric ? (key === "equipment" ? "0.00" : "General") : "@",
  };
};
const PRINTED_INPUTS: InputKey[] = [
  "name",
  "stage",
  "type",
  "students",
  "classes",
  "maxClass",
  "teachers",
  "qualified",
  "backbone",
  "peArt",
  "teachingArea",
  "sportsArea",
  "equipment",
  "multimedia",
];
const OPTIONAL_INPUTS: InputKey[] = ["urbanRural", "ownership", "musicRooms", "musicArea", "artRooms", "artArea"];

/** 学校标识码, then what the 测算表 prints (inputs, scope, the seven values), then the rest. */
const SCHOOL_COLUMNS: SchoolColumn[] = [
  inputColumn("code"),
  ...PRINTED_INPUTS.map(inputColumn),
  { key: "inScope", header: "参评", width: 5, computed: true },
  { key: "reason", header: "不参评原因", width: 12, computed: true },
  { key: "share", header: "共用资源分摊比例", width: 7, computed: true, format: "0.0%" },
  ...RESOURCE_INDICATORS.map((ind): SchoolColumn => ({
    key: `value:${ind.key}`,
    header: `${ind.name}（${ind.unit}）`,
    width: 9,
    computed: true,
    format: ind.key === "equipment" ? "0" : "0.00",
  })),
  { key: "messages", header: "表内审核", width: 30, computed: true },
  ...OPTIONAL_INPUTS.map(inputColumn),
  { key: "splitBase", header: "分摊基数", width: 8, computed: true, hidden: true },
  { key: "weight:小学", header: "小学计入权重", width: 8, computed: true, hidden: true },
  { key: "weight:初中", header: "初中计入权重", width: 8, computed: true, hidden: true },
  ...RESOURCE_INDICATORS.map((ind): SchoolColumn => ({
    key: `number:${ind.key}`,
    header: `${SHORT_NAMES[ind.key]}（计算用）`,
    width: 8,
    computed: true,
    hidden: true,
  })),
];
const COLUMN_INDEX = new Map(SCHOOL_COLUMNS.map((c, i) => [c.key, i] as const));
const COLUMN_LETTER = new Map(SCHOOL_COLUMNS.map((c, i) => [c.key, columnLetter(i)] as const));
const col = (key: SchoolColumnKey) => {
  const index = COLUMN_INDEX.get(key);
  if (index === undefined) throw new Error(`no column ${key}`);
  return index;
};
const L = (key: SchoolColumnKey) => COLUMN_LETTER.get(key) ?? columnLetter(col(key));

interface Refs {
  names: BalanceWorkbook["sheetNames"];
  first: number;
  last: number;
  /** Body rows of 学校数据, spare blank rows included. */
  schools: readonly SchoolRow[];
  standards: BalanceStandards;
}

/** A whole column of 学校数据's body, absolute, from another sheet or (local) its own. */
function schoolRange(refs: Refs, key: SchoolColumnKey, local = false): string {
  const range = `$${L(key)}$${refs.first + 1}:$${L(key)}$${refs.last + 1}`;
  return local ? range : `${quote(refs.names.schools)}!${range}`;
}

function schoolFormulas(refs: Refs): Partial<Record<SchoolColumnKey, (r: number) => string>> {
  const p = (name: string, second = false) => parameterCell(refs.names.standards, name, second);
  const c = (key: SchoolColumnKey, r: number) => `$${L(key)}${r}`;
  const num = (key: SchoolColumnKey, r: number) => `IF(ISNUMBER(${c(key, r)}),${c(key, r)},0)`;
  const formulas: Partial<Record<SchoolColumnKey, (r: number) => string>> = {
    reason: (r) =>
      `=IF(${c("name", r)}="","",IF(${c("stage", r)}="高中","高中部不参评",IF(AND(${c("stage", r)}<>"小学",${c("stage", r)}<>"初中"),"学段无法识别",` +
      `IF(${c("type", r)}="特殊教育","特殊教育学校不参评",IF(AND(${c("type", r)}<>"普通",${c("type", r)}<>"教学点"),"学校类型无法识别",` +
      `IF(NOT(ISNUMBER(${c("students", r)})),"在校生数须大于0",IF(${c("students", r)}<=0,"在校生数须大于0",` +
      `IF(AND(${c("type", r)}="教学点",${c("students", r)}<${p("教学点不足此人数不参评")}),"教学点学生不足规定人数，不参评",""))))))))`,
    inScope: (r) => `=IF(${c("name", r)}="","",IF(${c("reason", r)}="","是","否"))`,
    splitBase: (r) =>
      `=IF(${c("name", r)}="",0,${num("students", r)}*IF(${c("stage", r)}="小学",${p("共用资源分摊权重·小学部")},IF(${c("stage", r)}="初中",${p("共用资源分摊权重·初中部")},IF(${c("stage", r)}="高中",${p("共用资源分摊权重·高中部")},0))))`,
    share: (r) =>
      `=IF(${c("name", r)}="","",IF(${c("code", r)}="",1,IF(${c("splitBase", r)}=0,0,${c("splitBase", r)}/SUMIF(${schoolRange(refs, "code", true)},${c("code", r)},${schoolRange(refs, "splitBase", true)}))))`,
    "weight:小学": (r) => `=IF(AND(${c("inScope", r)}="是",${c("stage", r)}="小学"),${c("students", r)},0)`,
    "weight:初中": (r) => `=IF(AND(${c("inScope", r)}="是",${c("stage", r)}="初中"),${c("students", r)},0)`,
    messages: (r) =>
      `=IF(${c("name", r)}="","",${INPUT_CHECKS.map((check) => `IF(${checkCondition(check.id, r, refs)},"${check.message}；","")`).join("&")})`,
  };
  for (const ind of RESOURCE_INDICATORS) {
    // A shared resource is the whole school's (its parts' rows summed), split by the part's share.
    const whole = (r: number) =>
      `IF(${c("code", r)}="",${num(ind.key, r)},SUMIF(${schoolRange(refs, "code", true)},${c("code", r)},${schoolRange(refs, ind.key, true)}))`;
    const amount = (r: number) =>
      ind.shared ? `${whole(r)}*${ind.scale}*${c("share", r)}` : `${num(ind.key, r)}*${ind.scale}`;
    formulas[`value:${ind.key}`] = (r) =>
      `=IF(OR(${c("name", r)}="",NOT(ISNUMBER(${c("students", r)}))),"",IF(${c("students", r)}<=0,"",${amount(r)}/${c("students", r)}))`;
    formulas[`number:${ind.key}`] = (r) => `=IF(ISNUMBER(${c(`value:${ind.key}`, r)}),${c(`value:${ind.key}`, r)},0)`;
  }
  return formulas;
}

/** A check's condition for sheet row r (1-based), as a native formula; the row's name is not blank. */
function checkCondition(id: string, r: number, refs: Refs): string {
  const c = (key: SchoolColumnKey) => `$${L(key)}${r}`;
  const isNum = (key: SchoolColumnKey) => `ISNUMBER(${c(key)})`;
  const required = INPUT_COLUMNS.filter((x) => x.required && x.numeric);
  switch (id) {
    case "required": {
      const own = required.filter((x) => !SHARED.includes(x.key));
      const shared = required.filter((x) => SHARED.includes(x.key));
      const count = (fn: string, list: typeof required) =>
        runsOf(list.map((x) => col(x.key)))
          .map(([a, b]) => `${fn}($${columnLetter(a)}${r}:$${columnLetter(b)}${r})`)
          .join("+");
      // A part of a school may leave the shared resources blank (another part's row holds them), but not type text there.
      return `OR(${count("COUNT", own)}<${own.length},IF(${partOf(r, refs)},${count("COUNTA", shared)}>${count("COUNT", shared)},${count("COUNT", shared)}<${shared.length}))`;
    }
    case "negative":
      return `${runsOf(INPUT_COLUMNS.filter((x) => x.numeric).map((x) => col(x.key)))
        .map(([a, b]) => `COUNTIF($${columnLetter(a)}${r}:$${columnLetter(b)}${r},"<0")`)
        .join("+")}>0`;
    case "students":
      return `AND(${isNum("students")},${c("students")}<=0)`;
    case "qualified>teachers":
    case "backbone>teachers":
    case "peArt>teachers": {
      const key = id.split(">")[0] as SchoolColumnKey;
      return `AND(${isNum(key)},${isNum("teachers")},${c(key)}>${c("teachers")})`;
    }
    case "maxClass":
      return `IF(AND(${isNum("maxClass")},${isNum("students")},${isNum("classes")}),IF(${c("classes")}>0,ROUND(${c("maxClass")}-${c("students")}/${c("classes")},9)<0,1=0),1=0)`;
    case "stageType":
      return `OR(AND(${c("stage")}<>"小学",${c("stage")}<>"初中",${c("stage")}<>"高中"),AND(${c("type")}<>"普通",${c("type")}<>"特殊教育",${c("type")}<>"教学点"))`;
    case "noTeachers":
      return `AND(${isNum("teachers")},${isNum("students")},${c("teachers")}=0,${c("students")}>0)`;
    case "duplicate":
      return `AND(${c("stage")}<>"",COUNTIFS(${schoolRange(refs, "name", true)},${c("name")},${schoolRange(refs, "stage", true)},${c("stage")})>1)`;
    default:
      throw new Error(`unknown check ${id}`);
  }
}

/** Whether row r is one of several parts sharing a 学校标识码. */
function partOf(r: number, refs: Refs): string {
  // Nested, not AND(): COUNTIF with a blank criterion is an error in some engines.
  return `IF($${L("code")}${r}="",1=0,COUNTIF(${schoolRange(refs, "code", true)},$${L("code")}${r})>1)`;
}

/** Contiguous runs [from, to] of column indexes. */
function runsOf(columns: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[1] === column - 1) run[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/** Per check, the cells it marks: a flag over those columns, relative to the first body row. */
function checkFlags(refs: Refs): ConditionalFlag[] {
  const r = refs.first + 1;
  const flags: ConditionalFlag[] = [];
  for (const severity of ["错误", "提示"] as const) {
    for (const check of INPUT_CHECKS.filter((x) => x.severity === severity)) {
      // Required cells split where the shared resources begin: parts may leave those blank.
      const cells =
        check.id === "required"
          ? [check.cells.filter((k) => !SHARED.includes(k)), check.cells.filter((k) => SHARED.includes(k))]
          : [check.cells];
      for (const [from, to] of cells.flatMap((keys) => runsOf(keys.map(col)))) {
        const cell = `${columnLetter(from)}${r}`;
        const sharedRun = SHARED.includes(SCHOOL_COLUMNS[from].key as InputKey);
        const own =
          check.id === "required"
            ? sharedRun
              ? `NOT(ISNUMBER(${cell})),OR(${cell}<>"",NOT(${partOf(r, refs)}))`
              : `NOT(ISNUMBER(${cell}))`
            : check.id === "negative"
              ? `AND(ISNUMBER(${cell}),${cell}<0)`
              : checkCondition(check.id, r, refs);
        flags.push({
          kind: `check:${check.id}`,
          address: a1(refs.first, from, refs.last, to),
          formula: `=AND($${L("name")}${r}<>"",${own})`,
          format: severity === "错误" ? ERROR_FORMAT : NOTICE_FORMAT,
        });
      }
    }
  }
  return flags;
}

const asResult = (v: number | string | "" | undefined): LayoutResult =>
  v === undefined ? null : typeof v === "string" && v.startsWith("#") ? { error: v } : v;

function schoolsSheet(refs: Refs, schools: readonly SchoolRow[], evaluation: BalanceEvaluation): SheetLayout {
  const formulas = schoolFormulas(refs);
  const rowCount = refs.last - refs.first + 1;
  const rows = Array.from({ length: rowCount }, (_, i) => i);
  const resultOf = (i: number, key: SchoolColumnKey): LayoutResult => {
    const result = evaluation.rows[i];
    if (!result || result.blank)
      return key.startsWith("weight") || key === "splitBase" || key.startsWith("number") ? 0 : "";
    const school = schools[i];
    if (key === "inScope") return result.inScope ? "是" : "否";
    if (key === "reason") return result.reason;
    if (key === "share") return result.share;
    if (key === "messages") return result.messages.map((m) => `${m}；`).join("");
    if (key === "splitBase") return splitBaseOf(school, refs.standards);
    if (key === "weight:小学" || key === "weight:初中")
      return result.inScope && school.stage === key.slice(7) ? (school.students as number) : 0;
    if (key.startsWith("value:")) return result.values[key.slice(6) as IndicatorKey];
    if (key.startsWith("number:")) {
      const value = result.values[key.slice(7) as IndicatorKey];
      return typeof value === "number" ? value : 0;
    }
    return null;
  };
  // One block per run of input (white) or computed (shaded) columns.
  const body: Block[] = [];
  for (let start = 0; start < SCHOOL_COLUMNS.length;) {
    let end = start;
    while (end + 1 < SCHOOL_COLUMNS.length && SCHOOL_COLUMNS[end + 1].computed === SCHOOL_COLUMNS[start].computed)
      end++;
    const run = SCHOOL_COLUMNS.slice(start, end + 1);
    const numberFormats = rows.map(() => run.map((c) => c.format ?? "General"));
    body.push(
      SCHOOL_COLUMNS[start].computed
        ? {
            row: refs.first,
            column: start,
            values: rows.map(() => run.map(() => null)),
            formulas: rows.map((i) => run.map((c) => formulas[c.key]!(refs.first + 1 + i))),
            results: rows.map((i) => run.map((c) => resultOf(i, c.key))),
            numberFormats,
            fill: COMPUTED_FILL,
          }
        : {
            row: refs.first,
            column: start,
            values: rows.map((i) => run.map((c) => schools[i]?.[c.key as InputKey] ?? null)),
            numberFormats,
          }
    );
    start = end + 1;
  }
  const lastPrinted = col(`value:${RESOURCE_INDICATORS[RESOURCE_INDICATORS.length - 1].key}`);
  return {
    name: refs.names.schools,
    blocks: [
      // The title block starts in 学校名称's column, the first that prints.
      { row: 0, column: 1, values: [["义务教育优质均衡发展 学校数据（测算表）"]], font: { bold: true, size: 14 } },
      {
        row: 1,
        column: 1,
        values: [
          [
            "白色单元格填报（基础基表口径，教学仪器设备值以万元填报）；灰色单元格自动计算。一贯制学校按学段分行填写，同一学校标识码的各部共用面积、设备、教室按本地标准表的权重分摊。",
          ],
        ],
      },
      { row: HEADER_ROW, column: 0, values: [SCHOOL_COLUMNS.map((c) => c.header)], font: { bold: true }, wrap: true },
      ...(rowCount > 0 ? body : []),
    ],
    tables: [],
    columns: SCHOOL_COLUMNS.map((c, index) => ({ index, width: c.width, hidden: c.hidden || undefined })),
    flags: rowCount > 0 ? checkFlags(refs) : [],
    validations: [],
    freeze: { rows: FIRST_ROW, columns: 3 },
    // Printed: 学校名称 through the seven values (not 学校标识码, 表内审核 or the optional columns).
    page: page(a1(0, 1, refs.last, lastPrinted), HEADER_ROW, "义务教育优质均衡发展 学校数据（测算表）", "landscape"),
  };
}

function splitBaseOf(school: SchoolRow, standards: BalanceStandards): number {
  const students = typeof school.students === "number" ? school.students : 0;
  const stage = school.stage;
  return stage === "小学" || stage === "初中" || stage === "高中" ? students * standards.splitWeights[stage] : 0;
}

export function page(printArea: string, headerRow: number, title: string, orientation: PageSetup["orientation"]): PageSetup {
  return {
    orientation,
    paper: "A4",
    fitToWidth: 1,
    printArea,
    titleRows: `${headerRow + 1}:${headerRow + 1}`,
    header: title.replace(/&/g, "&&"),
    footer: "第 &P 页 共 &N 页",
    margins: { left: 0.3, right: 0.3, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

// ------------------------------------------------------------------------------------------------
// 单校达标

const PER_SCHOOL_EXTRA = [
  "达标项数",
  "单校判定",
  "最薄弱指标",
  "班额",
  "学校规模",
  "音乐专用教室",
  "美术专用教室",
] as const;
const SCHOOL_CHECK_COLUMN: Record<SchoolCheckKey, number> = { classSize: 3, schoolSize: 4, musicRooms: 5, artRooms: 6 };

function perSchoolSheet(refs: Refs, evaluation: BalanceEvaluation): SheetLayout {
  const s = (key: SchoolColumnKey, r: number) => `${quote(refs.names.schools)}!$${L(key)}${r}`;
  const p = (name: string, second = false) => parameterCell(refs.names.standards, name, second);
  const indicatorStart = 3;
  const extraStart = indicatorStart + RESOURCE_INDICATORS.length * 4;
  const at = (k: number, part: number) => columnLetter(indicatorStart + 4 * k + part);
  const span = `$${columnLetter(indicatorStart)}{r}:$${columnLetter(extraStart - 1)}{r}`;
  const formulasFor = (r: number): string[] => {
    const row = (text: string) => text.replace(/\{r\}/g, String(r));
    const inScope = `$C${r}<>"是"`;
    const cells: string[] = [
      `=IF(${s("name", r)}="","",${s("name", r)}&"")`,
      `=IF(${s("name", r)}="","",${s("stage", r)}&"")`,
      `=${s("inScope", r)}`,
    ];
    RESOURCE_INDICATORS.forEach((ind, k) => {
      const name = ind.name;
      cells.push(
        `=IF(OR($A${r}="",AND($B${r}<>"小学",$B${r}<>"初中")),"",IF($B${r}="小学",${p(name)},${p(name, true)}))`
      );
      cells.push(`=IF(${at(k, 0)}${r}="","",${at(k, 0)}${r}*${p("余项不低于标准的比例")})`);
      cells.push(`=${s(`value:${ind.key}`, r)}`);
      cells.push(
        `=IF(${inScope},"",IF(ROUND(${at(k, 2)}${r}-${at(k, 0)}${r},9)>=0,"达标",IF(ROUND(${at(k, 2)}${r}-${at(k, 1)}${r},9)>=0,"基本达标","未达标")))`
      );
    });
    const met = `${columnLetter(extraStart)}${r}`;
    cells.push(`=IF(${inScope},"",COUNTIF(${row(span)},"达标"))`);
    cells.push(
      `=IF(${inScope},"",IF(AND(${met}>=${p("每校至少达标项数")},COUNTIF(${row(span)},"未达标")=0),"达标","未达标"))`
    );
    // Rounded, so that a tie is a tie in every engine (and the first indicator named).
    const ratios = RESOURCE_INDICATORS.map((_, k) => `ROUND(${at(k, 2)}${r}/${at(k, 0)}${r},9)`);
    const lowest = `MIN(${ratios.join(",")})`;
    cells.push(
      `=IF(${inScope},"",${RESOURCE_INDICATORS.reduceRight((inner, ind, k) => `IF(${ratios[k]}=${lowest},"${SHORT_NAMES[ind.key]}",${inner})`, '""')})`
    );
    const maxClass = s("maxClass", r);
    cells.push(
      `=IF(${inScope},"",IF(NOT(ISNUMBER(${maxClass})),"无数据",IF(${maxClass}<=IF($B${r}="小学",${p("班额上限")},${p("班额上限", true)}),"达标","未达标")))`
    );
    const code = s("code", r);
    const whole = `IF(${code}="",${s("students", r)},SUMIF(${schoolRange(refs, "code")},${code},${schoolRange(refs, "students")}))`;
    const limit = `IF(${code}="",${p("学校规模上限（一贯制学校）")},IF(COUNTIF(${schoolRange(refs, "code")},${code})>1,${p("学校规模上限（一贯制学校）", true)},${p("学校规模上限（一贯制学校）")}))`;
    cells.push(`=IF(${inScope},"",IF(${whole}<=${limit},"达标","未达标"))`);
    const rooms = (roomKey: SchoolColumnKey, areaKey: SchoolColumnKey, second: boolean) => {
      const [n, area, classes] = [s(roomKey, r), s(areaKey, r), s("classes", r)];
      return (
        `=IF(${inScope},"",IF(OR(NOT(ISNUMBER(${n})),NOT(ISNUMBER(${area}))),"无数据",IF(${n}>0,IF(AND(${n}>=ROUNDUP(IF(ISNUMBER(${classes}),${classes},0)/${p("音乐、美术专用教室：每多少个班1间")},0),` +
        `ROUND(${area}/${n}-${p("每间音乐、美术专用教室面积下限", second)},9)>=0),"达标","未达标"),"未达标")))`
      );
    };
    cells.push(rooms("musicRooms", "musicArea", false));
    cells.push(rooms("artRooms", "artArea", true));
    return cells;
  };
  const rowCount = refs.last - refs.first + 1;
  const results = Array.from({ length: rowCount }, (_, i): LayoutResult[] => {
    const result = evaluation.rows[i];
    if (!result || result.blank) {
      return [
        "",
        "",
        "",
        ...RESOURCE_INDICATORS.flatMap(() => ["", "", "", ""] as LayoutResult[]),
        ...PER_SCHOOL_EXTRA.map(() => ""),
      ];
    }
    return [
      String(refs.schools[i].name),
      String(refs.schools[i].stage ?? ""),
      result.inScope ? "是" : "否",
      ...RESOURCE_INDICATORS.flatMap((ind): LayoutResult[] => {
        const standard = result.standards[ind.key];
        return [
          standard,
          standard === "" ? "" : standard * refs.standards.floor,
          result.values[ind.key],
          result.verdicts[ind.key],
        ];
      }),
      result.metCount,
      result.verdict,
      result.weakest,
      result.classSize,
      result.schoolSize,
      result.musicRooms,
      result.artRooms,
    ];
  });
  const headers1 = [
    "学校名称",
    "学段",
    "参评",
    ...RESOURCE_INDICATORS.flatMap((ind) => [`${ind.name}（${ind.unit}）`, "", "", ""]),
    ...PER_SCHOOL_EXTRA,
  ];
  const headers2 = [
    "",
    "",
    "",
    ...RESOURCE_INDICATORS.flatMap(() => ["标准值", "基本值", "实际值", "是否达标"]),
    ...PER_SCHOOL_EXTRA.map(() => ""),
  ];
  const width = headers1.length;
  const formats = [
    "@",
    "@",
    "@",
    ...RESOURCE_INDICATORS.flatMap((ind) => {
      const f = ind.key === "equipment" ? "0" : "0.00";
      return [f, f, f, "@"];
    }),
    "0",
    ...PER_SCHOOL_EXTRA.slice(1).map(() => "@"),
  ];
  const verdictColumns = [
    ...RESOURCE_INDICATORS.map((_, k) => indicatorStart + 4 * k + 3),
    extraStart + 1,
    ...[3, 4, 5, 6].map((x) => extraStart + x),
  ];
  return {
    name: refs.names.perSchool,
    blocks: [
      {
        row: 0,
        column: 0,
        values: [["单校资源配置达标情况（7项指标至少6项达标、余项不低于标准的85%）"]],
        font: { bold: true, size: 14 },
      },
      {
        row: 1,
        column: 0,
        values: [
          ["全部自动计算；标准值取自“本地标准”表，实际值取自“学校数据”表。政府保障中可按校计算的项目列在最后。"],
        ],
      },
      { row: 2, column: 0, values: [headers1], font: { bold: true }, wrap: true },
      { row: HEADER_ROW, column: 0, values: [headers2], font: { bold: true } },
      ...(rowCount > 0
        ? [
            {
              row: refs.first,
              column: 0,
              values: results.map((r) => r.map(() => null)),
              formulas: results.map((_, i) => formulasFor(refs.first + 1 + i)),
              results,
              numberFormats: results.map(() => formats),
              fill: COMPUTED_FILL,
            } satisfies Block,
          ]
        : []),
    ],
    tables: [],
    columns: Array.from({ length: width }, (_, index) => ({
      index,
      width: index === 0 ? 18 : index < 3 ? 5 : index >= extraStart + 2 ? 9 : 7,
    })),
    flags: rowCount > 0 ? statusFlags(verdictColumns.map((c) => a1(refs.first, c, refs.last, c))) : [],
    validations: [],
    freeze: { rows: FIRST_ROW, columns: 3 },
    page: { ...page(a1(0, 0, refs.last, width - 1), HEADER_ROW, "单校资源配置达标情况", "landscape"), fitToWidth: 2 },
  };
}

/** Coloured statuses: one flag per status word per range. */
export function statusFlags(addresses: string[]): ConditionalFlag[] {
  return addresses.flatMap((address) => {
    const top = address.split(":")[0].replace(/\$/g, "");
    return Object.entries(STATUS_FORMATS).map(([word, format]): ConditionalFlag => ({
      kind: `status:${word}`,
      address,
      formula: `=${top}="${word}"`,
      format,
    }));
  });
}

// ------------------------------------------------------------------------------------------------
// 差异系数

const COEFFICIENT_HEADERS = ["指标", "参评学校数", "在校生数", "加权平均值", "标准差", "差异系数", "上限", "判定"];
const STAGE_BLOCK = RESOURCE_INDICATORS.length + 5;
/** 0-based rows of one stage's block: label, header, indicators, composite, schools meeting. */
export function coefficientRows(stageIndex: number) {
  const label = 3 + stageIndex * (STAGE_BLOCK + 1);
  return {
    label,
    header: label + 1,
    first: label + 2,
    composite: label + 2 + RESOURCE_INDICATORS.length,
    meeting: label + 3 + RESOURCE_INDICATORS.length,
  };
}

function coefficientSheet(refs: Refs, evaluation: BalanceEvaluation): SheetLayout {
  const blocks: Block[] = [
    { row: 0, column: 0, values: [["义务教育优质均衡发展 校际差异系数测算表"]], font: { bold: true, size: 14 } },
    {
      row: 1,
      column: 0,
      values: [
        [
          "差异系数 = 按在校生加权的标准差 ÷ 加权平均值（与 EDU.BALANCE 相同），只计参评学校。显示3位小数；官方舍入规则待核，距上限±0.005以内标“临界”。综合差异系数为7项平均，上限沿用本学段上限（待核）。",
        ],
      ],
      wrap: false,
    },
  ];
  const flagRanges: string[] = [];
  STAGES.forEach((stage: Stage, si) => {
    const rows = coefficientRows(si);
    const summary = evaluation.stages[stage];
    const weights = schoolRange(refs, `weight:${stage}`);
    const threshold = parameterCell(refs.names.standards, "校际差异系数上限", stage === "初中");
    const band = parameterCell(refs.names.standards, "临界提示范围（±）");
    const statusOf = (cell: string, limit: string) =>
      `IF(ISNUMBER(${cell}),IF(ROUND(ABS(${cell}-${limit})-${band},9)<=0,"临界",IF(ROUND(${cell}-${limit},9)<=0,"达标","未达标")),"")`;
    blocks.push({ row: rows.label, column: 0, values: [[stage]], font: { bold: true } });
    blocks.push({ row: rows.header, column: 0, values: [COEFFICIENT_HEADERS], font: { bold: true }, wrap: true });
    const formulas: (string | null)[][] = [];
    const results: LayoutResult[][] = [];
    const values: LayoutValue[][] = [];
    RESOURCE_INDICATORS.forEach((ind, k) => {
      const r = rows.first + k + 1;
      const numbers = schoolRange(refs, `number:${ind.key}`);
      formulas.push([
        null,
        `=COUNTIFS(${schoolRange(refs, "inScope")},"是",${schoolRange(refs, "stage")},"${stage}")`,
        `=SUM(${weights})`,
        `=IF($C${r}=0,"",SUMPRODUCT(${weights},${numbers})/$C${r})`,
        `=IF($C${r}=0,"",SQRT(SUMPRODUCT(${weights},(${numbers}-$D${r})^2)/$C${r}))`,
        `=IF($C${r}=0,"",E${r}/D${r})`,
        `=${threshold}`,
        `=${statusOf(`F${r}`, `G${r}`)}`,
      ]);
      const s = summary.indicators[ind.key];
      results.push([
        null,
        summary.schools,
        summary.students,
        s.mean,
        s.sd,
        asResult(s.cv),
        refs.standards.coefficient[stage],
        s.status,
      ]);
      values.push([`${ind.name}（${ind.unit}）`, null, null, null, null, null, null, null]);
    });
    const c = rows.composite + 1;
    const first = rows.first + 1;
    const lastIndicator = rows.first + RESOURCE_INDICATORS.length;
    formulas.push([
      null,
      `=B${first}`,
      `=C${first}`,
      null,
      null,
      `=IF($C${c}=0,"",AVERAGE(F${first}:F${lastIndicator}))`,
      `=${threshold}`,
      `=${statusOf(`F${c}`, `G${c}`)}`,
    ]);
    results.push([
      null,
      summary.schools,
      summary.students,
      null,
      null,
      asResult(summary.composite),
      refs.standards.coefficient[stage],
      summary.compositeStatus,
    ]);
    values.push(["综合差异系数（7项平均）", null, null, null, null, null, null, null]);
    const m = rows.meeting + 1;
    const verdicts = `${quote(refs.names.perSchool)}!$${columnLetter(3 + RESOURCE_INDICATORS.length * 4 + 1)}$${refs.first + 1}:$${columnLetter(3 + RESOURCE_INDICATORS.length * 4 + 1)}$${refs.last + 1}`;
    const stages = `${quote(refs.names.perSchool)}!$B$${refs.first + 1}:$B$${refs.last + 1}`;
    formulas.push([
      null,
      `=B${first}`,
      `=COUNTIFS(${stages},"${stage}",${verdicts},"达标")`,
      `=IF(B${m}=0,"",C${m}/B${m})`,
      null,
      null,
      null,
      `=IF(B${m}=0,"",IF(C${m}=B${m},"达标","未达标"))`,
    ]);
    results.push([
      null,
      summary.schools,
      summary.schoolsMeeting,
      summary.shareMeeting,
      null,
      null,
      null,
      summary.schools === 0 ? "" : summary.schoolsMeeting === summary.schools ? "达标" : "未达标",
    ]);
    values.push(["单校达标（6项以上达标、余项≥85%）：学校数 / 比例", null, null, null, null, null, null, null]);
    blocks.push({
      row: rows.first,
      column: 0,
      values: values.map((v, i) => v.map((cell, j) => (formulas[i][j] ? null : cell))),
      formulas,
      results,
      numberFormats: values.map((_, i) =>
        i === values.length - 1
          ? ["General", "0", "0", "0.0%", "General", "General", "General", "@"]
          : ["General", "0", "0", "0.00", "0.00", "0.000", "0.00", "@"]
      ),
      wrap: true,
    });
    flagRanges.push(a1(rows.first, 7, rows.meeting, 7));
  });
  const last = coefficientRows(STAGES.length - 1).meeting;
  return {
    name: refs.names.coefficients,
    blocks,
    tables: [],
    columns: [
      { index: 0, width: 34 },
      ...[1, 2, 3, 4, 5, 6, 7].map((index) => ({ index, width: index === 7 ? 8 : 10 })),
    ],
    flags: statusFlags(flagRanges),
    validations: [],
    page: {
      ...page(a1(0, 0, last, 7), coefficientRows(0).header, "义务教育优质均衡发展 校际差异系数测算表", "portrait"),
      titleRows: "1:2",
    },
  };
}

// ------------------------------------------------------------------------------------------------
// 政府保障, 教育质量, 社会认可度, 一票否决

const ITEM_HEADERS = ["序号", "条目", "项目", "本地标准", "国家标准", "填报值", "状态", "说明"];
const ITEM_FIRST = 3;

function itemSheet(
  refs: Refs,
  part: AssessmentPart,
  values: ItemValue[],
  evaluation: BalanceEvaluation
): { sheet: SheetLayout; statuses: string[] } {
  const perSchool = quote(refs.names.perSchool);
  const extraStart = 3 + RESOURCE_INDICATORS.length * 4;
  const formulas: (string | null)[][] = [];
  const results: LayoutResult[][] = [];
  const inputs: LayoutValue[][] = [];
  const statuses: string[] = [];
  part.items.forEach((item, i) => {
    const r = ITEM_FIRST + i + 1;
    const value = values[i] ?? null;
    const standard = item.national ?? null;
    if (item.kind === "computed") {
      const column = columnLetter(extraStart + SCHOOL_CHECK_COLUMN[item.school!]);
      const range = `${perSchool}!$${column}$${refs.first + 1}:$${column}$${refs.last + 1}`;
      const failing = evaluation.rows.filter((row) => row[item.school!] === "未达标").length;
      const missing = evaluation.rows.filter((row) => row[item.school!] === "无数据").length;
      const status = itemStatus(item, null, 0, { failing, missing });
      formulas.push([
        `=COUNTIF(${range},"未达标")`,
        `=IF(F${r}>0,"未达标",IF(COUNTIF(${range},"无数据")>0,"材料待核","达标"))`,
      ]);
      results.push([failing, status]);
      inputs.push([null, null]);
      statuses.push(status);
    } else {
      const status = itemStatus(item, value, standard ?? 0);
      const cell = `F${r}`;
      const blankOr = (rest: string) => `IF(${cell}="","待填报",${rest})`;
      const formula =
        item.kind === "qualitative"
          ? `=${blankOr(`IF(OR(${cell}="达标",${cell}="未达标",${cell}="材料待核"),${cell},"输入有误")`)}`
          : item.kind === "veto"
            ? `=IF(${cell}="否","通过",IF(${cell}="是","否决",${blankOr('"输入有误"')}))`
            : `=IF(ISNUMBER(${cell}),IF(ROUND(${item.kind === "atLeast" ? `${cell}-D${r}` : `D${r}-${cell}`},9)>=0,"达标","未达标"),${blankOr('"输入有误"')})`;
      formulas.push([null, formula]);
      results.push([null, status]);
      inputs.push([value, null]);
      statuses.push(status);
    }
  });
  const format = (item: AssessmentPart["items"][number]) =>
    item.percent ? "0.0%" : item.kind === "computed" ? "0" : "General";
  const verdict = partVerdict(part, statuses);
  const last = ITEM_FIRST + part.items.length - 1;
  const sheet: SheetLayout = {
    name: refs.names[part.key],
    blocks: [
      { row: 0, column: 0, values: [[part.title]], font: { bold: true, size: 14 } },
      {
        row: 1,
        column: 0,
        values: [
          [
            `来源：${part.source}。白色单元格填报：定量项目填数值（百分比可输入 96%），定性项目填“达标”“未达标”或“材料待核”${part.key === "veto" ? "，一票否决项填“是”（存在）或“否”" : ""}；灰色单元格自动计算。`,
          ],
        ],
      },
      { row: 2, column: 0, values: [ITEM_HEADERS], font: { bold: true } },
      {
        row: ITEM_FIRST,
        column: 0,
        values: part.items.map((item, i) => [i + 1, item.number, item.text]),
        fill: COMPUTED_FILL,
        wrap: true,
      },
      {
        row: ITEM_FIRST,
        column: 3,
        values: part.items.map((item) => [
          item.kind === "atLeast" || item.kind === "atMost" ? (item.national ?? null) : null,
        ]),
        numberFormats: part.items.map((item) => [format(item)]),
      },
      {
        row: ITEM_FIRST,
        column: 4,
        values: part.items.map((item) => [
          item.kind === "atLeast" || item.kind === "atMost"
            ? (item.national ?? null)
            : item.kind === "computed"
              ? "0 所不达标"
              : item.kind === "veto"
                ? "否"
                : "达标",
        ]),
        numberFormats: part.items.map((item) => [format(item)]),
        fill: COMPUTED_FILL,
      },
      // Computed items' value cells are formulas (shaded); the others are the clerk's (white).
      ...part.items.map((item, i): Block =>
        item.kind === "computed"
          ? {
              row: ITEM_FIRST + i,
              column: 5,
              values: [[null]],
              formulas: [[formulas[i][0]]],
              results: [[results[i][0]]],
              numberFormats: [[format(item)]],
              fill: COMPUTED_FILL,
            }
          : { row: ITEM_FIRST + i, column: 5, values: [[inputs[i][0]]], numberFormats: [[format(item)]] }
      ),
      {
        row: ITEM_FIRST,
        column: 6,
        values: part.items.map(() => [null]),
        formulas: part.items.map((_, i) => [formulas[i][1]]),
        results: part.items.map((_, i) => [results[i][1]]),
        fill: COMPUTED_FILL,
      },
      {
        row: ITEM_FIRST,
        column: 7,
        values: part.items.map((item) => [
          item.note ? `${item.note}${item.note.includes("待核") ? "" : "（待核）"}` : "",
        ]),
        fill: COMPUTED_FILL,
        wrap: true,
      },
      { row: last + 2, column: 2, values: [["本部分判定"]], font: { bold: true } },
      {
        row: last + 2,
        column: 6,
        values: [[null]],
        formulas: [[partFormula(part, `G${ITEM_FIRST + 1}:G${last + 1}`)]],
        results: [[verdict.status]],
        font: { bold: true },
        fill: COMPUTED_FILL,
      },
    ],
    tables: [],
    columns: [
      { index: 0, width: 5 },
      { index: 1, width: 5 },
      { index: 2, width: 44 },
      { index: 3, width: 10 },
      { index: 4, width: 10 },
      { index: 5, width: 10 },
      { index: 6, width: 9 },
      { index: 7, width: 30 },
    ],
    flags: statusFlags([a1(ITEM_FIRST, 6, last + 2, 6)]),
    validations: [],
    page: page(a1(0, 0, last + 2, 7), 2, part.title, "landscape"),
  };
  return { sheet, statuses };
}

function partFormula(part: AssessmentPart, range: string): string {
  const fail = part.key === "veto" ? "否决" : "未达标";
  const pass = part.key === "veto" ? "通过" : "达标";
  return `=IF(COUNTIF(${range},"${fail}")>0,"${fail}",IF(COUNTIF(${range},"待填报")+COUNTIF(${range},"材料待核")+COUNTIF(${range},"输入有误")>0,"待完善","${pass}"))`;
}

// ------------------------------------------------------------------------------------------------
// 总判定 and 表内审核

function verdictSheet(
  refs: Refs,
  evaluation: BalanceEvaluation,
  parts: { part: AssessmentPart; statuses: string[] }[]
): SheetLayout {
  const coeff = quote(refs.names.coefficients);
  const rows: { label: string; formula: string; pending: string; failing: string; result: [string, number, number] }[] =
    [];
  STAGES.forEach((stage, si) => {
    const r = coefficientRows(si);
    const statuses = `${coeff}!$H$${r.first + 1}:$H$${r.first + RESOURCE_INDICATORS.length}`;
    const meeting = `${coeff}!$H$${r.meeting + 1}`;
    const summary = evaluation.stages[stage];
    const indicatorStatuses = RESOURCE_INDICATORS.map((ind) => summary.indicators[ind.key].status);
    const meetingStatus = summary.schools === 0 ? "" : summary.schoolsMeeting === summary.schools ? "达标" : "未达标";
    const failing = indicatorStatuses.filter((s) => s === "未达标").length + (meetingStatus === "未达标" ? 1 : 0);
    const pending = indicatorStatuses.filter((s) => s === "临界").length;
    const status = summary.schools === 0 ? "无参评学校" : failing > 0 ? "未达标" : pending > 0 ? "临界待核" : "达标";
    rows.push({
      label: `资源配置·${stage}（7项差异系数、单校达标）`,
      formula: `=IF(${coeff}!$B$${r.first + 1}=0,"无参评学校",IF(C{r}>0,"未达标",IF(D{r}>0,"临界待核","达标")))`,
      failing: `=COUNTIF(${statuses},"未达标")+IF(${meeting}="未达标",1,0)`,
      pending: `=COUNTIF(${statuses},"临界")`,
      result: [status, failing, pending],
    });
  });
  for (const { part, statuses } of parts) {
    const range = `${quote(refs.names[part.key])}!$G$${ITEM_FIRST + 1}:$G$${ITEM_FIRST + part.items.length}`;
    const fail = part.key === "veto" ? "否决" : "未达标";
    const verdict = partVerdict(part, statuses);
    rows.push({
      label: part.title,
      formula: partFormula(part, range),
      failing: `=COUNTIF(${range},"${fail}")`,
      pending: `=COUNTIF(${range},"待填报")+COUNTIF(${range},"材料待核")+COUNTIF(${range},"输入有误")`,
      result: [verdict.status, verdict.failing, verdict.pending],
    });
  }
  const first = 3;
  const last = first + rows.length - 1;
  const overallRow = last + 2;
  const statusRange = `$B$${first + 1}:$B$${last + 1}`;
  const failingTotal = rows.reduce((sum, r) => sum + r.result[1], 0);
  const pendingTotal = rows.reduce((sum, r) => sum + r.result[2], 0);
  const passes = rows.filter((r) => r.result[0] === "达标" || r.result[0] === "通过").length;
  const overall = failingTotal > 0 ? "尚未达到" : passes === rows.length ? "具备申报条件" : "尚待完善";
  const missing = (failing: number, pending: number) =>
    failing === 0 && pending === 0
      ? ""
      : `${failing > 0 ? `${failing} 项未达标` : ""}${failing > 0 && pending > 0 ? "，" : ""}${pending > 0 ? `${pending} 项待填报或待核` : ""}`;
  const missingFormula = (r: number) =>
    `=IF(AND(C${r}=0,D${r}=0),"",IF(C${r}>0,C${r}&" 项未达标","")&IF(AND(C${r}>0,D${r}>0),"，","")&IF(D${r}>0,D${r}&" 项待填报或待核",""))`;
  return {
    name: refs.names.verdict,
    blocks: [
      { row: 0, column: 0, values: [["义务教育优质均衡发展 总判定"]], font: { bold: true, size: 14 } },
      {
        row: 1,
        column: 0,
        values: [["全部自动计算：资源配置取自“差异系数”表，其余取自各部分表。一票否决项存在任何一项即不能通过。"]],
      },
      { row: 2, column: 0, values: [["部分", "判定", "未达标项", "待填报或待核项", "尚缺"]], font: { bold: true } },
      { row: first, column: 0, values: rows.map((r) => [r.label]), fill: COMPUTED_FILL },
      {
        row: first,
        column: 1,
        values: rows.map(() => [null, null, null, null]),
        formulas: rows.map((r, i) => [
          r.formula.replace(/\{r\}/g, String(first + i + 1)),
          r.failing,
          r.pending,
          missingFormula(first + i + 1),
        ]),
        results: rows.map((r) => [r.result[0], r.result[1], r.result[2], missing(r.result[1], r.result[2])]),
        numberFormats: rows.map(() => ["@", "0", "0", "@"]),
        fill: COMPUTED_FILL,
      },
      { row: overallRow, column: 0, values: [["总体判定"]], font: { bold: true } },
      {
        row: overallRow,
        column: 1,
        values: [[null, null, null, null]],
        formulas: [
          [
            `=IF(SUM(C${first + 1}:C${last + 1})>0,"尚未达到",IF(COUNTIF(${statusRange},"达标")+COUNTIF(${statusRange},"通过")=${rows.length},"具备申报条件","尚待完善"))`,
            `=SUM(C${first + 1}:C${last + 1})`,
            `=SUM(D${first + 1}:D${last + 1})`,
            missingFormula(overallRow + 1),
          ],
        ],
        results: [[overall, failingTotal, pendingTotal, missing(failingTotal, pendingTotal)]],
        numberFormats: [["@", "0", "0", "@"]],
        font: { bold: true },
        fill: COMPUTED_FILL,
      },
    ],
    tables: [],
    columns: [
      { index: 0, width: 36 },
      { index: 1, width: 14 },
      { index: 2, width: 10 },
      { index: 3, width: 14 },
      { index: 4, width: 36 },
    ],
    flags: statusFlags([a1(first, 1, overallRow, 1)]),
    validations: [],
    page: page(a1(0, 0, overallRow, 4), 2, "义务教育优质均衡发展 总判定", "landscape"),
  };
}

function checksSheet(refs: Refs, evaluation: BalanceEvaluation): SheetLayout {
  const messages = schoolRange(refs, "messages");
  const first = 3;
  const counts = INPUT_CHECKS.map((check) => evaluation.rows.filter((r) => r.messages.includes(check.message)).length);
  const firstRows = INPUT_CHECKS.map((check) => {
    const at = evaluation.rows.findIndex((r) => r.messages.includes(check.message));
    return at < 0 ? "" : refs.first + 1 + at;
  });
  const last = first + INPUT_CHECKS.length - 1;
  const errors = INPUT_CHECKS.reduce((sum, check, i) => sum + (check.severity === "错误" ? counts[i] : 0), 0);
  const notices = INPUT_CHECKS.reduce((sum, check, i) => sum + (check.severity === "提示" ? counts[i] : 0), 0);
  const summaryRow = last + 2;
  return {
    name: refs.names.checks,
    blocks: [
      { row: 0, column: 0, values: [["表内审核（学校数据）"]], font: { bold: true, size: 14 } },
      {
        row: 1,
        column: 0,
        values: [
          [
            `错误必须修正后再申报，提示需要核实。出错的单元格在“${refs.names.schools}”表中标红（错误）或标黄（提示），每行的“表内审核”列写明原因。`,
          ],
        ],
      },
      { row: 2, column: 0, values: [["编号", "审核规则", "严重程度", "出错行数", "首个出错行"]], font: { bold: true } },
      {
        row: first,
        column: 0,
        values: INPUT_CHECKS.map((check, i) => [`S${String(i + 1).padStart(2, "0")}`, check.message, check.severity]),
        fill: COMPUTED_FILL,
      },
      {
        row: first,
        column: 3,
        values: INPUT_CHECKS.map(() => [null, null]),
        formulas: INPUT_CHECKS.map((check, i) => {
          const r = first + i + 1;
          return [
            `=COUNTIF(${messages},"*${check.message}；*")`,
            `=IF(D${r}=0,"",MATCH("*${check.message}；*",${messages},0)+${refs.first})`,
          ];
        }),
        results: INPUT_CHECKS.map((_, i) => [counts[i], firstRows[i]]),
        numberFormats: INPUT_CHECKS.map(() => ["0", "0"]),
        fill: COMPUTED_FILL,
      },
      { row: summaryRow, column: 1, values: [["审核结论"]], font: { bold: true } },
      {
        row: summaryRow,
        column: 2,
        values: [[null]],
        formulas: [
          [
            `=IF(SUMIF(C${first + 1}:C${last + 1},"错误",D${first + 1}:D${last + 1})>0,"有 "&SUMIF(C${first + 1}:C${last + 1},"错误",D${first + 1}:D${last + 1})&" 处错误须修正",IF(SUMIF(C${first + 1}:C${last + 1},"提示",D${first + 1}:D${last + 1})>0,"通过，"&SUMIF(C${first + 1}:C${last + 1},"提示",D${first + 1}:D${last + 1})&" 处提示待核实","通过"))`,
          ],
        ],
        results: [[errors > 0 ? `有 ${errors} 处错误须修正` : notices > 0 ? `通过，${notices} 处提示待核实` : "通过"]],
        font: { bold: true },
        fill: COMPUTED_FILL,
      },
    ],
    tables: [],
    columns: [
      { index: 0, width: 6 },
      { index: 1, width: 50 },
      { index: 2, width: 20 },
      { index: 3, width: 10 },
      { index: 4, width: 10 },
    ],
    flags: [
      {
        kind: "check:error",
        address: a1(first, 3, last, 3),
        formula: `=AND($C${first + 1}="错误",D${first + 1}>0)`,
        format: ERROR_FORMAT,
      },
      {
        kind: "check:notice",
        address: a1(first, 3, last, 3),
        formula: `=AND($C${first + 1}="提示",D${first + 1}>0)`,
        format: NOTICE_FORMAT,
      },
    ],
    validations: [],
    page: page(a1(0, 0, summaryRow, 4), 2, "表内审核", "portrait"),
  };
}

// ------------------------------------------------------------------------------------------------

/** The whole assessment workbook for a list of schools (empty: a blank form). Pure. */
export function buildBalanceWorkbook(schools: readonly SchoolRow[], options: BalanceOptions = {}): BalanceWorkbook {
  const standards = options.standards ?? nationalStandards();
  const spare = options.spareRows ?? (schools.length === 0 ? 60 : 20);
  const taken = [...(options.existingSheets ?? [])];
  const pick = (base: string) => {
    const name = uniqueSheetName(base, taken);
    taken.push(name);
    return name;
  };
  const names = {
    verdict: pick(BALANCE_SHEETS.verdict),
    schools: pick(BALANCE_SHEETS.schools),
    perSchool: pick(BALANCE_SHEETS.perSchool),
    coefficients: pick(BALANCE_SHEETS.coefficients),
    government: pick(ASSESSMENT_PARTS[0].sheet),
    quality: pick(ASSESSMENT_PARTS[1].sheet),
    recognition: pick(ASSESSMENT_PARTS[2].sheet),
    veto: pick(ASSESSMENT_PARTS[3].sheet),
    checks: pick(BALANCE_SHEETS.checks),
    standards: pick(BALANCE_SHEETS.standards),
  };
  const rows = [...schools, ...Array.from({ length: spare }, (): SchoolRow => ({}))];
  const evaluation = evaluateSchools(rows, standards);
  const refs: Refs = { names, first: FIRST_ROW, last: FIRST_ROW + rows.length - 1, schools: rows, standards };
  const parts = ASSESSMENT_PARTS.map((part) => ({
    part,
    ...itemSheet(refs, part, options.itemValues?.[part.key] ?? [], evaluation),
  }));
  const sheets: SheetLayout[] = [
    verdictSheet(refs, evaluation, parts),
    schoolsSheet(refs, rows, evaluation),
    perSchoolSheet(refs, evaluation),
    coefficientSheet(refs, evaluation),
    ...parts.map((p) => p.sheet),
    checksSheet(refs, evaluation),
    standardsSheet(names.standards, standards),
  ];
  return {
    layout: { sheets },
    sheetNames: names,
    evaluation,
    schoolCount: schools.length,
    firstRow: refs.first,
    lastRow: refs.last,
  };
}
