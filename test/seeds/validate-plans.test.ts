// The plan-validation CLI: exit code and bilingual lines naming file, indicator and field, for the data helpers.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { samplePlan } from "../fixtures/plan";

const script = path.resolve(__dirname, "../../scripts/validate-plans.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plans-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(plans: Record<string, unknown>): { status: number | null; out: string } {
  const files = Object.entries(plans).map(([name, plan]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof plan === "string" ? plan : JSON.stringify(plan));
    return file;
  });
  const result = spawnSync(process.execPath, [script, ...files], { encoding: "utf8" });
  return { status: result.status, out: result.stdout + result.stderr };
}

const first = samplePlan.indicators[0];

test("a sound plan passes with its indicator count", () => {
  const { status, out } = run({ "good.json": samplePlan });
  expect(status).toBe(0);
  expect(out).toContain(`good.json: ok (${samplePlan.indicators.length} indicators)`);
});

test("schema errors: file / indicator / field, Chinese then English, exit code 1", () => {
  const broken = { ...samplePlan, indicators: [{ ...first, rule: "more", target: { ...first.target, value: "90" } }] };
  const { status, out } = run({ "broken.json": broken });
  expect(status).toBe(1);
  expect(out).toMatch(/broken\.json \/ sample-01 \/ rule: 必须是以下之一：at_least, .* \(must be equal to one of the allowed values\)/);
  expect(out).toMatch(/broken\.json \/ sample-01 \/ target\.value: /);
  expect(out).not.toContain("broken.json: ok");
});

test("not JSON at all", () => {
  const { status, out } = run({ "text.json": "{ id: cixi" });
  expect(status).toBe(1);
  expect(out).toContain("text.json: 不是有效的 JSON (not valid JSON)");
});

test("semantic errors the schema cannot see, and an id used by two plans", () => {
  const late = { ...samplePlan, indicators: [{ ...first, baseline: { year: 2026, value: 80 } }] };
  const copy = { ...samplePlan, id: "sample-copy" };
  const { status, out } = run({ "late.json": late, "copy.json": copy });
  expect(status).toBe(1);
  expect(out).toContain("late.json / sample-01 / baseline.year: 基准年晚于目标年");
  expect(out).toContain("copy.json / sample-01 / id: 编号已被 late.json 使用 (id already used by late.json)");
});

test("a target behind its baseline is a warning and does not fail", () => {
  const behind = { ...samplePlan, indicators: [{ ...first, baseline: { year: 2020, value: 95 } }] };
  const { status, out } = run({ "behind.json": behind });
  expect(status).toBe(0);
  expect(out).toMatch(/behind\.json \/ sample-01 \/ target\.value: 目标不比基准更好.*\[警告 warning\]/);
  expect(out).toContain("behind.json: ok (1 indicators, 1 warnings)");
});
