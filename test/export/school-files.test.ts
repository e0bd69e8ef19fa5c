// School data files: an .xlsx of two returns tables (one with two header rows, equipment in 元) read as
// two blocks and joined, a .csv as one, an old .xls refused; and the export CLI building the 测算表 from them.
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importSchools } from "../../src/core/school-import";
import { schoolFileBlocks } from "../../src/export/school-files";

jest.setTimeout(60000);

async function returnsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const staff = book.addWorksheet("基础基311");
  staff.addRow(["2024年 学校基本情况"]);
  staff.addRow(["学校标识码", "学校名称", "学段", "学校类型", "在校学生数", "专任教师", null]);
  staff.addRow([null, null, null, null, null, "合计", "其中：高于规定学历"]);
  staff.addRow(["3302000001", "甲小学", "小学", "普通", 600, 40, 30]);
  staff.addRow(["3302000002", "乙中学", "初中", "普通", 900, 80, 70]);
  book.addWorksheet("说明").addRow(["本表由统计科填报"]);
  const assets = book.addWorksheet("基础基522");
  assets.addRow(["学校标识码", "仪器设备总值（元）"]);
  assets.addRow(["3302000002", 4500000]);
  assets.addRow(["3302000001", 1200000]);
  assets.addRow(["3302000077", 1]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test("each sheet with a school column is a block; joined, 元 converted, the stranger listed", async () => {
  const blocks = await schoolFileBlocks("returns.xlsx", await returnsWorkbook());
  expect(blocks.map((b) => b.source)).toEqual(["returns.xlsx / 基础基311", "returns.xlsx / 基础基522"]);
  const result = importSchools(blocks.map((b) => b.cells));
  expect(result.blocks[0].headerRows).toEqual([2, 3]);
  expect(result.schools.map((s) => [s.name, s.students, s.teachers, s.qualified, s.equipment])).toEqual([
    ["甲小学", 600, 40, 30, 120],
    ["乙中学", 900, 80, 70, 450],
  ]);
  expect(result.unmatched.map((u) => [u.block, u.row])).toEqual([[2, 4]]);
});

test("a CSV is one block; an .xls is refused with what to do", async () => {
  const csv = new TextEncoder().encode("\uFEFF学校名称,学生数\n甲,5\n");
  const [block] = await schoolFileBlocks("a.csv", csv);
  expect(importSchools([block.cells]).schools).toEqual([{ name: "甲", students: 5 }]);
  await expect(schoolFileBlocks("old.xls", new Uint8Array([1]))).rejects.toThrow(
    /另存为 \.xlsx[\s\S]*save it as \.xlsx/
  );
  await expect(
    schoolFileBlocks("none.xlsx", new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()))
  ).rejects.toThrow(/没有含“学校名称”/);
});

test("npm run export:xlsx -- --kind balance reads the same files", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "school-files-"));
  try {
    const input = path.join(dir, "returns.xlsx");
    fs.writeFileSync(input, await returnsWorkbook());
    const out = path.join(dir, "测算表.xlsx");
    const script = path.join(__dirname, "../../scripts/export-xlsx.js");
    const stdout = execFileSync("node", [script, "--kind", "balance", out, "--schools", input], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(stdout).toMatch(/2 所学校/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("学校数据")!;
    expect([sheet.getRow(5).getCell(2).value, sheet.getRow(6).getCell(2).value]).toEqual(["甲小学", "乙中学"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
