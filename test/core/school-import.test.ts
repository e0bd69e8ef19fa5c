// School data from the annual returns: header synonyms, headers over several rows, 万元 / 元, joining
// blocks, unmatched rows listed, and placement into a 学校数据 sheet's empty rows only.
import { STAGES, evaluateSchools, readSchoolCsv } from "../../src/core/balance-schools";
import { buildBalanceWorkbook, coefficientRows } from "../../src/core/balance-workbook";
import { recalculate } from "../support/layout-engine";
import {
  SchoolImportError,
  fieldOf,
  importSchools,
  parsePastedBlock,
  placeSchools,
  planAppend,
  textCells,
} from "../../src/core/school-import";
import * as fs from "fs";
import * as path from "path";

const tsv = (lines: string[]) => parsePastedBlock(lines.join("\n"));

describe("header names", () => {
  it.each([
    ["学生数", "students"],
    ["在校学生数", "students"],
    ["在校生数（人）", "students"],
    ["在 校 生 数", "students"],
    ["仪器设备总值（万元）", "equipment"],
    ["教学仪器设备值(元)", "equipment"],
    ["学校（单位）名称", "name"],
    ["体育、艺术（美术、音乐）专任教师数", "peArt"],
    ["学校标识码", "code"],
  ])("%s is %s", (header, key) => expect(fieldOf(header)).toBe(key));

  it("leaves unknown headers unrecognised", () => {
    expect(fieldOf("序号")).toBeNull();
    expect(fieldOf("校长姓名")).toBeNull();
  });
});

describe("one block", () => {
  it("reads synonyms, units and a title row above the headers", () => {
    const result = importSchools([
      tsv([
        "2024年 小学基础基表",
        "学校名称\t学段\t学校类型\t在校学生数\t仪器设备总值（元）\t校长",
        "甲小学\t小学\t普通\t1,200\t3000000\t张",
        "乙小学\t小学\t普通\t800\t1234567\t李",
        "合计\t\t\t2000\t4234567\t",
      ]),
    ]);
    const [block] = result.blocks;
    expect(block.headerRows).toEqual([2]);
    expect(block.columns.map((c) => [c.header, c.key, c.unit])).toEqual([
      ["学校名称", "name", null],
      ["学段", "stage", null],
      ["学校类型", "type", null],
      ["在校学生数", "students", null],
      ["仪器设备总值（元）", "equipment", "元"],
    ]);
    expect(block.ignored).toEqual(["校长"]);
    expect(result.schools).toEqual([
      { name: "甲小学", stage: "小学", type: "普通", students: 1200, equipment: 300 },
      { name: "乙小学", stage: "小学", type: "普通", students: 800, equipment: 123.4567 },
    ]);
    expect(result.skipped.map((s) => [s.row, s.school])).toEqual([[5, "合计"]]);
    expect(result.problems.map((p) => p.en).join()).toMatch(/required columns not found: 班级数/);
  });

  it("reads 万元 as it stands, and says so when the header names no unit", () => {
    const wan = importSchools([tsv(["学校名称\t教学仪器设备值（万元）", "甲\t300.5"])]);
    expect(wan.schools[0].equipment).toBe(300.5);
    expect(wan.problems.some((p) => p.zh.includes("未注明单位"))).toBe(false);
    const bare = importSchools([tsv(["学校名称\t教学仪器设备值", "甲\t300.5"])]);
    expect(bare.schools[0].equipment).toBe(300.5);
    expect(bare.problems.some((p) => p.zh.includes("未注明单位，按万元读取"))).toBe(true);
  });

  it("combines two header rows, a merged cell coming as blanks", () => {
    const result = importSchools([
      tsv([
        "学校名称\t在校生数\t专任教师\t\t\t仪器设备总值\t班级数",
        "\t\t合计\t其中：高于规定学历\t县级及以上骨干教师\t万元\t",
        "甲小学\t500\t40\t30\t5\t200\t12",
      ]),
    ]);
    const [block] = result.blocks;
    expect(block.headerRows).toEqual([1, 2]);
    expect(block.columns.map((c) => [c.header, c.key])).toEqual([
      ["学校名称", "name"],
      ["在校生数", "students"],
      ["专任教师 / 合计", "teachers"],
      ["专任教师 / 其中：高于规定学历", "qualified"],
      ["专任教师 / 县级及以上骨干教师", "backbone"],
      ["仪器设备总值 / 万元", "equipment"],
      ["班级数", "classes"],
    ]);
    expect(result.schools[0]).toEqual({
      name: "甲小学",
      students: 500,
      teachers: 40,
      qualified: 30,
      backbone: 5,
      equipment: 200,
      classes: 12,
    });
  });

  it("combines three header rows and skips the numbering row under them", () => {
    const result = importSchools([
      [
        ["学校名称", "办学条件", "", ""],
        ["", "校舍", "", "教学仪器设备值"],
        ["", "教学及辅助用房面积", "体育运动场馆面积", "（元）"],
        ["甲", "1", "2", "3"],
        ["A校", 4000, "6,000", 2500000],
      ],
    ]);
    expect(result.blocks[0].headerRows).toEqual([1, 2, 3]);
    expect(result.blocks[0].columns.map((c) => c.key)).toEqual(["name", "teachingArea", "sportsArea", "equipment"]);
    expect(result.schools).toEqual([{ name: "A校", teachingArea: 4000, sportsArea: 6000, equipment: 250 }]);
  });

  it("keeps text in a number column as typed, for the sheet to flag", () => {
    const result = importSchools([tsv(["学校名称\t学生数", "甲\t约500", "乙\t５００"])]);
    expect(result.schools.map((s) => s.students)).toEqual(["约500", 500]);
  });

  it("refuses a block with no headers, or no school column, and says why", () => {
    expect(() => importSchools([tsv(["a\tb", "1\t2"])])).toThrow(/找不到列名[\s\S]*no headers found/);
    expect(() => importSchools([tsv(["在校生数\t班级数", "1\t2"])])).toThrow(SchoolImportError);
    expect(() => importSchools([[], [[""]]])).toThrow(/没有可读取的学校数据/);
  });

  it("reads the example CSV as readSchoolCsv does", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8");
    const imported = importSchools([textCells(text)]);
    const exact = readSchoolCsv(text);
    expect(imported.schools).toEqual(exact);
    expect(imported.problems).toEqual([]);
  });
});

