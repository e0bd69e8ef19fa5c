// Prints the indicators EduPlan proposes from a plan's text as one JSON array (seeds' indicator shape plus quote).
// Usage: npm run extract -- plan.txt|plan.docx [--milestones]
const { readPlanText, extractFile } = require("./extract-io");
const { EXTRACT_MESSAGES } = require("../src/i18n/extract.ts");

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("用法 (usage): npm run extract -- <规划文本/plan.txt|.docx> [--milestones]");
    process.exit(2);
  }
  let text;
  try {
    text = await readPlanText(file);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const result = extractFile(text);
  if (result.problem) {
    console.error(`${EXTRACT_MESSAGES["zh-CN"][result.problem]}\n${EXTRACT_MESSAGES["en-US"][result.problem]}`);
    process.exit(1);
  }
  if (args.includes("--milestones")) {
    process.stdout.write(`${JSON.stringify({ proposals: result.proposals, milestones: result.milestones }, null, 2)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(result.proposals, null, 2)}\n`);
  }
  if (result.converted) console.error("已将繁体字转换为简体字 (traditional characters converted to simplified)");
  console.error(`${result.proposals.length} 条指标建议，${result.milestones.length} 个时间节点 (${result.proposals.length} proposals, ${result.milestones.length} milestones)`);
}

main();
