// Writes a workbook as a plain .xlsx, for Excel without the add-in (or WPS): native formulas only.
// Usage: node scripts/export-xlsx.js [--kind template|balance] …
//   template (default): node scripts/export-xlsx.js 慈溪市 [out.xlsx]   (a plan id, title or region; a plan file path works too)
//   balance:            node scripts/export-xlsx.js --kind balance out.xlsx [--schools schools.csv]
require("./ts-require");
const fs = require("fs");
const path = require("path");

/** Takes `--name value` out of the arguments. */
function option(args, name) {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const [, value] = args.splice(at, 2);
  if (value === undefined) throw new Error(`${name} 需要一个值 (needs a value)`);
  return value;
}

async function template(args) {
  const { Catalog, catalog } = require("../src/catalog/index.ts");
  const { buildTemplate } = require("../src/core/template.ts");
  const { layoutToXlsx } = require("../src/export/xlsx.ts");
  const [query, out] = args;
  if (!query) {
    console.error("用法 (usage): node scripts/export-xlsx.js <规划/plan> [输出文件/out.xlsx]");
    process.exit(2);
  }
  let plans;
  if (query.endsWith(".json") && fs.existsSync(query)) {
    const own = new Catalog({});
    plans = [own.addPlan(JSON.parse(fs.readFileSync(query, "utf8")), path.basename(query))];
  } else {
    plans = catalog().getPlan(query);
  }
  if (plans.length !== 1) {
    console.error(plans.length ? `“${query}”对应多个规划 (several plans): ${plans.map((p) => p.id).join(", ")}` : `找不到规划“${query}” (no such plan)`);
    process.exit(1);
  }
  const layout = buildTemplate(plans[0]);
  const file = out || `${layout.sheetName}.xlsx`;
  fs.writeFileSync(file, Buffer.from(await layoutToXlsx(layout)));
  console.log(`${file}: ${layout.values.length} 项指标 (indicators)`);
}

async function balance(args) {
  const { readSchoolCsv } = require("../src/core/balance-schools.ts");
  const { buildBalanceWorkbook } = require("../src/core/balance-workbook.ts");
  const { workbookToXlsx } = require("../src/export/xlsx.ts");
  const csv = option(args, "--schools");
  const [out] = args;
  if (!out) {
    console.error("用法 (usage): node scripts/export-xlsx.js --kind balance <输出文件/out.xlsx> [--schools 学校数据.csv]");
    process.exit(2);
  }
  if (csv && !fs.existsSync(csv)) {
    console.error(`找不到学校数据文件“${csv}” (no such file)`);
    process.exit(1);
  }
  const schools = csv ? readSchoolCsv(fs.readFileSync(csv, "utf8")) : [];
  const workbook = buildBalanceWorkbook(schools);
  fs.writeFileSync(out, Buffer.from(await workbookToXlsx(workbook.layout)));
  const errors = workbook.evaluation.rows.filter((r) => r.messages.length > 0).length;
  console.log(`${out}: ${schools.length} 所学校（部）(schools or school parts), ${errors} 行待审核 (rows to check)`);
}

const KINDS = { template, balance };

async function main() {
  const args = process.argv.slice(2);
  const kind = option(args, "--kind") || "template";
  if (!KINDS[kind]) {
    console.error(`未知的 --kind “${kind}”，可用：${Object.keys(KINDS).join("、")} (unknown kind; use ${Object.keys(KINDS).join(", ")})`);
    process.exit(2);
  }
  await KINDS[kind](args);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
