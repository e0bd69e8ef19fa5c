// The 规划录入表 in the in-memory Excel: inserted in two syncs, typed into, read back in two syncs;
// 生成规划 lists problems at their cells, saves the plan, inserts its template, and asks before
// replacing a plan with the same id.
import { Catalog } from "../../src/catalog";
import { ENTRY_HEADERS, EntryColumnKey, PLAN_LABELS } from "../../src/core/entry";
import { a1 } from "../../src/core/layout";
import { Plan, RULE_KINDS } from "../../src/core/plan";
import { planFromSheet } from "../../src/core/plan-from-sheet";
import { RULE_LABELS } from "../../src/core/rules";
import { insertEntrySheet, readActiveSheet } from "../../src/excel/entry";
import { insertTemplate } from "../../src/excel/insert";
import { GenerateDeps, generatePlan, savePlan } from "../../src/taskpane/entryFlow";
import { FakeExcel, createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { read, type } from "./helpers";

const everything = () => true;
const KEYS = Object.keys(ENTRY_HEADERS) as EntryColumnKey[];

async function entryWorkbook(): Promise<{ excel: FakeExcel; sheet: string; firstRow: number }> {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  await type(excel, "我的数据", "A1", "别动我");
  const before = excel.syncCount;
  const { sheetName, skipped } = await insertEntrySheet(excel.run, everything);
  expect(excel.syncCount - before).toBe(2);
  expect(skipped).toEqual([]);
  const cells = await readActiveSheet(excel.run);
  const firstRow = cells.values.findIndex((row) => row[0] === ENTRY_HEADERS.category) + 1;
  return { excel, sheet: sheetName, firstRow };
}

async function fill(excel: FakeExcel, sheet: string, head: Record<string, unknown>, rows: Partial<Record<EntryColumnKey, unknown>>[], firstRow: number) {
  const labels = Object.keys(PLAN_LABELS);
  await excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const [key, value] of Object.entries(head)) worksheet.getRange(`B${3 + labels.indexOf(key)}`).values = [[value]];
    rows.forEach((row, n) => {
      worksheet.getRange(a1(firstRow + n, 0, firstRow + n, KEYS.length - 1)).values = [KEYS.map((key) => row[key] ?? "")];
    });
    await context.sync();
  });
}

function memoryDeps(excel: FakeExcel, saved: Plan[], plans: Plan[] = []): GenerateDeps {
  const own = new Catalog({});
  return {
    plans,
    save: async (plan) => {
      const kept = own.addPlan(plan, "sheet");
      saved.push(kept);
      return kept;
    },
    insertTemplate: (plan) => insertTemplate(plan, excel.run, everything),
  };
}

const HEAD = { title: "海曙区教育提质行动", region: "海曙区", parent: "宁波市", start: 2024, end: 2026, issuer: "海曙区教育局" };
const GOOD = { category: "学前教育", name: "普惠性幼儿园覆盖率", unit: "%", rule: "不低于", baselineYear: 2023, baseline: 90, targetYear: 2026, target: 95 };

test("the entry sheet: labelled cells, one table with the plan's columns and the example row, a rule drop-down", async () => {
  const { excel, sheet, firstRow } = await entryWorkbook();
  expect(await read(excel, "我的数据", "A1")).toBe("别动我");
  expect(excel.model.activeSheet).toBe(sheet);
  expect(await read(excel, sheet, "A3")).toBe("规划名称");
  const table = excel.model.tables.find((t) => t.sheet === sheet)!;
  expect(table.name).toBe("EduPlan_entry");
  const cells = await readActiveSheet(excel.run);
  expect(cells.values[firstRow - 1].slice(0, KEYS.length)).toEqual(Object.values(ENTRY_HEADERS));
  expect(cells.values[firstRow][1]).toBe("普惠性幼儿园在园幼儿占比");
  const ruleList = excel.model.validations.find((v) => v.sheet === sheet && v.range.column === KEYS.indexOf("rule"));
  expect(ruleList?.rule).toEqual({ list: { inCellDropDown: true, source: RULE_KINDS.map((r) => RULE_LABELS[r]["zh-CN"]).join(",") } });
  expect(ruleList?.range.row).toBe(firstRow);
});

