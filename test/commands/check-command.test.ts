/** @jest-environment node */
// The ribbon's 检查 button always does something: the pane checks when it can; when showAsTaskpane
// rejects or the pane stays silent for 5 s, the command checks the active sheet and writes the report.
import { PANE_TIMEOUT_MS, runCheckCommand } from "../../src/commands/check-command";
import { checkAndReport } from "../../src/commands/check-fallback";
import { onCheckRequest, requestCheckAndWait } from "../../src/commands/requests";
import { buildTemplate } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { cellOf, read, type } from "../excel/helpers";

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

test("when showAsTaskpane rejects, the command writes the report sheet itself", async () => {
  const { excel } = await workbookWithAMiss();
  const outcome = await runCheckCommand(steps(excel, fakeWindow(), () => Promise.reject(new Error("not allowed"))));
  expect(outcome).toEqual({ by: "command", reason: "showFailed", sheet: "检查结果 2026-03-04" });
  expect(excel.model.activeSheet).toBe("检查结果 2026-03-04");
  expect(await read(excel, "检查结果 2026-03-04", "E2")).toBe("普惠性幼儿园比例");
  expect(await read(excel, "检查结果 2026-03-04", "A2")).toBe("未达标");
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
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", sheetName, "检查结果 2026-03-04"]);
  const latePane = jest.fn();
  onCheckRequest(latePane, win);
  expect(latePane).not.toHaveBeenCalled();
});

test("with nothing to list, the report says why", async () => {
  const excel = createFakeExcel();
  const sheet = await checkAndReport(excel.run, "en-US", day);
  expect(await read(excel, sheet, "A2")).toBe("No EduPlan indicator table found. Insert a template first.");
  const clean = createFakeExcel();
  await insertTemplate(samplePlan, clean.run, () => true);
  expect(await read(clean, await checkAndReport(clean.run, "zh-CN", day), "A2")).toBe("检查了 1 张表，没有发现问题。");
});
