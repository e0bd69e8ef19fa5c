// Validates plan files against seeds/schema.json (ajv) and the catalog's semantic checks — the ones given, or every plan in seeds/.
// Usage: node scripts/validate-plans.js [file.json …]   (exit code 1 when any file has an error; warnings do not fail)
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");
require("./ts-require");
const { validatePlan } = require("../src/catalog/validate");

const seeds = path.resolve(__dirname, "../seeds");
const schema = JSON.parse(fs.readFileSync(path.join(seeds, "schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(seeds).filter((f) => f.endsWith(".json") && f !== "schema.json").map((f) => path.join(seeds, f));

/** ajv's messages in Chinese first, English after, as the add-in's own validator words them. */
function bilingual(error) {
  const p = error.params || {};
  const zh = {
    required: `缺少必填字段 ${p.missingProperty}`,
    type: `类型应为 ${p.type}`,
    enum: `必须是以下之一：${(p.allowedValues || []).join(", ")}`,
    const: `应为 ${JSON.stringify(p.allowedValue)}`,
    pattern: `格式不对，应匹配 ${p.pattern}`,
    additionalProperties: `不认识的字段 ${p.additionalProperty}`,
    minItems: "不能为空列表",
    minLength: "不能为空",
    minimum: `不能小于 ${p.limit}`,
    maximum: `不能大于 ${p.limit}`,
    oneOf: "不符合任何一种允许的写法",
    if: "不符合该规则的要求",
  }[error.keyword];
  return zh ? `${zh} (${error.message})` : error.message;
}

let failed = 0;
/** Indicator id → the file that used it first, so an id reused by another plan is caught. */
const owners = new Map();
for (const file of files) {
  let plan;
  try {
    plan = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.log(`${path.basename(file)}: 不是有效的 JSON (not valid JSON): ${error.message}`);
    failed++;
    continue;
  }
  const name = path.basename(file);
  if (validate(plan)) {
    // The semantic checks (ids, years, directions) need a structurally sound plan, which ajv just confirmed.
    const { errors, warnings } = validatePlan(plan, name);
    for (const indicator of plan.indicators) {
      const owner = owners.get(indicator.id);
      if (owner && owner !== name) errors.push(`${name} / ${indicator.id} / id: 编号已被 ${owner} 使用 (id already used by ${owner})`);
      else owners.set(indicator.id, name);
    }
    for (const line of errors) console.log(line);
    for (const line of warnings) console.log(`${line} [警告 warning]`);
    if (errors.length) failed++;
    else console.log(`${name}: ok (${plan.indicators.length} indicators${warnings.length ? `, ${warnings.length} warnings` : ""})`);
    continue;
  }
  failed++;
  for (const error of validate.errors) {
    const match = /^\/indicators\/(\d+)(\/.*)?$/.exec(error.instancePath);
    const where = match ? plan.indicators[Number(match[1])]?.id ?? `indicators[${match[1]}]` : "plan";
    const field = (match ? match[2] ?? "" : error.instancePath).replace(/^\//, "").replace(/\//g, ".") || "(root)";
    console.log(`${path.basename(file)} / ${where} / ${field}: ${bilingual(error)}`);
  }
}
process.exit(failed ? 1 : 0);
