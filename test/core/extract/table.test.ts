// Tests of flattened tables (one cell per line) read as indicator rows, and of HTML tables turned into that form.
import { extractPlan } from "../../../src/core/extract/extract";
import { htmlToPlanText } from "../../../src/core/extract/html";
import { headerYear, readTable, readValue } from "../../../src/core/extract/table";

/** Rows of cells as a flattened table: a tab before each cell, a blank line after each row. */
function flat(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `\t${cell}`).join("\n")).join("\n\n");
}

describe("value cells", () => {
  test.each([
    ["86.4%", { value: 86.4, unit: "%", rule: null }],
    ["/", null],
    ["—", null],
    [">100", { value: 100, rule: "greater_than" }],
    ["≥95", { value: 95, rule: "at_least" }],
    ["≥1.2:1", { value: 1.2, unit: "比", rule: "ratio_at_least" }],
    ["逐年只增不减", { value: null, rule: "non_decreasing" }],
    ["3-5个", { value: 3, high: 5, rule: "between" }],
    ["90%以上", { value: 90, rule: null }],
    ["0.25以内", { value: 0.25, rule: "at_most" }],
  ])("%s", (cell, expected) => {
    const reading = readValue(cell);
    if (expected === null) expect(reading).toBeNull();
    else expect(reading).toMatchObject(expected);
  });

  test("header years: 2025年, 十三五数据 (2020), none", () => {
    expect(headerYear("2025年")).toBe(2025);
    expect(headerYear("十三五数据")).toBe(2020);
    expect(headerYear("目标值")).toBeNull();
  });
});

