// 规划对标 for the bundled plans: each concept a city plan shares with a district plan of that city,
// district target against city target. Prints a readable table, then one JSON line (the findings).
// Usage: npm run align [-- --lang en-US]
require("./ts-require");
const { catalog } = require("../src/catalog/index.ts");
const { BUNDLED_CONCEPTS } = require("../src/catalog/concepts.ts");
const { resolveConcepts, validateConceptMap } = require("../src/core/concepts.ts");
const { alignConcepts, countVerdicts, formatFigure } = require("../src/core/align.ts");

const language = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en-US" ? "en-US" : "zh-CN";
const zh = language === "zh-CN";
const plans = catalog().listPlans();
const problems = validateConceptMap(BUNDLED_CONCEPTS, plans);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const findings = alignConcepts(resolveConcepts(BUNDLED_CONCEPTS, plans));

const VERDICTS = {
  weaker: { "zh-CN": "弱于市", "en-US": "weaker" },
  equal: { "zh-CN": "相当", "en-US": "equal" },
  stronger: { "zh-CN": "高于市", "en-US": "stronger" },
  skipped: { "zh-CN": "未比较", "en-US": "skipped" },
};
const REASONS = {
  count: { "zh-CN": "数量不可比", "en-US": "count" },
  no_figure: { "zh-CN": "无数值", "en-US": "no figure" },
  change: { "zh-CN": "变化幅度", "en-US": "a change" },
  unit: { "zh-CN": "单位不同", "en-US": "units differ" },
  direction: { "zh-CN": "方向相反", "en-US": "opposite ways" },
  no_direction: { "zh-CN": "无方向", "en-US": "no direction" },
  years_differ: { "zh-CN": "年份不同", "en-US": "years differ" },
};

/** Display width: CJK characters take two columns. */
const width = (text) => [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) && !/[–−≥≤≈]/.test(ch) ? 2 : 1), 0);
const pad = (text, n) => text + " ".repeat(Math.max(0, n - width(text)));
const side = (s) => `${s.region} ${formatFigure(s)} ${s.year} ${s.indicatorId} ${s.ref}`;

const header = zh ? ["概念", "市规划", "区县规划", "结论"] : ["concept", "city plan", "district plan", "verdict"];
const rows = findings.map((f) => [
  f.conceptName[language],
  side(f.city),
  side(f.district),
  VERDICTS[f.verdict][language] + (f.reason ? `（${REASONS[f.reason][language]}）` : "") + (f.definitions.length ? (zh ? "，口径不同" : ", definitions differ") : ""),
]);
const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]))));
const line = (cells) => cells.map((cell, c) => pad(cell, widths[c])).join(" | ").trimEnd();
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const row of rows) console.log(line(row));
for (const plan of plans.filter((p) => p.period.start === p.period.end && findings.some((f) => f.city.planId === p.id))) {
  console.log(
    zh
      ? `说明：${plan.region.name} ${plan.period.start} 是一年的工作要点，只定 ${plan.period.start} 年目标，没有基期值；区县目标年晚于它的，与该目标比较。`
      : `Note: ${plan.region.name} ${plan.period.start} is a one-year work plan with targets for ${plan.period.start} only and no baselines; district targets for later years are compared with it.`
  );
}
const counts = countVerdicts(findings);
console.log(
  zh
    ? `共 ${findings.length} 项：弱于市 ${counts.weaker}，相当 ${counts.equal}，高于市 ${counts.stronger}，未比较 ${counts.skipped}`
    : `${findings.length} findings: ${counts.weaker} weaker, ${counts.equal} equal, ${counts.stronger} stronger, ${counts.skipped} skipped`
);
console.log(JSON.stringify(findings));
