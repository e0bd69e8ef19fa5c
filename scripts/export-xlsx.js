// Writes a sheet kind as a plain .xlsx, for Excel without the add-in (or WPS). By default a plan's
// indicator template, whose flags stay live as native conditional formats:
//   node scripts/export-xlsx.js 慈溪市 [out.xlsx]        (a plan id, title or region; a plan file path works too)
//   node scripts/export-xlsx.js --kind entry [out.xlsx]  (an empty 规划录入表 for a bureau's own plan)
//   node scripts/export-xlsx.js --kind balance out.xlsx [--schools schools.csv|.xlsx …]  (the 优质均衡 测算表)
//   node scripts/export-xlsx.js --kind preschool [out.xlsx]  (the 学前教育普及普惠 sheet)
require("./ts-require");
const fs = require("fs");
const path = require("path");
const { Catalog, catalog } = require("../src/catalog/index.ts");
const { workbookToXlsx } = require("../src/export/xlsx.ts");

/** Takes `--name value` out of the arguments. */
function option(args, name) {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const [, value] = args.splice(at, 2);
  if (value === undefined) throw new Error(`${name} 需要一个值 (needs a value)`);
  return value;
}

/**
 * School data files (.csv, .xlsx: every sheet with a 学校名称 or 学校标识码 column), joined as the pane
 * joins pasted blocks; what was recognised, and rows that matched nothing, go to stderr.
 */
async function importSchoolFiles(files) {
  const { importSchools } = require("../src/core/school-import.ts");
  const { schoolFileBlocks } = require("../src/export/school-files.ts");
  const blocks = [];
  for (const file of files) {
    if (!fs.existsSync(file)) throw new Error(`找不到学校数据文件“${file}” (no such file)`);
    blocks.push(...(await schoolFileBlocks(path.basename(file), new Uint8Array(fs.readFileSync(file)))));
  }
  const result = importSchools(blocks.map((b) => b.cells));
  result.blocks.forEach((block, i) => {
    const columns = block.columns.map((c) => `${c.header} → ${c.key}${c.scale !== 1 ? ` (×${c.scale})` : ""}`).join("; ");
    console.error(`[${blocks[i].source}] ${block.rows} 行 (rows); ${columns}`);
    if (block.ignored.length > 0) console.error(`  未识别 (ignored): ${block.ignored.join("; ")}`);
  });
  for (const row of result.unmatched) console.error(`  未对应 (unmatched) ${blocks[row.block - 1].source} #${row.row} ${row.school}: ${row.reason.zh} (${row.reason.en})`);
  for (const problem of result.problems) console.error(`  ${problem.zh}\n  ${problem.en}`);
  return result.schools;
}

/** Each kind: what it needs from the command line, and the sheets it writes. */
const KINDS = {
  template: {
    usage: "node scripts/export-xlsx.js <规划/plan> [输出文件/out.xlsx]",
    build(args) {
      const { buildTemplate, templateSheet } = require("../src/core/template.ts");
      const [query, out] = args;
      if (!query) return null;
      let plans;
      if (query.endsWith(".json") && fs.existsSync(query)) {
        const own = new Catalog({});
        plans = [own.addPlan(JSON.parse(fs.readFileSync(query, "utf8")), path.basename(query))];
      } else {
        plans = catalog().getPlan(query);
      }
      if (plans.length !== 1) {
        throw new Error(plans.length ? `“${query}”对应多个规划 (several plans): ${plans.map((p) => p.id).join(", ")}` : `找不到规划“${query}” (no such plan)`);
      }
      const { buildSummary, geometryOf } = require("../src/core/summary.ts");
      const layout = buildTemplate(plans[0]);
      // The plan sheet and its live 汇总, as the pane's download has them.
      const summary = buildSummary(geometryOf(layout), { existingSheets: [layout.sheetName] }).sheet;
      return { sheets: [templateSheet(layout), summary], file: out || `${layout.sheetName}.xlsx`, says: `${layout.values.length} 项指标 (indicators)` };
    },
  },
  entry: {
    usage: "node scripts/export-xlsx.js --kind entry [输出文件/out.xlsx]",
    build(args) {
      const { entrySheet } = require("../src/core/entry.ts");
      const sheet = entrySheet();
      return { sheets: [sheet], file: args[0] || `${sheet.name}.xlsx`, says: "规划录入表 (entry sheet)" };
    },
  },
  balance: {
    usage: "node scripts/export-xlsx.js --kind balance <输出文件/out.xlsx> [--schools 学校数据.csv|.xlsx …]",
    async build(args) {
      const { buildBalanceWorkbook } = require("../src/core/balance-workbook.ts");
      const files = [];
      for (let file = option(args, "--schools"); file; file = option(args, "--schools")) files.push(file);
      const [out] = args;
      if (!out) return null;
      const schools = files.length > 0 ? await importSchoolFiles(files) : [];
      const workbook = buildBalanceWorkbook(schools);
      const toCheck = workbook.evaluation.rows.filter((r) => r.messages.length > 0).length;
      return { sheets: workbook.layout.sheets, file: out, says: `${schools.length} 所学校（部）(schools or school parts), ${toCheck} 行待审核 (rows to check)` };
    },
  },
  preschool: {
    usage: "node scripts/export-xlsx.js --kind preschool [输出文件/out.xlsx]",
    build(args) {
      const { buildPreschoolSheet } = require("../src/core/preschool.ts");
      const sheet = buildPreschoolSheet();
      return { sheets: [sheet], file: args[0] || `${sheet.name}.xlsx`, says: "学前教育普及普惠 (preschool assessment sheet)" };
    },
  },
};

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--kind");
  const kind = at >= 0 ? args[at + 1] : "template";
  if (at >= 0) args.splice(at, 2);
  if (!KINDS[kind]) {
    console.error(`未知类型“${kind}” (unknown kind); 可用 (kinds): ${Object.keys(KINDS).join(", ")}`);
    process.exit(2);
  }
  const built = await KINDS[kind].build(args);
  if (!built) {
    console.error(`用法 (usage): ${KINDS[kind].usage}`);
    process.exit(2);
  }
  fs.writeFileSync(built.file, Buffer.from(await workbookToXlsx({ sheets: built.sheets })));
  console.log(`${built.file}: ${built.says}`);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
