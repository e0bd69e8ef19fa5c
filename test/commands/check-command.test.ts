/** @jest-environment node */
// The ribbon's 检查 button always does something: the pane checks when it can; when showAsTaskpane
// rejects or the pane stays silent for 5 s, the command writes the 中期评估 report itself.
import { PANE_TIMEOUT_MS, runCheckCommand } from "../../src/commands/check-command";
import { checkAndReport } from "../../src/commands/check-fallback";
import { onCheckRequest, requestCheckAndWait } from "../../src/commands/requests";
import { buildTemplate } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { cellOf, read, type } from "../excel/helpers";
import { writeMidtermReport } from "../../src/excel/report";

/** A sheet's cell inputs as rows (blank as ""). */
function reportLines(excel: ReturnType<typeof createFakeExcel>, sheet: string): unknown[][] {
  const rows: unknown[][] = [];
  for (const [key, cell] of excel.model.sheet(sheet).cells) {
    const [r, c] = key.split(",").map(Number);
    (rows[r] ??= [])[c] = cell.input ?? "";
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

const fakeWindow = () => new EventTarget() as unknown as Window;
const day = new Date("2026-03-04T00:00:00Z");

async function workbookWithAMiss() {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
  await type(excel, sheetName, cellOf(buildTemplate(samplePlan), "sample-01", "2025年").address, 0.88);
  return { excel, sheetName };
}

function steps(excel: ReturnType<typeof createFakeExcel>, win: Window, showPane: () => Promise<void>) {
  return {
    showPane,
    requestPane: (timeoutMs: number) => requestCheckAndWait(timeoutMs, win),
    checkAndReport: () => checkAndReport(excel.run, "zh-CN", day),
  };
}

afterEach(() => jest.useRealTimers());

test("a pane that takes the request runs the check; the command writes nothing", async () => {
  const { excel } = await workbookWithAMiss();
  const win = fakeWindow();
  const paneChecks = jest.fn();
  onCheckRequest(paneChecks, win);
  const sheets = excel.model.sheets.length;
  await expect(runCheckCommand(steps(excel, win, async () => undefined))).resolves.toEqual({ by: "pane" });
  expect(paneChecks).toHaveBeenCalledTimes(1);
  expect(excel.model.sheets.length).toBe(sheets);
});

test("when showAsTaskpane rejects, the command writes the pane's 中期评估 report itself, dated in Beijing", async () => {
  const { excel } = await workbookWithAMiss();
  // 23:30 UTC on the 3rd is 07:30 on the 4th in Beijing.
  const late = new Date("2026-03-03T23:30:00Z");
  const outcome = await runCheckCommand({
    ...steps(excel, fakeWindow(), () => Promise.reject(new Error("not allowed"))),
    checkAndReport: () => checkAndReport(excel.run, "zh-CN", late),
  });
  expect(outcome).toEqual({ by: "command", reason: "showFailed", sheet: "中期评估 2026-03-04" });
  expect(excel.model.activeSheet).toBe("中期评估 2026-03-04");
  expect(await read(excel, outcome.by === "command" ? outcome.sheet : "", "A1")).toBe(`${samplePlan.title} 中期评估`);
  const rows = reportLines(excel, "中期评估 2026-03-04");
  // Under 需要关注的指标 the miss, with its status, its gap in 个百分点 and the plan's own format.
  const attention = rows.findIndex((r) => r[0] === "需要关注的指标（按紧迫程度）");
  expect(attention).toBeGreaterThan(0);
  expect(rows[attention + 1].slice(1, 2)).toEqual(["普惠性幼儿园比例"]);
  expect(rows[attention + 1][9]).toBe("未达标");
  expect(rows[attention + 1][10]).toBe(2);
  // 2025 is the target year: no year is left, and the report says so as the sheet's 今后每年需 does.
  expect(rows[attention + 1][12]).toBe("目标年已过");
  // No "all well" line on a report with a miss.
  expect(await read(excel, "中期评估 2026-03-04", "A3")).toBe("");
});

test("when the pane does not answer within 5 s, the command checks, and a late pane does not check again", async () => {
  jest.useFakeTimers();
  const { excel, sheetName } = await workbookWithAMiss();
  const win = fakeWindow();
  let settled = false;
  const pending = runCheckCommand(steps(excel, win, async () => undefined)).then((outcome) => {
    settled = true;
    return outcome;
  });
  await jest.advanceTimersByTimeAsync(PANE_TIMEOUT_MS - 1);
  expect(settled).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  jest.useRealTimers();
  await expect(pending).resolves.toMatchObject({ by: "command", reason: "paneSilent" });
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", sheetName, "中期评估 2026-03-04"]);
  const latePane = jest.fn();
  onCheckRequest(latePane, win);
  expect(latePane).not.toHaveBeenCalled();
});

test("with nothing to list, the report says why", async () => {
  const excel = createFakeExcel();
  const sheet = await checkAndReport(excel.run, "en-US", day);
  expect(sheet).toBe("Review 2026-03-04");
  expect(await read(excel, sheet, "A2")).toBe("No EduPlan indicator table found. Insert a template first.");
  const clean = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, clean.run, () => true);
  // Typed values that miss nothing: the report lists no miss and says the check found nothing.
  await type(clean, sheetName, cellOf(buildTemplate(samplePlan), "sample-01", "2025年").address, 0.92);
  const report = await checkAndReport(clean.run, "zh-CN", day);
  expect(await read(clean, report, "A3")).toBe("检查了 1 张表，没有发现问题。");
  expect(reportLines(clean, report).some((r) => r[0] === "没有需要关注的指标。")).toBe(true);
});

test("the fallback's report is the pane's: same rows, whichever writes it", async () => {
  const { excel } = await workbookWithAMiss();
  const byCommand = await checkAndReport(excel.run, "zh-CN", day);
  const byPane = await writeMidtermReport(excel.run, "zh-CN", { date: day, supports: () => true });
  expect(reportLines(excel, byPane).slice(3)).toEqual(reportLines(excel, byCommand).slice(3));
});