test("reading the active sheet costs two syncs whatever its size", async () => {
  const { excel, sheet, firstRow } = await entryWorkbook();
  const rows = Array.from({ length: 300 }, (_, n) => ({ ...GOOD, name: `指标${n}` }));
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(a1(firstRow, 0, firstRow + rows.length - 1, KEYS.length - 1)).values = rows.map((row) => KEYS.map((key) => (row as Record<string, unknown>)[key] ?? ""));
    await context.sync();
  });
  const before = excel.syncCount;
  const cells = await readActiveSheet(excel.run);
  expect(excel.syncCount - before).toBe(2);
  expect(cells.values.length).toBe(firstRow + 300);
});

test("生成规划: two rows, one wrong: the problem at its cell, nothing saved; fixed: saved and its template inserted", async () => {
  const { excel, sheet, firstRow } = await entryWorkbook();
  await fill(excel, sheet, HEAD, [GOOD, { ...GOOD, name: "公办幼儿园在园幼儿占比", rule: "多于" }], firstRow);
  const saved: Plan[] = [];
  const deps = memoryDeps(excel, saved);
  const first = await generatePlan(await readActiveSheet(excel.run), deps);
  expect(first.step).toBe("problems");
  expect(first.step === "problems" && first.problems.map((p) => [p.key, p.sheet, p.address])).toEqual([["unknownRule", sheet, a1(firstRow + 1, KEYS.indexOf("rule"))]]);
  expect(saved).toEqual([]);
  expect(excel.model.sheets.length).toBe(2);

  await type(excel, sheet, a1(firstRow + 1, KEYS.indexOf("rule")), "不低于");
  const second = await generatePlan(await readActiveSheet(excel.run), deps);
  expect(second.step).toBe("saved");
  if (second.step !== "saved") return;
  expect(second.plan.indicators.map((i) => i.name)).toEqual(["普惠性幼儿园覆盖率", "公办幼儿园在园幼儿占比"]);
  expect(saved.map((p) => p.id)).toEqual([second.plan.id]);
  expect(second.template?.sheetName).toBe("海曙区 2024-2026");
  expect(await read(excel, "海曙区 2024-2026", "C7")).toBe("普惠性幼儿园覆盖率");
}, 30000);

test("the replace prompt: a plan with the same id is not replaced until confirmed", async () => {
  const { excel, sheet, firstRow } = await entryWorkbook();
  await fill(excel, sheet, { ...HEAD, id: samplePlan.id }, [GOOD], firstRow);
  const saved: Plan[] = [];
  const deps = memoryDeps(excel, saved, [samplePlan]);
  const asked = await generatePlan(await readActiveSheet(excel.run), deps);
  expect(asked.step).toBe("confirmReplace");
  if (asked.step !== "confirmReplace") return;
  expect(asked.existing).toBe(samplePlan);
  expect(asked.plan.indicators).toHaveLength(1);
  expect(saved).toEqual([]);
  expect(excel.model.sheets.length).toBe(2);
  const done = await savePlan(asked.plan, asked.kind, asked.sheet, asked.problems, true, deps);
  expect(done).toMatchObject({ step: "saved", replaced: true });
  expect(saved.map((p) => [p.id, p.indicators.length])).toEqual([[samplePlan.id, 1]]);
});

test("从模板生成规划: an inserted template reads back as its plan, and no second template is inserted", async () => {
  const excel = createFakeExcel();
  await insertTemplate(samplePlan, excel.run, everything);
  const saved: Plan[] = [];
  const outcome = await generatePlan(await readActiveSheet(excel.run), memoryDeps(excel, saved));
  expect(outcome).toMatchObject({ step: "saved", template: null });
  expect(saved[0].id).toBe(samplePlan.id);
  expect(saved[0].indicators.map((i) => i.name).sort()).toEqual(samplePlan.indicators.map((i) => i.name).sort());
  expect(excel.model.sheets.length).toBe(2);
}, 30000);

test("text starting with = survives the Office.js writer: template → read back", async () => {
  const excel = createFakeExcel();
  const plan = { ...samplePlan, indicators: samplePlan.indicators.map((i, n) => (n === 0 ? { ...i, name: "=普惠率", note: "+1" } : i)) };
  await insertTemplate(plan, excel.run, everything);
  const read = planFromSheet(await readActiveSheet(excel.run));
  expect(read.plan?.indicators.find((i) => i.id === plan.indicators[0].id)).toMatchObject({ name: "=普惠率", note: "+1" });
}, 30000);
