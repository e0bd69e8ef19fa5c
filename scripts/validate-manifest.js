// Validates manifest.xml offline: the Office XSD (patched, in ../shared) through xmllint, then the
// checks the schema cannot see (scripts/manifest-check.js). Exit code 0 only when both pass.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { checkManifest } = require("./manifest-check");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, process.argv[2] || "manifest.xml");
const schema = path.resolve(root, "../shared/schemas/office-manifest/patched/OfficeAppManifestV1_1.xsd");

async function main() {
  let failed = false;
  if (fs.existsSync(schema)) {
    try {
      execFileSync("xmllint", ["--nonet", "--noout", "--schema", schema, manifest], { stdio: "inherit" });
    } catch (error) {
      failed = true;
      console.error(error.code === "ENOENT" ? "xmllint not found: apt-get install libxml2-utils" : "schema validation failed");
    }
  } else {
    failed = true;
    console.error(`schema not found: ${path.relative(root, schema)} (../shared must stand beside the project)`);
  }
  const { problems } = await checkManifest(fs.readFileSync(manifest, "utf8"), { root });
  problems.forEach((p) => console.error(`manifest: ${p}`));
  if (problems.length === 0) console.log("manifest checks passed");
  process.exit(failed || problems.length > 0 ? 1 : 0);
}

main();
