// Shared steps of the Excel-layer tests: a fake workbook, typing into a year cell, reading a cell.
import { HEADERS, TemplateLayout, a1, buildTemplate } from "../../src/core/template";
import { Plan } from "../../src/core/plan";
import { FakeExcel } from "../fakes/excel";

export function layoutOf(plan: Plan): TemplateLayout {
  return buildTemplate(plan);
}

/** Address of an indicator's cell in a column of the inserted sheet. */
export function cellOf(layout: TemplateLayout, id: string, header: string): { row: number; column: number; address: string } {
  const column = layout.columns.findIndex((c) => c.header === header);
  const index = layout.values.findIndex((r) => r[layout.columns.findIndex((c) => c.header === HEADERS.id)] === id);
  if (column < 0 || index < 0) throw new Error(`no cell for ${id} / ${header}`);
  const row = layout.headerRow + 1 + index;
  return { row, column, address: a1(row, column) };
}

export async function type(excel: FakeExcel, sheet: string, address: string, value: unknown): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

export async function read(excel: FakeExcel, sheet: string, address: string): Promise<unknown> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values[0][0];
  });
}
