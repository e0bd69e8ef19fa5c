// npm run test:portable — the workbook stands on its own, proven in a real spreadsheet engine.
// Exports each bundled plan's template as .xlsx, types seeded random values into it through
// LibreOffice's UNO bridge, recalculates, and compares every computed cell and every conditional-format
// rule (as LibreOffice loaded it, evaluated per cell) with the core. A control file with one wrong
// formula must fail. Needs Debian's libreoffice-calc-nogui and python3-uno (.ci/run installs them).
// Ends with "portable: N passed, N failed", one test per file.
require("../../scripts/ts-require");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { catalog } = require("../../src/catalog/index.ts");
const { buildTemplate } = require("../../src/core/template.ts");
const { columnLetter } = require("../../src/core/layout.ts");
const { layoutToXlsx, workbookToXlsx } = require("../../src/export/xlsx.ts");
const { templateSheet } = require("../../src/core/template.ts");
const { fillRows } = require("../support/fills.ts");
const { compareFile, inputsFor } = require("./compare.ts");
const { buildSummary, geometryOf } = require("../../src/core/summary.ts");
const { compareSummary, summaryRange } = require("./summary.ts");
const { evaluateInLibreOffice } = require("../../scripts/portable/libreoffice.js");

const SEEDS = [11, 23];
const REQUIRED_STATUSES = ["达标", "未达标", "按期推进", "进度滞后", "退步", "无数据", "输入错误"];

function libreOfficeMissing() {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
    execFileSync("/usr/bin/python3", ["-c", "import uno"], { stdio: "ignore" });
    return null;
  } catch {
    return "LibreOffice (soffice) or its UNO bridge (python3-uno) is missing: apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-uno";
  }
}

/** A copy of a layout with one wrong formula: 进度滞后 reported as 按期推进. */
function withWrongFormula(layout) {
  const status = layout.formulas.status;
  if (!status.includes('"进度滞后"')) throw new Error("control: the status formula has no 进度滞后 branch to break");
  return { ...layout, formulas: { ...layout.formulas, status: status.replace('"进度滞后"', '"按期推进"') } };
}

