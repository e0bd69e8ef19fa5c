// Speed and size figures (npm run bench): printed, never asserted; the last line is one JSON object.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.resolve(__dirname, "..");

require("./ts-require");

const figures = {};
function report(name, value, unit) {
  figures[name] = value;
  console.log(`${name.padEnd(34)} ${typeof value === "number" && !Number.isInteger(value) ? value.toFixed(value < 10 ? 3 : 1) : value}${unit ? ` ${unit}` : ""}`);
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, repeat = 1) {
  const start = process.hrtime.bigint();
  let result;
  for (let i = 0; i < repeat; i++) result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 / repeat, result };
}

async function main() {
  const { functions } = require(path.join(root, "src/functions/index.ts"));
  const { buildTemplate } = require(path.join(root, "src/core/template.ts"));
  const { checkTable } = require(path.join(root, "src/core/check.ts"));

  // EDU functions: calls per second on typical arguments.
  const calls = 100000;
  const gap = time(() => {
    for (let i = 0; i < calls; i++) functions.GAP("≥90%", 0.8 + (i % 100) / 1000);
  });
  report("edu_gap_calls_per_s", (calls / gap.ms) * 1000, "calls/s");
  const status = time(() => {
    for (let i = 0; i < calls; i++) functions.STATUS(0.864, 2020, 0.9, 2025, 0.85 + (i % 100) / 1000, 2023, "at_least");
  });
  report("edu_status_calls_per_s", (calls / status.ms) * 1000, "calls/s");

  // BALANCE over 100,000 schools, and the same coefficient by native formulas in HyperFormula.
  const schools = 100000;
  const values = Array.from({ length: schools }, (_, i) => [5 + (i % 37) / 7]);
  const weights = Array.from({ length: schools }, (_, i) => [100 + (i % 900)]);
  const jsRuns = Array.from({ length: 7 }, () => time(() => functions.BALANCE(values, weights)));
  report("balance_ms_100k", median(jsRuns.map((r) => r.ms)), "ms");
  const { createFormulaEngine } = require(path.join(root, "src/preview/formula-engine.ts"));
  const sheet = values.map((v, i) => [v[0], weights[i][0]]);
  const n = schools;
  const engine = createFormulaEngine({ S: sheet }, { functions, maxRows: n + 10 });
  // Only the formulas' evaluation is timed, not loading the 100,000 rows into the engine.
  const native = time(() => {
    engine.setCellContents({ sheet: 0, row: 0, col: 2 }, [
      [`=SUMPRODUCT(A1:A${n},B1:B${n})/SUM(B1:B${n})`, `=SQRT(SUMPRODUCT(B1:B${n},(A1:A${n}-C1)^2)/SUM(B1:B${n}))/C1`],
    ]);
    return engine.getCellValue({ sheet: 0, row: 0, col: 3 });
  });
  report("balance_hyperformula_ms_100k", native.ms, "ms");
  const edu = functions.BALANCE(values, weights);
  report("balance_agree", Math.abs(edu - native.result) < 1e-9 ? 1 : 0);
  report("balance_speedup", native.ms / median(jsRuns.map((r) => r.ms)), "×");

  // A synthetic plan of 5,000 indicators: template layout and the check's decisions.
  const rules = ["at_least", "at_most", "increase_by", "between", "non_decreasing", "about"];
  const plan = {
    id: "bench-2021-2025",
    title: "bench",
    region: { name: "基准市", level: "county-level city", parent: null },
    issuer: "bench",
    period: { start: 2021, end: 2025 },
    source: "bench",
    projects: [],
    indicators: Array.from({ length: 5000 }, (_, i) => {
      const rule = rules[i % rules.length];
      return {
        id: `bench-${i}`,
        category: `类别${i % 7}`,
        stage: "综合",
        name: `指标${i}`,
        group: null,
        unit: i % 2 ? "%" : "所",
        rule,
        baseline: { year: 2020, value: 50 },
        target: { year: 2025, value: rule === "non_decreasing" ? null : 60, high: rule === "between" ? 70 : undefined, printed: "60" },
        refs: ["表1 1．"],
        responsible: null,
        note: null,
      };
    }),
  };
  const memoryBefore = process.memoryUsage().heapUsed;
  const layout = time(() => buildTemplate(plan), 3);
  report("template_5000_rows_ms", layout.ms, "ms");
  report("template_5000_rows_heap_mb", (process.memoryUsage().heapUsed - memoryBefore) / 1048576, "MB");
  // Custom-function calls a row makes: 0 for the default (native) template, which works anywhere.
  const { functionsIn } = require(path.join(root, "src/core/formula.ts"));
  const eduCalls = (formulas) => Object.values(formulas).reduce((n, f) => n + functionsIn(f).filter((name) => name.startsWith("EDU.")).length, 0);
  report("custom_function_calls_per_row", eduCalls(layout.result.formulas));
  report("custom_function_calls_per_row_edu_option", eduCalls(buildTemplate(plan, { dialect: "edu" }).formulas));
  report("longest_native_formula_chars", Math.max(...Object.values(layout.result.formulas).map((f) => f.length)), "chars");
  const headers = layout.result.columns.map((c) => c.header);
  const yearIndexes = layout.result.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const rows = layout.result.values.map((row, r) => {
    const copy = [...row];
    yearIndexes.forEach((index, k) => (copy[index] = r % 3 === 0 ? "" : (r % 2 ? 0.5 : 55) + k * (r % 5)));
    return copy;
  });
  const snapshot = { sheet: "bench", table: "bench", headerRow: layout.result.headerRow, firstColumn: 0, headers, rows };
  for (let i = 0; i < 3; i++) checkTable(snapshot); // warm up
  const checks = Array.from({ length: 9 }, () => time(() => checkTable(snapshot)));
  report("check_ms_5000", median(checks.map((c) => c.ms)), "ms");
  report("check_5000_rows_misses", checks[0].result.length);
  // 汇总 and 中期评估 report of the same 5,000 rows (computed columns as the sheet would hold them).
  const { buildSummary, geometryOf } = require(path.join(root, "src/core/summary.ts"));
  const { buildReport } = require(path.join(root, "src/core/report.ts"));
  const { evaluateRow, COMPUTED_KEYS } = require(path.join(root, "src/core/template-formulas.ts"));
  report("summary_5000_rows_ms", time(() => buildSummary(geometryOf(layout.result)), 3).ms, "ms");
  const years = yearIndexes.map((i) => layout.result.columns[i].year);
  const computed = rows.map((row) => {
    const result = evaluateRow(years, (header) => (row[headers.indexOf(header)] === "" ? null : row[headers.indexOf(header)]));
    const copy = [...row];
    for (const key of COMPUTED_KEYS) {
      const value = result[key];
      copy[layout.result.columns.findIndex((c) => c.key === key)] = value !== null && typeof value === "object" ? "#ERR" : value ?? "";
    }
    return copy;
  });
  const reportRun = time(() => buildReport({ ...snapshot, rows: computed }, { planTitle: "bench", region: "基准市" }, "zh-CN", new Date()), 3);
  report("report_5000_rows_ms", reportRun.ms, "ms");
  report("report_5000_rows_sheet_rows", reportRun.result.blocks.find((b) => b.numberFormats).values.length);

  // Reading the 5,000-row template back (从模板生成规划, plan:from-sheet), from its cells: every row is
  // read and checked (the schema's ids stop at 999 indicators, so this plan itself is refused).
  const { templateSheet } = require(path.join(root, "src/core/template.ts"));
  const { planFromSheet } = require(path.join(root, "src/core/plan-from-sheet.ts"));
  const sheetLayout = templateSheet(layout.result);
  const grid = { sheet: "bench", values: [], formats: [], tables: sheetLayout.tables };
  for (const block of sheetLayout.blocks) {
    block.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        (grid.values[block.row + r] ??= [])[block.column + c] = value;
        (grid.formats[block.row + r] ??= [])[block.column + c] = block.numberFormats?.[r]?.[c] ?? null;
      })
    );
  }
  for (let r = 0; r < grid.values.length; r++) grid.values[r] ??= [];
  const readBack = Array.from({ length: 5 }, () => time(() => planFromSheet(grid)));
  report("plan_from_sheet_5000_rows_ms", median(readBack.map((r) => r.ms)), "ms");

  // Excel layer against the in-memory workbook, when it is there: syncs per action.
  const fakePath = path.join(root, "src/preview/fake-excel/index.ts");
  if (fs.existsSync(fakePath)) {
    try {
      const bench = require(path.join(root, "scripts/bench-excel.ts"));
      for (const [name, value] of Object.entries(await bench.measure(plan))) report(name, value);
      const { catalog } = require(path.join(root, "src/catalog/index.ts"));
      let insertSyncs = 0;
      for (const bundled of catalog().listPlans()) insertSyncs = Math.max(insertSyncs, (await bench.measure(bundled)).insert_5000_rows_syncs);
      report("insert_syncs", insertSyncs);
      report("check_syncs_5000", figures.check_5000_rows_syncs);
    } catch (error) {
      console.log(`excel-layer figures unavailable: ${error.message}`);
    }
  }

  // The preview: select a cell and commit a typed value on the 115-row 宁波市 sheet (drawing included),
  // and EDU.BALANCE against a bare two-pass loop over the same 100,000 schools.
  {
    const { catalog } = require(path.join(root, "src/catalog/index.ts"));
    const ningbo = catalog().listPlans().find((p) => p.region.name === "宁波市");
    const preview = await require(path.join(root, "scripts/bench-preview.ts")).measure(ningbo);
    for (const [name, value] of Object.entries(preview)) report(name, value, name.endsWith("_ms") ? "ms" : "");
    const bareLoop = () => {
      let total = 0;
      let sum = 0;
      for (let i = 0; i < values.length; i++) {
        total += weights[i][0];
        sum += weights[i][0] * values[i][0];
      }
      const mean = sum / total;
      let squares = 0;
      for (let i = 0; i < values.length; i++) squares += weights[i][0] * (values[i][0] - mean) ** 2;
      return Math.sqrt(squares / total) / mean;
    };
    for (let i = 0; i < 5; i++) {
      bareLoop();
      functions.BALANCE(values, weights);
    }
    const bare = median(Array.from({ length: 15 }, () => time(bareLoop).ms));
    const balance = median(Array.from({ length: 15 }, () => time(() => functions.BALANCE(values, weights)).ms));
    report("balance_bare_loop_ms_100k", bare, "ms");
    report("balance_vs_bare_loop", balance / bare, "×");
  }

  // 两县创建: the 优质均衡 workbook of a 3,000-school county built as a layout (every row evaluated and
  // checked in JS), and the insert's syncs at two sizes (the largest is what counts).
  {
    const { buildBalanceWorkbook } = require(path.join(root, "src/core/balance-workbook.ts"));
    const { county } = require(path.join(root, "test/support/county.ts"));
    const schools = county(3000, 42);
    buildBalanceWorkbook(schools.slice(0, 100)); // warm up
    const built = Array.from({ length: 3 }, () => time(() => buildBalanceWorkbook(schools)));
    report("balance_workbook_3000_schools_ms", median(built.map((b) => b.ms)), "ms");
    const cells = built[0].result.layout.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + (b.formulas ? b.formulas.flat().filter(Boolean).length : 0), 0), 0);
    report("balance_workbook_3000_formula_cells", cells);
    try {
      const { createFakeExcel } = require(path.join(root, "src/preview/fake-excel/index.ts"));
      const { insertBalanceWorkbook } = require(path.join(root, "src/excel/insert-balance.ts"));
      let syncs = 0;
      for (const size of [20, 600]) {
        const excel = createFakeExcel();
        const before = excel.syncCount;
        await insertBalanceWorkbook(schools.slice(0, size), excel.run, () => true);
        syncs = Math.max(syncs, excel.syncCount - before);
      }
      report("balance_insert_syncs", syncs);
    } catch (error) {
      console.log(`balance_insert_syncs unavailable: ${error.message}`);
    }
    // The 3,000 schools as a block pasted from the returns (two header rows), read by the importer.
    const { importSchools, parsePastedBlock } = require(path.join(root, "src/core/school-import.ts"));
    const { INPUT_COLUMNS } = require(path.join(root, "src/core/balance-schools.ts"));
    const header = INPUT_COLUMNS.map((c) => c.header);
    const pasted = [header.join("\t"), header.map(() => "").join("\t"), ...schools.map((s) => INPUT_COLUMNS.map((c) => s[c.key] ?? "").join("\t"))].join("\n");
    const imports = Array.from({ length: 3 }, () => time(() => importSchools([parsePastedBlock(pasted)])));
    report("school_import_3000_ms", median(imports.map((r) => r.ms)), "ms");
  }

  // 规划对标: the concept map resolved against the bundled plans and every city–district pair checked.
  {
    const { catalog } = require(path.join(root, "src/catalog/index.ts"));
    const { BUNDLED_CONCEPTS } = require(path.join(root, "src/catalog/concepts.ts"));
    const { resolveConcepts } = require(path.join(root, "src/core/concepts.ts"));
    const { alignConcepts } = require(path.join(root, "src/core/align.ts"));
    const bundled = catalog().listPlans();
    const align = time(() => alignConcepts(resolveConcepts(BUNDLED_CONCEPTS, bundled)), 50);
    report("align_bundled_ms", align.ms, "ms");
    report("align_findings", align.result.length);
  }

  // Task pane bundle size, when built.
  const dist = path.join(root, "dist");
  if (fs.existsSync(path.join(dist, "taskpane.js"))) {
    const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024;
    report("taskpane_gzip_kb", gzip("taskpane.js"), "KB");
    // What the pane's page really loads: its entry, the chunk shared with the functions, and those.
    const shared = fs.existsSync(path.join(dist, "shared.js")) ? gzip("shared.js") : 0;
    report("taskpane_page_gzip_kb", gzip("taskpane.js") + shared + gzip("functions.js") + gzip("commands.js"), "KB");
    report("functions_gzip_kb", gzip("functions.js"), "KB");
    const lazy = fs.readdirSync(dist).filter((f) => /^\d+.*\.js$|preview.*\.js$/.test(f));
    if (lazy.length) report("preview_chunks_gzip_kb", lazy.reduce((sum, f) => sum + gzip(f), 0), "KB");
    if (fs.existsSync(path.join(dist, "align.js"))) report("align_chunk_gzip_kb", gzip("align.js"), "KB");
    // 从文本导入's unnamed chunks (the panel with the extractor, the .docx reader, opencc-js), found by content.
    const extractChunks = fs.readdirSync(dist).filter((f) => /^\d+\.js$/.test(f) && /按校际差异系数|mammoth|opencc/i.test(fs.readFileSync(path.join(dist, f), "utf8").slice(0, 400000)));
    if (extractChunks.length) report("import_text_chunks_gzip_kb", extractChunks.reduce((sum, f) => sum + gzip(f), 0), "KB");
  } else {
    console.log("taskpane_gzip_kb: run npm run build first");
  }

  const readyScript = path.join(root, "test/browser/run.js");
  if (fs.existsSync(readyScript) && process.env.EDUPLAN_BENCH_BROWSER !== "0") {
    try {
      const ms = await require(readyScript).measureReady();
      report("taskpane_ready_ms", ms, "ms");
    } catch (error) {
      console.log(`taskpane_ready_ms unavailable: ${error.message}`);
    }
  }
  // The text extractor on the seed plans' texts (when they are beside the checkout): the slowest plan.
  const seedTexts = [path.join(root, "..", "shared", "seeds"), path.join(root, "..", "..", "shared", "seeds")].find((d) => fs.existsSync(d));
  if (seedTexts) {
    const { extractPlan } = require(path.join(root, "src/core/extract/extract.ts"));
    const texts = fs.readdirSync(seedTexts).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(seedTexts, f), "utf8"));
    texts.forEach((text) => extractPlan(text));
    const planMs = texts.map((text) => median([1, 2, 3].map(() => time(() => extractPlan(text)).ms)));
    report("extract_slowest_plan_ms", Math.max(...planMs), "ms");
    const big = `某县教育事业发展“十四五”规划\n一、主要目标\n${"坚持立德树人，深化教育改革，办好人民满意的教育。".repeat(40000)}\n到2025年，普惠性幼儿园覆盖率达到90%。\n`;
    report("extract_2mb_text_ms", median([1, 2, 3].map(() => time(() => extractPlan(big)).ms)), "ms");
  }
  fs.mkdirSync(path.join(root, "test/artifacts"), { recursive: true });
  fs.writeFileSync(path.join(root, "test/artifacts/bench.json"), JSON.stringify(figures, null, 2));
  // Last line: every figure as one JSON object, for scripts that read the bench.
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === "number" ? Number(v.toFixed(3)) : v]));
  console.log(JSON.stringify(rounded));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
