// The 义务教育优质均衡 workbook: every computed cell, recalculated by HyperFormula from the native
// formulas alone, equals what the core computed (and the coefficients equal EDU.BALANCE); the
// method's cases (6 + 1 at 86 % / 84 %, 5 met, scope, 九年一贯制 split, 万元 → 元); every input check.
import { differenceCoefficient } from "../../src/core/balance";
import {
  INPUT_CHECKS,
  INPUT_COLUMNS,
  LEGACY_SPLIT_WEIGHTS,
  RESOURCE_INDICATORS,
  SchoolListError,
  SchoolRow,
  evaluateSchools,
  nationalStandards,
  readSchoolCsv,
} from "../../src/core/balance-schools";
import { BalanceWorkbook, buildBalanceWorkbook, coefficientRows } from "../../src/core/balance-workbook";
import { ASSESSMENT_PARTS } from "../../src/core/balance-items";
import { NATIVE_FUNCTIONS, functionsIn, nestingDepth } from "../../src/core/formula";
import { columnLetter, fitScale } from "../../src/core/layout";
import { county } from "../support/county";
import { recalculate } from "../support/layout-engine";

/** A school meeting every standard of its stage exactly, 1000 students. */
function standardSchool(name: string, stage: "小学" | "初中" = "小学", change: Partial<SchoolRow> = {}): SchoolRow {
  const s = nationalStandards().indicators;
  const students = 1000;
  return {
    name,
    stage,
    type: "普通",
    students,
    classes: 25,
    maxClass: 42,
    teachers: 90,
    qualified: (s.qualified[stage] * students) / 100,
    backbone: (s.backbone[stage] * students) / 100,
    peArt: (s.peArt[stage] * students) / 100,
    teachingArea: s.teachingArea[stage] * students,
    sportsArea: s.sportsArea[stage] * students,
    equipment: (s.equipment[stage] * students) / 10000,
    multimedia: (s.multimedia[stage] * students) / 100,
    ...change,
  };
}

/** HyperFormula's MATCH has no wildcards (Excel's and LibreOffice's do): 首个出错行 is checked in test:portable. */
const withoutWildcardMatch = (lines: string[]) => lines.filter((line) => !line.includes('MATCH("*'));

function engineOf(workbook: BalanceWorkbook) {
  const engine = recalculate(workbook.layout);
  expect(withoutWildcardMatch(engine.disagreements)).toEqual([]);
  return engine;
}

const valueColumn = (workbook: BalanceWorkbook, header: string) =>
  columnLetter(workbook.layout.sheets[1].blocks[2].values[0].findIndex((h) => h === header));
const perSchoolVerdictColumn = columnLetter(3 + RESOURCE_INDICATORS.length * 4 + 1);

test("the five-school vector: the workbook's coefficient is EDU.BALANCE's 0.515", () => {
  const enrolment = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  // Per-100 values scale the per-student ones by 100; the coefficient is scale-free.
  const schools = enrolment.map((students, i) =>
    standardSchool(`学校${i + 1}`, "小学", { students, qualified: books[i], teachers: 2000, classes: 2, maxClass: 50 })
  );
  const workbook = buildBalanceWorkbook(schools, { spareRows: 3 });
  const engine = engineOf(workbook);
  const row = coefficientRows(0).first + 1;
  const cv = engine.value(workbook.sheetNames.coefficients, `F${row}`) as number;
  expect(cv).toBeCloseTo(0.515, 3);
  expect(cv).toBeCloseTo(
    differenceCoefficient(
      books.map((b, i) => b / enrolment[i]),
      enrolment
    ) as number,
    9
  );
  expect(engine.value(workbook.sheetNames.coefficients, `D${row}`)).toBeCloseTo((1913 / 302) * 100, 6);
  expect(engine.value(workbook.sheetNames.coefficients, `H${row}`)).toBe("未达标");
});