describe("several blocks", () => {
  const staff = tsv([
    "学校标识码\t学校名称\t学段\t学校类型\t学生数\t班级数\t最大班额\t专任教师数",
    "3302000001\t甲小学\t小学\t普通\t600\t14\t45\t40",
    "3302000002\t乙中学\t初中\t普通\t900\t20\t48\t80",
  ]);
  it("joins on 学校标识码, lists a row that matches nothing, and never replaces a value", () => {
    const rooms = tsv([
      "学校标识码\t学校名称\t教学及辅助用房面积\t学生数",
      "3302000002\t乙中学（本部）\t5000\t950",
      "3302000001\t甲小学\t3000\t",
      "3302000099\t丙小学\t1000\t",
    ]);
    const result = importSchools([staff, rooms]);
    expect(result.blocks[1].joinedOn).toBe("code");
    expect(result.schools.map((s) => [s.name, s.teachingArea, s.students])).toEqual([
      ["甲小学", 3000, 600],
      ["乙中学", 5000, 900],
    ]);
    expect(result.unmatched).toEqual([
      { block: 2, row: 4, school: "丙小学", reason: { zh: "第1块中没有这所学校", en: "no such school in block 1" } },
    ]);
    // The second block's 学生数 differs: reported, the first kept; so is its other 学校名称.
    expect(result.problems.map((p) => p.en)).toEqual([
      expect.stringMatching(/block 2 row 2, 乙中学: 学校名称 is 乙中学（本部）/),
      expect.stringMatching(/block 2 row 2, 乙中学: 在校生数 is 950, not the 900 already read/),
      expect.stringMatching(/required columns not found/),
    ]);
  });

  it("joins on the exact name (and 学段) when a block has no 学校标识码", () => {
    const teachers = tsv([
      "学校名称\t学段\t高于规定学历教师数",
      "甲小学\t小学\t30",
      "乙中学\t小学\t9",
      "乙 中学\t初中\t70",
    ]);
    const result = importSchools([staff, teachers]);
    expect(result.blocks[1].joinedOn).toBe("name");
    expect(result.schools.map((s) => s.qualified)).toEqual([30, 70]);
    expect(result.unmatched.map((u) => [u.row, u.school])).toEqual([[3, "乙中学"]]);
  });

  it("refuses to join a block with neither key in common", () => {
    const names = tsv(["学校名称\t学生数", "甲小学\t1"]);
    const codes = tsv(["学校标识码\t班级数", "3302000001\t2"]);
    expect(() => importSchools([names, codes])).toThrow(/第2块无法与第1块对应[\s\S]*cannot be joined/);
  });
});

describe("into an existing 学校数据 sheet", () => {
  const existing = [{ name: "甲小学", stage: "小学" }, {}, { name: "乙中学", stage: "初中" }, {}, {}, {}];
  it("goes after the last filled row and leaves out schools already there", () => {
    const placement = placeSchools(existing, [
      { name: "乙中学", stage: "初中", students: 5 },
      { name: "丙小学", stage: "小学" },
      { name: "丁小学", stage: "小学" },
    ]);
    expect(placement).toEqual({
      start: 3,
      schools: [
        { name: "丙小学", stage: "小学" },
        { name: "丁小学", stage: "小学" },
      ],
      present: ["乙中学"],
    });
  });

  it("refuses, writing nothing, when the empty rows are too few", () => {
    const many = Array.from({ length: 4 }, (_, i) => ({ name: `校${i}`, stage: "小学" }));
    expect(() => placeSchools(existing, many)).toThrow(/只剩 3 个空行[\s\S]*3 empty rows left/);
  });
});

