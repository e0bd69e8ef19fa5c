// Speed and size figures (npm run bench): printed, never asserted. Runs TypeScript through ts-node-free
// transpilation with the TypeScript compiler API, so it needs no extra tooling.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");

// Minimal require hook: transpile .ts on the fly (CommonJS), enough for the pure core.
require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true, jsx: ts.JsxEmit.ReactJSX },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const figures = {};
function report(name, value, unit) {
  figures[name] = value;
  console.log(`${name.padEnd(34)} ${typeof value === "number" && !Number.isInteger(value) ? value.toFixed(value < 10 ? 3 : 1) : value}${unit ? ` ${unit}` : ""}`);
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

  // BALANCE over 10,000 schools.
  const schools = 10000;
  const values = Array.from({ length: schools }, (_, i) => [5 + (i % 37) / 7]);
  const weights = Array.from({ length: schools }, (_, i) => [100 + (i % 900)]);
  report("edu_balance_10k_schools_ms", time(() => functions.BALANCE(values, weights), 10).ms, "ms");

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
  const headers = layout.result.columns.map((c) => c.header);
  const yearIndexes = layout.result.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const rows = layout.result.values.map((row, r) => {
    const copy = [...row];
    yearIndexes.forEach((index, k) => (copy[index] = r % 3 === 0 ? "" : (r % 2 ? 0.5 : 55) + k * (r % 5)));
    return copy;
  });
  const snapshot = { sheet: "bench", table: "bench", headerRow: layout.result.headerRow, firstColumn: 0, headers, rows };
  const check = time(() => checkTable(snapshot), 3);
  report("check_5000_rows_ms", check.ms, "ms");
  report("check_5000_rows_misses", check.result.length);

  // Excel layer against the in-memory workbook, when it is there: syncs per action.
  const fakePath = path.join(root, "src/preview/fake-excel/index.ts");
  if (fs.existsSync(fakePath)) {
    try {
      const bench = require(path.join(root, "scripts/bench-excel.ts"));
      for (const [name, value] of Object.entries(await bench.measure(plan))) report(name, value);
    } catch (error) {
      console.log(`excel-layer figures unavailable: ${error.message}`);
    }
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
  fs.mkdirSync(path.join(root, "test/artifacts"), { recursive: true });
  fs.writeFileSync(path.join(root, "test/artifacts/bench.json"), JSON.stringify(figures, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