async function main() {
  const missing = libreOfficeMissing();
  if (missing) {
    console.error(missing);
    console.log("portable: 0 passed, 1 failed");
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eduplan-portable-"));
  const cases = [];
  for (const plan of catalog().listPlans()) {
    for (const seed of SEEDS) {
      const layout = buildTemplate(plan);
      cases.push({ name: `${plan.id} seed ${seed}`, layout, fills: fillRows(layout, seed * 101 + plan.indicators.length), control: false });
    }
  }
  const cixi = buildTemplate(catalog().getPlan("慈溪市")[0]);
  cases.push({ name: "control: one wrong formula", layout: withWrongFormula(cixi), fills: fillRows(cixi, 5), control: true, reference: cixi });
  cases.push({ name: "control: 汇总 counting the wrong status", layout: cixi, fills: fillRows(cixi, 7), control: true, summaryControl: true });
  const files = [];
  for (const [n, c] of cases.entries()) {
    const file = path.join(dir, `case-${n}.xlsx`);
    // Each plan's file carries its 汇总, whose counts are compared too (not the control's).
    c.summary = c.control && !c.summaryControl ? null : buildSummary(geometryOf(c.layout), { existingSheets: [c.layout.sheetName] });
    if (c.summaryControl) {
      // 达标 counted by the 按期推进 header: the summary comparison must see it.
      const wrong = JSON.parse(JSON.stringify(c.summary.sheet));
      const met = c.summary.statusColumns.met;
      const onTrackHeader = `${columnLetter(c.summary.statusColumns.on_track)}$${c.summary.headerRow + 1}`;
      for (const block of wrong.blocks) for (const row of block.formulas || []) if (row[met]) row[met] = row[met].replace(/,[A-Z]+\$\d+\)$/, `,${onTrackHeader})`);
      fs.writeFileSync(file, await workbookToXlsx({ sheets: [templateSheet(c.layout), wrong] }));
    } else fs.writeFileSync(file, await layoutToXlsx(c.layout, { summary: !c.control }));
    const last = c.layout.headerRow + c.layout.values.length;
    const alsoRead = c.summary ? [{ sheet: c.summary.sheet.name, read: [summaryRange(c.summary, c.layout)] }] : [];
    files.push({ path: file, sheet: c.layout.sheetName, inputs: inputsFor(c.layout, c.fills), read: [`A${c.layout.headerRow + 1}:${columnLetter(c.layout.columns.length - 1)}${last + 1}`], flags: true, alsoRead });
  }
  const started = Date.now();
  const results = await evaluateInLibreOffice({ files });
  console.log(`${results.soffice}: ${cases.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let passed = 0;
  let failed = 0;
  const totals = { cells: 0, flagCells: 0, summaryCells: 0, errors: 0, disagreements: 0 };
  const seen = new Set();
  cases.forEach((c, n) => {
    // The control is judged against the correct layout's core: its wrong formula must show.
    const comparison = compareFile(c.reference ?? c.layout, c.fills, results.files[n]);
    if (c.summary) {
      const summary = compareSummary(c.layout, c.summary, c.fills, (results.files[n].also || {})[c.summary.sheet.name] || {});
      comparison.disagreements.push(...summary.disagreements);
      if (!c.control) totals.summaryCells += summary.cells;
    }
    const bad = comparison.errors.length + comparison.disagreements.length;
    if (!c.control) {
      totals.cells += comparison.cells;
      totals.flagCells += comparison.flagCells;
      totals.errors += comparison.errors.length;
      totals.disagreements += comparison.disagreements.length;
      comparison.statuses.forEach((s) => seen.add(s));
    }
    const ok = c.control ? comparison.disagreements.length > 0 && comparison.errors.length === 0 : bad === 0;
    const detail = `${comparison.cells} cells, ${comparison.flagCells} flag cells, ${comparison.errors.length} errors, ${comparison.disagreements.length} disagreements`;
    console.log(`${ok ? "ok  " : "FAIL"} ${c.name}: ${detail}${c.control ? " (must disagree)" : ""}`);
    if (!ok) {
      for (const line of [...comparison.errors, ...comparison.disagreements].slice(0, 15)) console.log(`       ${line}`);
      if (c.control) console.log("       the control file passed: the suite cannot see a wrong formula");
    }
    if (ok) passed++;
    else failed++;
  });
  const unseen = REQUIRED_STATUSES.filter((s) => !seen.has(s));
  if (unseen.length > 0) {
    console.log(`FAIL the fills never reached: ${unseen.join(", ")}`);
    failed++;
  } else passed++;
  console.log(
    `portable totals: ${totals.cells} computed cells, ${totals.flagCells} flag cells and ${totals.summaryCells} 汇总 cells compared; ${totals.errors} errors, ${totals.disagreements} disagreements; statuses reached: ${[...seen].join(" ")}`
  );
  const balance = await balanceCases(dir);
  passed += balance.passed;
  failed += balance.failed;
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`portable: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

/**
 * The 优质均衡 workbook: a seeded county of 300 schools written without cached results, every sheet
 * recalculated in LibreOffice and each formula cell compared with the core; a control file whose
 * 单校判定 lets one 未达标 pass must disagree.
 */
async function balanceCases(dir) {
  const { buildBalanceWorkbook } = require("../../src/core/balance-workbook.ts");
  const { workbookToXlsx } = require("../../src/export/xlsx.ts");
  const { county } = require("../support/county.ts");
  const { withoutResults, readRange, compareBalanceSheet } = require("./balance.ts");
  const workbook = buildBalanceWorkbook(county(300, 2024), { itemValues: { government: ["达标", "未达标", 0.5], quality: [0.97, 0.9, "材料待核"], recognition: [0.9], veto: ["否", "是"] } });
  const control = {
    sheets: workbook.layout.sheets.map((sheet) =>
      sheet.name !== workbook.sheetNames.perSchool
        ? sheet
        : { ...sheet, blocks: sheet.blocks.map((b) => (b.formulas ? { ...b, formulas: b.formulas.map((row) => row.map((f) => (f ? f.replace('"未达标")=0', '"未达标")<2') : f))) } : b)) }
    ),
  };
  const cases = [
    { name: "balance: county of 300 schools", layout: workbook.layout, sheets: workbook.layout.sheets.map((s) => s.name), control: false },
    { name: "balance control: 单校判定 lets one 未达标 pass", layout: control, sheets: [workbook.sheetNames.perSchool], control: true },
  ];
  const files = [];
  for (const [n, c] of cases.entries()) {
    const file = path.join(dir, `balance-${n}.xlsx`);
    fs.writeFileSync(file, await workbookToXlsx(withoutResults(c.layout)));
    // One load per file: every sheet read after the same recalculation.
    files.push({ path: file, sheet: c.sheets[0], inputs: [], read: [], readSheets: Object.fromEntries(c.sheets.map((s) => [s, [readRange(c.layout, s)]])), flags: false });
  }
  // 两县创建's other files (学前 sheet, a plan linked to the 测算表) go in the same LibreOffice run.
  const { twoCountiesCases } = require("./two-counties.ts");
  const more = twoCountiesCases();
  for (const [n, c] of more.entries()) {
    const file = path.join(dir, `two-counties-${n}.xlsx`);
    fs.writeFileSync(file, await workbookToXlsx(c.layout));
    files.push({ path: file, sheet: Object.keys(c.read)[0], inputs: [], read: [], readSheets: c.read, flags: false });
  }
  const started = Date.now();
  const results = await evaluateInLibreOffice({ files });
  console.log(`${results.soffice}: ${files.length} balance files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let passed = 0;
  let failed = 0;
  for (const [n, c] of cases.entries()) {
    let cells = 0;
    const engine = results.files[n];
    const problems = [...engine.errors];
    for (const sheet of c.sheets) {
      // The control is judged against the correct workbook's core.
      const comparison = compareBalanceSheet(workbook.layout, sheet, (engine.sheetCells || {})[sheet] || {});
      cells += comparison.cells;
      problems.push(...comparison.disagreements);
    }
    const ok = c.control ? problems.length > 0 : problems.length === 0;
    console.log(`${ok ? "ok  " : "FAIL"} ${c.name}: ${cells} computed cells, ${problems.length} disagreements${c.control ? " (must disagree)" : ""}`);
    if (!ok) for (const line of problems.slice(0, 15)) console.log(`       ${line}`);
    if (ok) passed++;
    else failed++;
  }
  for (const [n, c] of more.entries()) {
    const engine = results.files[cases.length + n];
    const problems = [...engine.errors, ...c.judge(engine.sheetCells || {})];
    console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${c.name}: ${problems.length} disagreements`);
    for (const line of problems.slice(0, 15)) console.log(`       ${line}`);
    if (problems.length === 0) passed++;
    else failed++;
  }
  return { passed, failed };
}

main().catch((error) => {
  console.error(error.stack || error.message || error);
  console.log("portable: 0 passed, 1 failed");
  process.exit(1);
});
