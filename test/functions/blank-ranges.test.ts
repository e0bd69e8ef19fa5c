// Some desktop builds hand blank cells inside a range to a custom function as 0 (office-js #5262,
// #4702). The README's guarded formulas give the same answer either way; the unguarded ones do not.
import { createFakeExcel } from "../fakes/excel";

type Mode = 0 | null;

async function evaluate(mode: Mode, rows: unknown[][], formula: string): Promise<unknown> {
  const excel = createFakeExcel({ emptyInRangeAs: mode });
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange(`A1:${String.fromCharCode(64 + rows[0].length)}${rows.length}`).values = rows as never;
    const cell = sheet.getRange("Z1");
    cell.formulas = [[formula]];
    cell.load("values");
    await context.sync();
    return cell.values[0][0];
  });
}

// Enrolments in B, library books in C, books per student in D; the third school has not reported.
const schools = [
  ["学校", "在校生", "图书", "生均"],
  ["甲", 45, 279, "=C2/B2"],
  ["乙", 37, 137, "=C3/B3"],
  ["丙", 89, "", ""],
  ["丁", 76, 160, "=C5/B5"],
  ["戊", 55, 402, "=C6/B6"],
];

test("EDU.BALANCE: the README's guard keeps a blank school out in both modes", async () => {
  const guarded = '=EDU.BALANCE(IF(D2:D6="","",D2:D6),B2:B6)';
  const documented = await evaluate(null, schools, "=EDU.BALANCE(D2:D6,B2:B6)");
  expect(typeof documented).toBe("number");
  expect(await evaluate(null, schools, guarded)).toBeCloseTo(documented as number, 12);
  expect(await evaluate(0, schools, guarded)).toBeCloseTo(documented as number, 12);
  // Unguarded, the blank counts as a school with no books.
  expect(await evaluate(0, schools, "=EDU.BALANCE(D2:D6,B2:B6)")).not.toBeCloseTo(documented as number, 3);
});

// Seven indicators' standards in row 1, one school's values in row 2, the fourth not yet filled in.
const school = [
  [4.2, 4.5, 0.9, 1, 2000, 4.5, 0.9],
  [4.5, 4.6, 0.95, "", 2100, 4.6, 0.95],
];

test("EDU.SCHOOLMEETS: the guarded form answers the same in both modes", async () => {
  const guarded = '=EDU.SCHOOLMEETS(IF(A2:G2="","",A2:G2),A1:G1)';
  const documented = await evaluate(null, school, "=EDU.SCHOOLMEETS(A2:G2,A1:G1)");
  expect(await evaluate(null, school, guarded)).toBe(documented);
  expect(await evaluate(0, school, guarded)).toBe(documented);
  expect(documented).toBe(true);
  // Unguarded, the blank reads as 0, far below 85 % of its standard.
  expect(await evaluate(0, school, "=EDU.SCHOOLMEETS(A2:G2,A1:G1)")).toBe(false);
});

test("every EDU.BALANCE and EDU.SCHOOLMEETS formula in the README guards its range", () => {
  const readme = require("fs").readFileSync(require("path").resolve(__dirname, "../../README.md"), "utf8") as string;
  const formulas = [...readme.matchAll(/`(=[^`]+)`/g)]
    .map((m) => m[1])
    .filter((f) => /EDU\.(BALANCE|SCHOOLMEETS)\(/.test(f));
  expect(formulas.length).toBeGreaterThanOrEqual(4);
  for (const formula of formulas) {
    for (const call of formula.matchAll(/EDU\.(?:BALANCE|SCHOOLMEETS)\(([^,)]*)/g))
      expect([formula, call[1].startsWith("IF(")]).toEqual([formula, true]);
  }
});
