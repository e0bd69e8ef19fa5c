// The manifest, checked offline: the XSD through xmllint where available, and what the XSD cannot see.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
const { checkManifest } = require("../../scripts/manifest-check");

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const schema = path.resolve(root, "../shared/schemas/office-manifest/patched/OfficeAppManifestV1_1.xsd");

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function problemsOf(xml: string): Promise<string[]> {
  return (await checkManifest(xml, { root })).problems;
}

describe("manifest.xml", () => {
  test("passes every offline check", async () => {
    expect(await problemsOf(manifest)).toEqual([]);
  });

  test("declares the EDU namespace and a URL for every resource", async () => {
    const { namespace, urls } = await checkManifest(manifest, { root });
    expect(namespace).toBe("EDU");
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((u: string) => new URL(u).origin === "https://localhost:3000")).toBe(true);
  });

  const xsdTest = hasXmllint() && fs.existsSync(schema) ? test : test.skip;
  xsdTest("validates against the Office manifest schema", () => {
    expect(() => execFileSync("xmllint", ["--nonet", "--noout", "--schema", schema, "-"], { input: manifest, stdio: "pipe" })).not.toThrow();
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    expect(() => execFileSync("xmllint", ["--nonet", "--noout", "--schema", schema, "-"], { input: broken, stdio: "pipe" })).toThrow();
  });

  test.each([
    ["an http URL", (x: string) => x.replace('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), "not https"],
    ["a second host", (x: string) => x.replace("https://localhost:3000/help.html\" />\n        <bt:Url id=\"Taskpane", "https://example.org/help.html\" />\n        <bt:Url id=\"Taskpane"), "hosts"],
    ["a resid without resource", (x: string) => x.replace('resid="CheckSheet.Tooltip"', 'resid="CheckSheet.Missing"'), 'resid "CheckSheet.Missing"'],
    ["another namespace", (x: string) => x.replace('DefaultValue="EDU"', 'DefaultValue="CONTOSO"'), "namespace"],
    ["a short-lived runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), "shared runtime"],
    ["a missing icon", (x: string) => x.split("icon-80.png").join("icon-81.png"), "icon file missing"],
    ["more permissions than needed", (x: string) => x.replace(">ReadWriteDocument<", ">ReadWriteMailbox<"), "permissions"],
    ["no English name", (x: string) => x.replace('<Override Locale="en-US" Value="EduPlan education plan indicators" />', ""), "DisplayName has no en-US"],
  ])("reports %s", async (_label, mutate, expected) => {
    const mutated = mutate(manifest);
    expect(mutated).not.toBe(manifest);
    const problems = await problemsOf(mutated);
    expect(problems.join("\n")).toContain(expected);
  });
});
