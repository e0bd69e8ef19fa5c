// Every plan file: each reference resolves in its source plan, and each printed figure stands in the
// part of the plan its first reference names, so a clerk can find where a number came from.
import * as fs from "fs";
import * as path from "path";
import { Plan } from "../../src/core/plan";
import { normalizeWidth, passage } from "./locate";

const seedsDir = path.resolve(__dirname, "../../seeds");
const sourcesDir = path.resolve(__dirname, "../../../shared/seeds");
const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith(".json") && f !== "schema.json");
const plans = files.map((file) => ({ file, plan: JSON.parse(fs.readFileSync(path.join(seedsDir, file), "utf8")) as Plan }));
const haveSources = fs.existsSync(sourcesDir);

test("there are plan files", () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(plans)("$file", ({ file, plan }) => {
  test("file name, ids and prefixes", () => {
    expect(file).toBe(`${plan.id}.json`);
    const ids = plan.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = plan.id.split("-")[0];
    for (const id of ids) expect(id).toMatch(new RegExp(`^${prefix}-\\d{2,3}$`));
  });

  (haveSources ? test : test.skip)("every reference resolves and every printed figure is where the first one says", () => {
    const source = fs.readFileSync(path.join(sourcesDir, plan.source), "utf8");
    const problems: string[] = [];
    for (const indicator of plan.indicators) {
      indicator.refs.forEach((ref, n) => {
        const found = passage(source, ref);
        if ("error" in found) {
          problems.push(`${file} ${indicator.id} ref "${ref}": ${found.error}`);
          return;
        }
        if (n > 0) return;
        const figures = [indicator.target.printed, indicator.baseline?.printed].filter((f): f is string => !!f);
        for (const figure of figures) {
          if (!found.text.includes(normalizeWidth(figure))) {
            problems.push(`${file} ${indicator.id} ref "${ref}": "${figure}" not in "${found.text.slice(0, 80)}…"`);
          }
        }
      });
      if (indicator.refs.length === 0) problems.push(`${file} ${indicator.id}: no reference`);
    }
    expect(problems).toEqual([]);
  });
});
