// Scores the text extractor: runs it on the seed plans' texts and on the hand-labelled holdout plans, prints
// recall / precision per plan and overall, the misses, and each plan's time. Exit 0 unless a plan cannot be read.
// Usage: npm run eval:extract [-- --seeds DIR] [--misses N] [--json]
const fs = require("fs");
const path = require("path");
const { readPlanText, extractFile } = require("./extract-io");
const { score } = require("../src/core/extract/score.ts");
const { dice } = require("../src/core/extract/extract.ts");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = path.resolve(__dirname, "..");
// The seed texts sit in a shared folder beside the checkout (or beside the folder of worktrees).
const seedTexts = option("--seeds", null)
  ? path.resolve(option("--seeds"))
  : [path.join(root, "..", "shared", "seeds"), path.join(root, "..", "..", "shared", "seeds")].find((d) => fs.existsSync(d)) ?? path.join(root, "..", "shared", "seeds");
const showMisses = Number(option("--misses", "12"));
const holdoutDir = path.join(root, "test", "data", "extract-holdout");

const squash = (s) => s.replace(/[\s“”"《》()（）\-—–]/g, "");

/** Pairs each seed plan file with the text whose head holds its title (not by file name). */
function seedPairs() {
  if (!fs.existsSync(seedTexts)) return [];
  const texts = fs.readdirSync(seedTexts).filter((f) => /\.(txt|docx|html?)$/i.test(f)).map((f) => path.join(seedTexts, f));
  const heads = texts.map((file) => ({ file, head: squash(fs.readFileSync(file, "utf8").slice(0, 6000)) }));
  return fs
    .readdirSync(path.join(root, "seeds"))
    .filter((f) => f.endsWith(".json") && f !== "schema.json")
    .map((f) => JSON.parse(fs.readFileSync(path.join(root, "seeds", f), "utf8")))
    .map((plan) => ({ plan, file: (heads.find((h) => h.head.includes(squash(plan.title))) ?? bestHead(heads, plan.title))?.file }))
    .filter((pair) => pair.file);
}

/** The text whose first lines share most of the title's character pairs (a page may reword the title). */
function bestHead(heads, title) {
  const scored = heads.map((h) => ({ h, d: Math.max(...h.head.slice(0, 400).split(/[。，]/).map((line) => dice(line.slice(0, 60), squash(title)))) }));
  scored.sort((a, b) => b.d - a.d);
  return scored[0] && scored[0].d >= 0.5 ? scored[0].h : undefined;
}

function holdoutPairs() {
  if (!fs.existsSync(holdoutDir)) return [];
  return fs
    .readdirSync(holdoutDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ plan: JSON.parse(fs.readFileSync(path.join(holdoutDir, f), "utf8")), file: path.join(holdoutDir, f.replace(/\.json$/, ".txt")) }))
    .filter((pair) => fs.existsSync(pair.file));
}

const pct = (x) => (x * 100).toFixed(1).padStart(6);

async function run(label, pairs) {
  const rows = [];
  for (const { plan, file } of pairs) {
    const text = await readPlanText(file);
    // The median of three runs: the first run of a process also pays for compiling the rules.
    const times = [];
    let result;
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      result = extractFile(text);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const ms = times.sort((a, b) => a - b)[1];
    const s = score(result.proposals, plan.indicators);
    rows.push({ id: plan.id, ms, ...s });
  }
  const total = rows.reduce((t, r) => ({ truth: t.truth + r.truth, proposed: t.proposed + r.proposed, matched: t.matched + r.matched, hits: t.hits + r.precision * r.proposed }), { truth: 0, proposed: 0, matched: 0, hits: 0 });
  console.log(`\n${label}`);
  console.log("plan                      truth  proposed  matched  recall%  precision%     ms");
  for (const r of rows) {
    console.log(`${r.id.padEnd(24)} ${String(r.truth).padStart(6)} ${String(r.proposed).padStart(9)} ${String(r.matched).padStart(8)} ${pct(r.recall)}   ${pct(r.precision)}    ${r.ms.toFixed(1).padStart(6)}`);
  }
  const recall = total.truth ? total.matched / total.truth : 0;
  const precision = total.proposed ? Math.round(total.hits) / total.proposed : 0;
  console.log(`${"overall".padEnd(24)} ${String(total.truth).padStart(6)} ${String(total.proposed).padStart(9)} ${String(total.matched).padStart(8)} ${pct(recall)}   ${pct(precision)}`);
  for (const r of rows) {
    if (!showMisses) break;
    if (r.missed.length) console.log(`  missed in ${r.id} (${r.missed.length}): ${r.missed.slice(0, showMisses).map((i) => `${i.name} ${i.target.printed ?? i.rule}`).join("；")}`);
    if (r.extra.length) console.log(`  extra in ${r.id} (${r.extra.length}): ${r.extra.slice(0, showMisses).map((i) => `${i.name} ${i.target.printed ?? i.rule}`).join("；")}`);
  }
  return { recall, precision, maxMs: Math.max(0, ...rows.map((r) => r.ms)), plans: rows.length };
}

async function main() {
  const pairs = seedPairs();
  const seeds = await run(`seed plans (${pairs.length} of ${path.basename(seedTexts)}/)`, pairs);
  const held = holdoutPairs();
  const holdout = held.length
    ? await run("holdout plans, labelled by hand (test/data/extract-holdout)", held)
    : (console.log("\nholdout plans: none stored in test/data/extract-holdout (<id>.txt with a SOURCE line + <id>.json)"), null);
  const summary = { seeds, holdout };
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