test("per school: 6 met + 1 at 86 % passes, 6 met + 1 at 84 % fails, 5 met fails; the weakest is named", () => {
  const m = nationalStandards().indicators.multimedia.小学;
  const schools = [
    standardSchool("六项加86%", "小学", { multimedia: (m * 0.86 * 1000) / 100 }),
    standardSchool("六项加84%", "小学", { multimedia: (m * 0.84 * 1000) / 100 }),
    standardSchool("五项达标", "小学", { multimedia: (m * 0.9 * 1000) / 100, backbone: 9 }),
    standardSchool("全部达标"),
  ];
  const workbook = buildBalanceWorkbook(schools, { spareRows: 0 });
  const engine = engineOf(workbook);
  const sheet = workbook.sheetNames.perSchool;
  const verdicts = [5, 6, 7, 8].map((r) => engine.value(sheet, `${perSchoolVerdictColumn}${r}`));
  expect(verdicts).toEqual(["达标", "未达标", "未达标", "达标"]);
  const met = columnLetter(3 + RESOURCE_INDICATORS.length * 4);
  expect([5, 6, 7, 8].map((r) => engine.value(sheet, `${met}${r}`))).toEqual([6, 6, 5, 7]);
  const weakest = columnLetter(3 + RESOURCE_INDICATORS.length * 4 + 2);
  expect(engine.value(sheet, `${weakest}5`)).toBe("网络多媒体教室");
  // The multimedia block: 标准值 2.3, 基本值 85 %, 实际值, 是否达标.
  const block = 3 + 6 * 4;
  expect([0, 1, 2, 3].map((k) => engine.value(sheet, `${columnLetter(block + k)}5`))).toEqual([
    2.3,
    expect.closeTo(2.3 * 0.85, 9),
    expect.closeTo(2.3 * 0.86, 9),
    "基本达标",
  ]);
  expect(engine.value(sheet, `${columnLetter(block + 3)}6`)).toBe("未达标");
});

test("out-of-scope rows are marked with the reason and left out of every coefficient", () => {
  const base = county(30, 3, { clean: true }).filter((s) => s.type === "普通" && s.code === null && s.stage !== "高中");
  const extra: SchoolRow[] = [
    standardSchool("特教学校", "小学", { type: "特殊教育", students: 120, qualified: 40, teachers: 60 }),
    standardSchool("小教学点", "小学", { type: "教学点", students: 30, classes: 3, maxClass: 12 }),
    standardSchool("某中学高中部", "小学", { stage: "高中", students: 900 }),
  ];
  const alone = buildBalanceWorkbook(base, { spareRows: 0 });
  const mixed = buildBalanceWorkbook([...base.slice(0, 5), ...extra, ...base.slice(5)], { spareRows: 2 });
  const [a, b] = [engineOf(alone), engineOf(mixed)];
  for (const stage of [0, 1]) {
    const rows = coefficientRows(stage);
    for (let r = rows.first + 1; r <= rows.composite + 1; r++) {
      expect(b.value(mixed.sheetNames.coefficients, `F${r}`)).toBeCloseTo(
        a.value(alone.sheetNames.coefficients, `F${r}`) as number,
        12
      );
    }
  }
  const reasons = [9, 10, 11, 12, 13].map((r) =>
    b.value(mixed.sheetNames.schools, `${valueColumn(mixed, "不参评原因")}${r}`)
  );
  expect(reasons).toEqual(["", "特殊教育学校不参评", "教学点学生不足规定人数，不参评", "高中部不参评", ""]);
  expect(b.value(mixed.sheetNames.schools, `${valueColumn(mixed, "参评")}10`)).toBe("否");
  // and the spare blank rows count nowhere
  expect(mixed.evaluation.stages.小学.schools + mixed.evaluation.stages.初中.schools).toBe(base.length);
});