describe("tables", () => {
  test("numbered rows with a category column, group sub-rows and 2020 baselines", () => {
    const text = flat([
      ["一级指标", "二级指标", "2020年", "2025年"],
      ["教育公平", "1．普惠性幼儿园比例", "86.4%", "90%"],
      ["", "2．适龄残疾儿童入学率", "学前段", "/", "95%"],
      ["", "", "义务段", "/", "99.5%"],
      ["教育质量", "3．近视率", "57.8%", "50%"],
    ]);
    const rows = readTable(text, 2025);
    expect(
      rows.map((r) => [r.category, r.name, r.group, r.rule, r.target.value, r.baseline?.value ?? null, r.rowMarker])
    ).toEqual([
      ["教育公平", "普惠性幼儿园比例", null, "at_least", 90, 86.4, "1．"],
      ["教育公平", "适龄残疾儿童入学率", "学前段", "at_least", 95, null, "2．"],
      ["教育公平", "适龄残疾儿童入学率", "义务段", "at_least", 99.5, null, "2．"],
      ["教育质量", "近视率", null, "at_most", 50, 57.8, "3．"],
    ]);
    expect(rows[0].baseline?.year).toBe(2020);
    expect(rows[0].target.year).toBe(2025);
  });

  test("a unit column, a header cell wrapped onto two lines, unnumbered rows and their labels", () => {
    const text = [
      "\t类别\n\t指标项目\n\t单位\n\t十三五\n数据\n\t2025年",
      flat([
        ["教育发展", "学前教育毛入园率", "%", "108", ">100"],
        ["", "学生体质健康测试", "合格率", "%", "97.6", "97.7"],
        ["", "", "优良率", "%", "71.5", "73"],
        ["教育保障", "财政一般公共预算教育支出", "万元", "160165.74", "逐年只增不减"],
        ["", "校际差异系数", "小学", "—", "0.250", "0.250"],
      ]),
    ].join("\n\n");
    const rows = readTable(text, 2025);
    expect(rows.map((r) => [r.name, r.group, r.unit, r.rule, r.target.value, r.baseline?.year ?? null])).toEqual([
      ["学前教育毛入园率", null, "%", "greater_than", 100, 2020],
      ["学生体质健康测试合格率", null, "%", "at_least", 97.7, 2020],
      ["学生体质健康测试优良率", null, "%", "at_least", 73, 2020],
      ["财政一般公共预算教育支出", null, "万元", "non_decreasing", null, 2020],
      ["校际差异系数", "小学", "", "at_most", 0.25, 2020],
    ]);
    expect(rows[1].rowMarker).toBe("学生体质健康测试 合格率");
  });

  test("其中: sub-rows with two values in each column become one indicator each", () => {
    const text = flat([
      ["指标", "2020年", "2025年", "属性"],
      ["1.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性"],
      ["2.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)", "97.74%", "49.85%", "100%", "50%", "预期性"],
      ["3.智慧校园比例(%)", "60%", "100%", "约束性"],
    ]);
    const rows = readTable(text, 2025);
    expect(rows.map((r) => [r.name, r.group, r.unit, r.target.value, r.baseline?.value, r.attribute])).toEqual([
      ["义务教育标准班额比例", "小学", "%", 80, 34.52, "expected"],
      ["义务教育标准班额比例", "初中", "%", 85, 77.34, "expected"],
      ["幼儿教师专科及以上学历比例", null, "%", 100, 97.74, "expected"],
      ["本科及以上学历比例", null, "%", 50, 49.85, "expected"],
      ["智慧校园比例", null, "%", 100, 60, "binding"],
    ]);
  });

  test("a table of building projects gives no indicators", () => {
    const text = flat([
      ["类别", "序号", "项目名称", "估算总投资(亿元)", "建设起止年限"],
      ["高等教育", "1", "某学院新建工程", "15", "2021-2025"],
      ["", "2", "某中学扩建工程", "1.72", "2021-2023"],
    ]);
    expect(readTable(text, 2025)).toEqual([]);
  });

  test("a table inside a plan text gets the table marker and row number as its ref", () => {
    const body = flat([
      ["一级指标", "二级指标", "2020年", "2025年"],
      ["教育公平", "1．普惠性幼儿园比例", "86.4%", "90%"],
      ["", "2．公办园比例", "/", "55%"],
      ["", "3．高中段比例", "99%", "100%"],
    ]);
    const result = extractPlan(`某县教育规划（2021-2025年）\n表1：主要指标\n\n${body}\n\n二、主要任务\n`);
    expect(result.proposals.map((p) => p.refs[0])).toEqual(["表1 1．", "表1 2．", "表1 3．"]);
    expect(result.proposals[0].quote).toBe("教育公平 1．普惠性幼儿园比例 86.4% 90%");
  });
});

describe("HTML (a .docx through mammoth, a saved page)", () => {
  test("paragraphs become lines and table cells one per line, so the table reads as one", () => {
    const html =
      "<h1>某县教育规划（2021-2025年）</h1><p>表1：主要指标</p><table><tr><td><p>一级指标</p></td><td>二级指标</td><td>2020年</td><td>2025年</td></tr>" +
      "<tr><td>教育公平</td><td>1．普惠性幼儿园比例</td><td>86.4%</td><td>90%</td></tr><tr><td></td><td>2．公办园比例</td><td>/</td><td>55%</td></tr>" +
      "<tr><td></td><td>3．高中段比例</td><td>99%</td><td>100%</td></tr></table><p>二、主要任务</p><p>到2025年，新增学位3000&nbsp;个。</p><script>alert(1)</script>";
    const text = htmlToPlanText(html);
    expect(text).not.toContain("alert");
    expect(text).toContain("\t1．普惠性幼儿园比例\n\t86.4%");
    const result = extractPlan(text);
    expect(result.proposals.map((p) => [p.name, p.target.value, p.refs[0]])).toEqual([
      ["普惠性幼儿园比例", 90, "表1 1．"],
      ["公办园比例", 55, "表1 2．"],
      ["高中段比例", 100, "表1 3．"],
      ["新增学位", 3000, "二、"],
    ]);
  });
});