describe("what the pane shows after confirming", () => {
  it("evaluates imported schools like typed ones", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8");
    const imported = evaluateSchools(importSchools([textCells(text)]).schools);
    const typed = evaluateSchools(readSchoolCsv(text));
    expect(imported.stages).toEqual(typed.stages);
  });
});

describe("sub-headers", () => {
  it("never reads a part of a column as the whole", () => {
    const result = importSchools([tsv(["学校名称\t学生数\t", "\t合计\t女", "甲\t500\t240"])]);
    expect(result.blocks[0].columns.map((c) => c.header)).toEqual(["学校名称", "学生数 / 合计"]);
    expect(result.blocks[0].ignored).toEqual(["学生数 / 女"]);
    expect(result.schools).toEqual([{ name: "甲", students: 500 }]);
  });
});

describe("appending to a 学校数据 sheet already in the workbook", () => {
  // The sheet as the Excel layer reads it back: values and formulas from A1.
  function grid(layout: ReturnType<typeof buildBalanceWorkbook>["layout"], name: string) {
    const sheet = layout.sheets.find((s) => s.name === name)!;
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (const block of sheet.blocks)
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          (values[block.row + r] ??= [])[block.column + c] = block.formulas?.[r]?.[c] ? block.results?.[r]?.[c] : value;
          (formulas[block.row + r] ??= [])[block.column + c] = block.formulas?.[r]?.[c] ?? value;
        })
      );
    return { values, formulas };
  }
  const text = fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8");
  const all = readSchoolCsv(text);

  it("writes only empty input cells after the last school, and the sheet's formulas take the new schools in", () => {
    const workbook = buildBalanceWorkbook(all.slice(0, 12), { spareRows: 10 });
    const { values, formulas } = grid(workbook.layout, "学校数据");
    const plan = planAppend(values, formulas, all.slice(10));
    expect(plan.present).toEqual([all[10].name, all[11].name]);
    expect(plan.firstRow).toBe(workbook.firstRow + 12 + 1);
    expect(plan.lastRow).toBe(plan.firstRow + all.length - 12 - 1);
    for (const write of plan.writes)
      write.values.forEach((row, r) =>
        row.forEach((_v, c) => {
          const before = values[write.row + r]?.[write.column + c];
          expect(before === null || before === undefined).toBe(true);
          expect(String(formulas[write.row + r]?.[write.column + c] ?? "")).not.toMatch(/^=/);
        })
      );
    // Written into the layout, then recalculated: the coefficients are those of all 20 schools.
    const sheet = workbook.layout.sheets.find((s) => s.name === "学校数据")!;
    sheet.blocks.push(...plan.writes.map((w) => ({ row: w.row, column: w.column, values: w.values })));
    const engine = recalculate(workbook.layout);
    const expected = evaluateSchools(all).stages;
    STAGES.forEach((stage, i) => {
      const composite = engine.value("差异系数", `F${coefficientRows(i).composite + 1}`);
      expect(composite).toBeCloseTo(expected[stage].composite as number, 9);
      // …and not the 12 schools' it had before.
      expect(Math.abs((composite as number) - (workbook.evaluation.stages[stage].composite as number))).toBeGreaterThan(
        1e-6
      );
    });
  });

  it("refuses a sheet that is not EduPlan's, or one without room", () => {
    expect(() => planAppend([["名称"]], [["名称"]], all)).toThrow(/找不到表头[\s\S]*no header row/);
    const workbook = buildBalanceWorkbook(all.slice(0, 12), { spareRows: 3 });
    const { values, formulas } = grid(workbook.layout, "学校数据");
    expect(() => planAppend(values, formulas, all.slice(12))).toThrow(/只剩 3 个空行/);
  });
});

describe("numbering rows", () => {
  it("skips 甲 乙 1 2 3 … under the headers but keeps a school named 甲 with small numbers", () => {
    const numbered = importSchools([tsv(["学校名称\t学生数\t班级数\t教师数", "甲\t1\t2\t3", "城东小学\t300\t10\t25"])]);
    expect(numbered.schools.map((s) => s.name)).toEqual(["城东小学"]);
    const short = importSchools([tsv(["学校名称\t学生数", "甲\t5"])]);
    expect(short.schools).toEqual([{ name: "甲", students: 5 }]);
    const small = importSchools([tsv(["学校名称\t学生数\t班级数\t专任教师数", "乙\t9\t1\t2"])]);
    expect(small.schools).toEqual([{ name: "乙", students: 9, classes: 1, teachers: 2 }]);
  });
});