test("a 九年一贯制 school: shared resources entered once are split by students, or by the former 1 : 1.1 weights", () => {
  const primary = standardSchool("九年一贯制小学部", "小学", {
    code: "X1",
    students: 600,
    teachingArea: 5000,
    equipment: 120,
    multimedia: 20,
    sportsArea: 8000,
  });
  const junior = standardSchool("九年一贯制初中部", "初中", {
    code: "X1",
    students: 400,
    teachingArea: null,
    equipment: null,
    multimedia: null,
    sportsArea: null,
  });
  const workbook = buildBalanceWorkbook([primary, junior], { spareRows: 0 });
  const engine = engineOf(workbook);
  const at = (header: string, r: number) =>
    engine.value(workbook.sheetNames.schools, `${valueColumn(workbook, header)}${r}`);
  expect(at("共用资源分摊比例", 5)).toBeCloseTo(0.6, 12);
  expect(at("生均教学及辅助用房面积（㎡）", 5)).toBeCloseTo(5, 12);
  expect(at("生均教学及辅助用房面积（㎡）", 6)).toBeCloseTo(5, 12);
  // 万元 → 元: 120 万元 over 1000 students is 1200 元 each, whichever part.
  expect(at("生均教学仪器设备值（元）", 5)).toBeCloseTo(1200, 9);
  expect(at("生均教学仪器设备值（元）", 6)).toBeCloseTo(1200, 9);
  // Teachers are per part, never split.
  expect(at("每百名学生拥有县级及以上骨干教师数（人）", 6)).toBeCloseTo(((primary.backbone as number) / 400) * 100, 12);
  const legacy = evaluateSchools([primary, junior], {
    ...nationalStandards(),
    splitWeights: { ...LEGACY_SPLIT_WEIGHTS },
  });
  expect(legacy.rows[0].share).toBeCloseTo(600 / (600 + 440), 12);
  expect(legacy.rows[0].values.teachingArea).toBeCloseTo((5000 * 600) / 1040 / 600, 12);
  const legacyBook = buildBalanceWorkbook([primary, junior], {
    spareRows: 0,
    standards: { ...nationalStandards(), splitWeights: { ...LEGACY_SPLIT_WEIGHTS } },
  });
  expect(
    engineOf(legacyBook).value(legacyBook.sheetNames.schools, `${valueColumn(legacyBook, "共用资源分摊比例")}6`)
  ).toBeCloseTo(440 / 1040, 9);
  // The part whose row leaves the shared resources blank is not an input error; text there is.
  expect(workbook.evaluation.rows.map((r) => r.messages)).toEqual([[], []]);
  expect(evaluateSchools([primary, { ...junior, equipment: "见小学部" }]).rows[1].messages).toEqual([
    "必填数值为空或不是数字",
  ]);
  expect(evaluateSchools([primary, { ...junior, code: null }]).rows[1].messages).toEqual(["必填数值为空或不是数字"]);
  const typed = buildBalanceWorkbook([primary, { ...junior, equipment: "见小学部" }], { spareRows: 0 });
  expect(engineOf(typed).value(typed.sheetNames.schools, `${valueColumn(typed, "表内审核")}6`)).toBe(
    "必填数值为空或不是数字；"
  );
});

test("a 十二年一贯制 school's 高中部 takes its share of shared resources but is not assessed; 规模 counts the whole school", () => {
  const parts = [
    standardSchool("小学部", "小学", { code: "Y", students: 1000, teachingArea: 9000 }),
    standardSchool("初中部", "初中", { code: "Y", students: 1000, teachingArea: null }),
    standardSchool("高中部", "小学", { code: "Y", stage: "高中", students: 1000, teachingArea: null }),
  ];
  const result = evaluateSchools(parts);
  expect(result.rows.map((r) => r.inScope)).toEqual([true, true, false]);
  expect(result.rows[0].values.teachingArea).toBeCloseTo(3, 12);
  expect(result.rows[0].schoolSize).toBe("未达标"); // 3000 > 2500
  engineOf(buildBalanceWorkbook(parts, { spareRows: 0 }));
});

