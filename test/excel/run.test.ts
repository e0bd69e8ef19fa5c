// Batches and cell-edit mode: with ExcelApi 1.11 a batch waits for the clerk to finish typing; without
// it the batch fails with InvalidOperation, which reaches the clerk as the cell-edit message.
import { friendlyError } from "../../src/excel/errors";
import { ExcelHost, officeRunFor } from "../../src/excel/run";
import { createFakeExcel } from "../fakes/excel";
import { read } from "./helpers";

const write = (value: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[value]];
  await context.sync();
  return value;
};

test("with ExcelApi 1.11 a batch sent during cell edit waits and then runs", async () => {
  const excel = createFakeExcel();
  const run = officeRunFor(
    () => excel.host as ExcelHost,
    (set, version) => set === "ExcelApi" && Number(version) <= 1.11
  );
  excel.model.startCellEdit();
  let done = false;
  const pending = run(write("写入")).then((value) => {
    done = true;
    return value;
  });
  await new Promise((resolve) => setImmediate(resolve));
  expect(done).toBe(false);
  expect(excel.model.cell("Sheet1", 0, 0)).toBeUndefined();
  excel.model.endCellEdit();
  await expect(pending).resolves.toBe("写入");
  expect(await read(excel, "Sheet1", "A1")).toBe("写入");
});

test("without ExcelApi 1.11 the batch fails, writes nothing, and the clerk reads why", async () => {
  const excel = createFakeExcel();
  const run = officeRunFor(
    () => excel.host as ExcelHost,
    (set, version) => !(set === "ExcelApi" && Number(version) >= 1.11)
  );
  excel.model.startCellEdit();
  const failure = await run(write("写入")).catch((error: unknown) => error);
  expect(failure).toMatchObject({ code: "InvalidOperation" });
  expect(friendlyError(failure, "zh-CN")).toBe(
    "Excel 暂时无法执行此操作。如果正在编辑单元格，请先按 Enter 或 Esc 退出编辑，再试一次。（错误代码 InvalidOperation）"
  );
  expect(friendlyError(failure, "en-US")).toMatch(/If you are editing a cell, press Enter or Esc/);
  excel.model.endCellEdit();
  expect(await read(excel, "Sheet1", "A1")).toBe("");
});
