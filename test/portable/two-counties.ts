// LibreOffice files for 两县创建 beyond the 测算表: the 学前教育普及普惠 sheet with entries, and a plan
// template whose 差异系数 year cell links to the 测算表 in the same file; what each read-back must show.
import { catalog } from "../../src/catalog";
import { readSchoolCsv } from "../../src/core/balance-schools";
import { buildBalanceWorkbook } from "../../src/core/balance-workbook";
import { coefficientCell } from "../../src/core/coefficient-link";
import { WorkbookLayout, a1 } from "../../src/core/layout";
import { PRESCHOOL_ITEMS, buildPreschoolSheet } from "../../src/core/preschool";
import { HEADERS, buildTemplate, templateSheet } from "../../src/core/template";
import { withoutResults, readRange, compareBalanceSheet } from "./balance";
import { EngineCell } from "./compare";
import * as fs from "fs";
import * as path from "path";

export interface TwoCountiesCase {
  name: string;
  layout: WorkbookLayout;
  /** Sheet → ranges to read back. */
  read: Record<string, string[]>;
  /** Problems found in what LibreOffice computed (none: the case passes). */
  judge: (cells: Record<string, Record<string, EngineCell>>) => string[];
}

export function twoCountiesCases(): TwoCountiesCase[] {
  const values = PRESCHOOL_ITEMS.map((item, i) =>
    item.kind === "qualitative" ? (i % 2 ? "达标" : "材料待核") : item.percent ? 0.8 + i / 100 : 12
  );
  const standards = PRESCHOOL_ITEMS.map((item, i) => (i === 1 ? 0.9 : item.kind === "atMost" ? 15 : undefined));
  const preschool = { sheets: [buildPreschoolSheet({ values, standards })] };
  const schools = readSchoolCsv(fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8"));
  const balance = buildBalanceWorkbook(schools);
  const plan = catalog().getPlan("北仑区")[0];
  const template = buildTemplate(plan);
  const sheet = templateSheet(template);
  const idColumn = template.columns.findIndex((c) => c.header === HEADERS.id);
  const links = template.values.flatMap((row, i) =>
    /差异系数/.test(String(row[template.columns.findIndex((c) => c.header === HEADERS.name)]))
      ? [
          {
            i,
            id: String(row[idColumn]),
            stage: String(row[template.columns.findIndex((c) => c.header === HEADERS.group)]) as "小学" | "初中",
          },
        ]
      : []
  );
  const yearColumn = template.columns.findIndex((c) => c.header === "2025年");
  const latestColumn = template.columns.findIndex((c) => c.header === HEADERS.latest);
  for (const link of links)
    sheet.blocks.push({
      row: template.headerRow + 1 + link.i,
      column: yearColumn,
      values: [[null]],
      formulas: [[coefficientCell("差异系数", link.stage, "composite").formula]],
    });
  const linked = { sheets: [sheet, ...balance.layout.sheets] };
  const cases: TwoCountiesCase[] = [
    {
      name: "学前教育普及普惠 sheet with entries and a local standard",
      layout: preschool,
      read: { [preschool.sheets[0].name]: [readRange(preschool, preschool.sheets[0].name)] },
      judge: (cells) =>
        compareBalanceSheet(preschool, preschool.sheets[0].name, cells[preschool.sheets[0].name] || {}).disagreements,
    },
    {
      name: "北仑区 template linked to the 测算表's 综合差异系数",
      layout: linked,
      read: { [sheet.name]: [a1(0, 0, template.headerRow + template.values.length, latestColumn)] },
      judge: (cells) =>
        links.flatMap((link) => {
          const want = balance.evaluation.stages[link.stage].composite as number;
          const row = template.headerRow + 1 + link.i;
          return [yearColumn, latestColumn].flatMap((column) => {
            const got = (cells[sheet.name] || {})[a1(row, column)];
            return got && got.t === "n" && Math.abs(got.v - want) < 1e-9
              ? []
              : [`${link.id} ${a1(row, column)}: LibreOffice ${JSON.stringify(got)}, core ${want}`];
          });
        }),
    },
  ];
  return cases.map((c) => ({ ...c, layout: withoutResults(c.layout) }));
}
