// The entry sheet as a file: its table, the rule drop-down as a list validation, text-formatted text
// columns; and the command line reads a template file back into schema-valid JSON (one process only:
// each costs seconds of TypeScript transpiling).
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import { catalog } from "../../src/catalog";
import { ENTRY_HEADERS, EntryColumnKey, entrySheet } from "../../src/core/entry";
import { RULE_KINDS } from "../../src/core/plan";
import { RULE_LABELS } from "../../src/core/rules";
import { buildTemplate, templateSheet } from "../../src/core/template";
import { workbookToXlsx } from "../../src/export/xlsx";

const KEYS = Object.keys(ENTRY_HEADERS) as EntryColumnKey[];

test("the entry file: one table, the rule drop-down, text columns formatted as text", async () => {
  const layout = entrySheet();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookToXlsx({ sheets: [layout] })) as never);
  const sheet = book.worksheets[0];
  expect(sheet.name).toBe("规划录入表");
  const table = layout.tables[0];
  const headerRow = Number(/\d+/.exec(table.address)![0]);
  expect(KEYS.map((_k, c) => sheet.getRow(headerRow).getCell(c + 1).value)).toEqual(Object.values(ENTRY_HEADERS));
  const { dataValidation } = sheet.getRow(headerRow + 1).findCell(KEYS.indexOf("rule") + 1)!;
  expect(dataValidation).toMatchObject({ type: "list", formulae: [`"${RULE_KINDS.map((r) => RULE_LABELS[r]["zh-CN"]).join(",")}"`] });
  expect(sheet.getRow(headerRow + 1).getCell(KEYS.indexOf("name") + 1).numFmt).toBe("@");
  expect(sheet.getRow(headerRow + 1).getCell(KEYS.indexOf("target") + 1).numFmt).toBeUndefined();
}, 30000);

test("plan:from-sheet prints a template file's plan as JSON valid against the schema", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eduplan-"));
  const root = path.resolve(__dirname, "../..");
  const cli = (file: string) => spawnSync("node", [path.join(root, "scripts/plan-from-sheet.js"), file], { cwd: root, encoding: "utf8" });
  try {
    const yuyao = catalog().getPlan("余姚市")[0];
    fs.writeFileSync(path.join(dir, "t.xlsx"), await workbookToXlsx({ sheets: [templateSheet(buildTemplate(yuyao))] }));
    const printed = cli(path.join(dir, "t.xlsx"));
    expect(printed.status).toBe(0);
    const plan = JSON.parse(printed.stdout);
    expect(plan.id).toBe("yuyao-2023-2027");
    expect(plan.indicators).toHaveLength(25);
    const schema = JSON.parse(fs.readFileSync(path.join(root, "seeds/schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(plan) ? [] : validate.errors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60000);