test("every input check: its message at the row, its cells flagged, counted on 表内审核 with its severity", () => {
  const cases: Record<string, Partial<SchoolRow>> = {
    required: { sportsArea: null },
    negative: { sportsArea: -5 },
    students: { students: 0 },
    "qualified>teachers": { qualified: 95 },
    "backbone>teachers": { backbone: 95 },
    "peArt>teachers": { peArt: 95 },
    maxClass: { maxClass: 30 },
    stageType: { type: "民办" },
    noTeachers: { teachers: 0, qualified: 0, backbone: 0, peArt: 0 },
    duplicate: {},
  };
  expect(Object.keys(cases).sort()).toEqual(INPUT_CHECKS.map((c) => c.id).sort());
  for (const check of INPUT_CHECKS) {
    const rows = [
      standardSchool("甲校"),
      standardSchool(check.id === "duplicate" ? "甲校" : "乙校", "小学", cases[check.id]),
    ];
    const evaluation = evaluateSchools(rows);
    expect({ check: check.id, messages: evaluation.rows[1].messages }).toEqual({
      check: check.id,
      messages: expect.arrayContaining([check.message]),
    });
    if (check.id !== "duplicate") expect(evaluation.rows[0].messages).toEqual([]);
    const workbook = buildBalanceWorkbook(rows, { spareRows: 1 });
    const engine = engineOf(workbook);
    expect(String(engine.value(workbook.sheetNames.schools, `${valueColumn(workbook, "表内审核")}6`))).toContain(
      `${check.message}；`
    );
    const line = INPUT_CHECKS.indexOf(check) + 4;
    expect(engine.value(workbook.sheetNames.checks, `C${line}`)).toBe(check.severity);
    expect(engine.value(workbook.sheetNames.checks, `D${line}`)).toBe(check.id === "duplicate" ? 2 : 1);
    const flags = workbook.layout.sheets[1].flags.filter((f) => f.kind === `check:${check.id}`);
    expect(flags.length).toBeGreaterThan(0);
  }
  const clean = buildBalanceWorkbook([standardSchool("甲校"), standardSchool("乙校", "初中")], { spareRows: 1 });
  expect(engineOf(clean).value(clean.sheetNames.checks, `C${INPUT_CHECKS.length + 5}`)).toBe("通过");
});

test("a seeded county of 300 schools: HyperFormula's recalculation equals the core in every computed cell", () => {
  const workbook = buildBalanceWorkbook(county(300, 2024), {
    itemValues: {
      government: [...Array(18)].map((_, i) => (i % 3 === 0 ? "达标" : i % 3 === 1 ? 0.97 : null)),
      veto: ["否", "是"],
    },
  });
  const engine = recalculate(workbook.layout);
  expect(engine.cells).toBeGreaterThan(15000);
  expect(withoutWildcardMatch(engine.disagreements)).toEqual([]);
  // the county reaches every verdict the sheets can give
  const statuses = new Set(workbook.evaluation.rows.flatMap((r) => Object.values(r.verdicts)));
  expect([...statuses].sort()).toEqual(["", "基本达标", "未达标", "达标"].sort());
  expect(new Set(workbook.evaluation.rows.map((r) => r.verdict))).toEqual(new Set(["", "达标", "未达标"]));
  expect(workbook.evaluation.rows.some((r) => r.messages.length > 0)).toBe(true);
});

