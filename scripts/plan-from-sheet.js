// Reads a 规划录入表 or an EduPlan template (.xlsx) back into a plan and prints it as JSON (valid
// against seeds/schema.json), so a bureau can keep its plan in a file. Problems go to stderr at their
// cells, Chinese first; errors exit 1 and print no plan.
// Usage: node scripts/plan-from-sheet.js file.xlsx [工作表/sheet] > plan.json
require("./ts-require");
const fs = require("fs");
const { xlsxCells } = require("../src/export/read-xlsx.ts");
const { planFromSheet, problemText } = require("../src/core/plan-from-sheet.ts");

async function main() {
  const [file, sheetName] = process.argv.slice(2);
  if (!file) {
    console.error("用法 (usage): node scripts/plan-from-sheet.js <文件/file.xlsx> [工作表/sheet]");
    process.exit(2);
  }
  const sheets = await xlsxCells(fs.readFileSync(file));
  const chosen = sheetName ? sheets.filter((s) => s.sheet === sheetName) : sheets;
  if (chosen.length === 0) throw new Error(`找不到工作表“${sheetName}” (no such sheet)`);
  // The first sheet that holds a plan table, or the first sheet's problems when none does.
  const results = chosen.map((cells) => ({ cells, read: planFromSheet(cells) }));
  const { cells, read } = results.find((r) => !r.read.problems.some((p) => p.key === "noTable")) ?? results[0];
  for (const problem of read.problems) {
    const where = `${cells.sheet}${problem.address ? `!${problem.address}` : ""}`;
    const label = problem.severity === "error" ? "错误 (error)" : "提醒 (warning)";
    console.error(`${where} ${label}: ${problemText(problem, "zh-CN")}\n    ${problemText(problem, "en-US")}`);
  }
  if (!read.plan) process.exit(1);
  process.stdout.write(`${JSON.stringify(read.plan, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
