// The custom-functions metadata: JSDoc in src/functions/functions.ts lists exactly the functions of
// the table, the built functions.json agrees, and the zh-CN copy translates every description.
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { functions } from "../../src/functions";

const { localizeMetadata } = require("../../scripts/localize-functions");

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src/functions/functions.ts");
const zhTable = JSON.parse(fs.readFileSync(path.join(root, "src/functions/descriptions.zh-CN.json"), "utf8"));

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

let metadata: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
}, 60000);

test("JSDoc metadata lists exactly the functions of the table, with the same names", () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect(ids).toEqual(Object.keys(functions).sort());
  for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
});

test("every function and parameter has a zh-CN description and the names stay the same", () => {
  const localized: Metadata = localizeMetadata(metadata, zhTable);
  expect(localized.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  for (const fn of localized.functions) {
    expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of fn.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(Object.keys(zhTable).sort()).toEqual(Object.keys(functions).sort());
});

test("a translation table missing a parameter is refused", () => {
  const first = metadata.functions.find((f) => f.parameters.length > 0)!;
  const broken = { ...zhTable, [first.id]: { ...zhTable[first.id], parameters: {} } };
  expect(() => localizeMetadata(metadata, broken)).toThrow(first.id);
});

const built = path.join(root, "dist/functions.json");
(fs.existsSync(built) ? test : test.skip)("the built functions.json and functions.zh-CN.json match the source", () => {
  const dist: Metadata = JSON.parse(fs.readFileSync(built, "utf8"));
  expect(dist.functions.map((f) => f.id).sort()).toEqual(Object.keys(functions).sort());
  const zh: Metadata = JSON.parse(fs.readFileSync(path.join(root, "dist/functions.zh-CN.json"), "utf8"));
  expect(zh.functions.map((f) => f.id).sort()).toEqual(Object.keys(functions).sort());
});