test("item sheets: thresholds editable, statuses for numbers, qualitative answers and vetoes; 总判定 sums them up", () => {
  const government = ASSESSMENT_PARTS[0].items.map((item) =>
    item.kind === "qualitative" ? "达标" : item.kind === "computed" ? null : item.national!
  );
  const full = {
    government,
    quality: ASSESSMENT_PARTS[1].items.map((i) => (i.kind === "qualitative" ? "达标" : 0.99)),
    recognition: [0.9],
    veto: ASSESSMENT_PARTS[3].items.map(() => "否"),
  };
  const schools = [
    standardSchool("甲校", "小学", { musicRooms: 3, musicArea: 300, artRooms: 3, artArea: 280 }),
    standardSchool("乙校", "初中", { musicRooms: 3, musicArea: 300, artRooms: 3, artArea: 280 }),
  ];
  const ready = buildBalanceWorkbook(schools, { spareRows: 0, itemValues: full });
  const engine = engineOf(ready);
  expect(engine.value(ready.sheetNames.verdict, "B11")).toBe("具备申报条件");
  const vetoed = buildBalanceWorkbook(schools, {
    spareRows: 0,
    itemValues: { ...full, veto: ["否", "否", "是"], recognition: [0.8] },
  });
  const other = engineOf(vetoed);
  expect(other.value(vetoed.sheetNames.verdict, "B9")).toBe("否决");
  expect(other.value(vetoed.sheetNames.verdict, "B8")).toBe("未达标");
  expect(other.value(vetoed.sheetNames.verdict, "B11")).toBe("尚未达到");
  const empty = buildBalanceWorkbook([], {});
  const blank = engineOf(empty);
  expect(blank.value(empty.sheetNames.verdict, "B11")).toBe("尚待完善");
  expect(String(blank.value(empty.sheetNames.verdict, "E6"))).toMatch(/项待填报或待核/);
  expect(blank.value(empty.sheetNames.government, "G5")).toBe("待填报");
});

test("every formula is Excel 2007's: allowed functions only, within 8,192 characters and 64 levels", () => {
  const allowed = new Set<string>([
    ...NATIVE_FUNCTIONS,
    "SUM",
    "SUMIF",
    "SUMPRODUCT",
    "COUNT",
    "COUNTA",
    "COUNTIF",
    "COUNTIFS",
    "SQRT",
    "AVERAGE",
    "MATCH",
    "ROUNDUP",
  ]);
  const workbook = buildBalanceWorkbook(county(50, 1));
  let longest = 0;
  for (const sheet of workbook.layout.sheets) {
    for (const block of sheet.blocks) {
      for (const formula of (block.formulas ?? []).flat()) {
        if (!formula) continue;
        longest = Math.max(longest, formula.length);
        expect(functionsIn(formula).filter((name) => !allowed.has(name))).toEqual([]);
        expect(nestingDepth(formula)).toBeLessThanOrEqual(64);
      }
    }
    for (const flag of sheet.flags) expect(functionsIn(flag.formula).filter((name) => !allowed.has(name))).toEqual([]);
  }
  expect(longest).toBeLessThanOrEqual(8192);
});

test("print: 学校数据 and 差异系数 on A4, one page wide, at a readable scale, title rows repeated", () => {
  const workbook = buildBalanceWorkbook(county(100, 5));
  const [schools, coefficients] = [workbook.layout.sheets[1], workbook.layout.sheets[3]];
  for (const sheet of [schools, coefficients]) {
    expect(sheet.page).toMatchObject({ paper: "A4", fitToWidth: 1 });
    expect(fitScale(sheet)).toBeGreaterThanOrEqual(0.6);
  }
  expect(schools.page!.titleRows).toBe("4:4");
  expect(schools.page!.printArea).toBe(`B1:Y${workbook.lastRow + 1}`);
});

test("the school list as CSV: exact headers, optional columns may be absent, text kept as typed, missing columns named", () => {
  const required = INPUT_COLUMNS.filter((c) => c.required).map((c) => c.header);
  const csv = `\uFEFF${required.join(",")}\r\n"实验小学,东校区",小学,普通,1200,27,46,80,60,12,11,5400,9000,240.5,28\r\n第二中学,初中,普通,八百,20,45,70,50,10,9,4000,8000,200,20\r\n`;
  const rows = readSchoolCsv(csv);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ name: "实验小学,东校区", students: 1200, equipment: 240.5 });
  expect(rows[0].code).toBeUndefined();
  expect(rows[1].students).toBe("八百");
  expect(evaluateSchools(rows).rows[1].messages).toContain("必填数值为空或不是数字");
  expect(() => readSchoolCsv("学校名称,学段\n甲,小学\n")).toThrow(SchoolListError);
  try {
    readSchoolCsv("学校名称,学段\n甲,小学\n");
  } catch (error) {
    expect((error as SchoolListError).zh).toContain("在校生数");
    expect((error as SchoolListError).en).toContain("required columns");
  }
});
