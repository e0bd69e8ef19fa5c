// Writes a plan's indicator template as a plain .xlsx, for Excel without the add-in (or WPS): the
// flags stay live as native conditional formats. Usage: node scripts/export-xlsx.js 慈溪市 [out.xlsx]
// (a plan id, title or region; a plan file path works too).
require("./ts-require");
const fs = require("fs");
const path = require("path");
const { Catalog, catalog } = require("../src/catalog/index.ts");
const { buildTemplate } = require("../src/core/template.ts");
const { layoutToXlsx } = require("../src/export/xlsx.ts");

async function main() {
  const [query, out] = process.argv.slice(2);
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
  fs.writeFileSync(file, Buffer.from(await layoutToXlsx(layout, { summary: true })));
  console.log(`${file}: ${layout.values.length} 项指标 (indicators)`);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
