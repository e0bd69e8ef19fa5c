// Offline checks of manifest.xml that the XSD cannot express: resids resolve, URLs are https on one
// host, the EDU namespace, the shared runtime, icons that exist, and zh-CN with an en-US override.
const fs = require("fs");
const path = require("path");
const { parseStringPromise } = require("xml2js");

/** Collects every element (with its path) of an xml2js tree. */
function walk(node, name, visit, trail = []) {
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, name, visit, trail));
    return;
  }
  if (node === null || typeof node !== "object") return;
  visit(name, node, trail);
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    walk(value, key, visit, [...trail, name]);
  }
}

async function checkManifest(xml, { root }) {
  const doc = await parseStringPromise(xml, { tagNameProcessors: [(name) => name.replace(/^\w+:/, "")] });
  const problems = [];
  const resources = new Map();
  const resids = [];
  const urls = [];
  const elements = [];
  walk(doc, "root", (name, node, trail) => {
    elements.push({ name, node, trail });
    const attrs = node.$ || {};
    if (["Image", "Url", "String"].includes(name) && attrs.id && trail.includes("Resources")) {
      resources.set(attrs.id, { kind: name, value: attrs.DefaultValue, node });
    }
    if (attrs.resid) resids.push({ element: name, resid: attrs.resid });
    if (attrs.DefaultValue && /^\w+:\/\//.test(attrs.DefaultValue)) urls.push(attrs.DefaultValue);
    if (name === "Override" && attrs.Value && /^\w+:\/\//.test(attrs.Value)) urls.push(attrs.Value);
    if (name === "AppDomain" && typeof node === "object" && node._) urls.push(node._);
  });
  const appDomains = (doc.OfficeApp.AppDomains?.[0]?.AppDomain || []).map((d) => (typeof d === "string" ? d : d._));
  urls.push(...appDomains);

  for (const { element, resid } of resids) {
    if (!resources.has(resid)) problems.push(`resid "${resid}" on <${element}> has no resource`);
  }
  const hosts = new Set();
  for (const url of urls) {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") problems.push(`URL is not https: ${url}`);
    hosts.add(parsed.host);
  }
  if (hosts.size !== 1) problems.push(`URLs use ${hosts.size} hosts (${[...hosts].join(", ")}), expected one`);

  const namespace = elements.find((e) => e.name === "Namespace");
  const nsValue = namespace && resources.get(namespace.node.$.resid)?.value;
  if (nsValue !== "EDU") problems.push(`custom functions namespace is "${nsValue}", expected "EDU"`);

  const runtime = elements.find((e) => e.name === "Runtime");
  if (!runtime || runtime.node.$.lifetime !== "long") problems.push("no <Runtime lifetime=\"long\"> (shared runtime)");
  const sets = elements.filter((e) => e.name === "Set").map((e) => e.node.$.Name);
  if (!sets.includes("SharedRuntime")) problems.push("requirement set SharedRuntime is missing");
  const page = elements.find((e) => e.name === "Page");
  const pageUrl = page && resources.get(page.node.SourceLocation[0].$.resid)?.value;
  if (runtime && pageUrl !== resources.get(runtime.node.$.resid)?.value) {
    problems.push("custom functions page and runtime are not the same URL (no shared runtime)");
  }
  const functionFile = elements.find((e) => e.name === "FunctionFile");
  if (runtime && functionFile && functionFile.node.$.resid !== runtime.node.$.resid) {
    problems.push("FunctionFile is not the shared runtime page");
  }

  const permissions = doc.OfficeApp.Permissions?.[0];
  if (permissions !== "ReadWriteDocument") problems.push(`permissions "${permissions}", expected ReadWriteDocument`);
  if (doc.OfficeApp.DefaultLocale?.[0] !== "zh-CN") problems.push("DefaultLocale is not zh-CN");
  for (const tag of ["DisplayName", "Description"]) {
    const overrides = (doc.OfficeApp[tag]?.[0]?.Override || []).map((o) => o.$.Locale);
    if (!overrides.includes("en-US")) problems.push(`${tag} has no en-US override`);
  }

  const iconUrls = [
    doc.OfficeApp.IconUrl?.[0]?.$.DefaultValue,
    doc.OfficeApp.HighResolutionIconUrl?.[0]?.$.DefaultValue,
    ...[...resources.values()].filter((r) => r.kind === "Image").map((r) => r.value),
  ].filter(Boolean);
  const sizes = new Set();
  for (const url of iconUrls) {
    const file = path.join(root, new URL(url).pathname);
    if (!fs.existsSync(file)) problems.push(`icon file missing: ${new URL(url).pathname}`);
    const size = /icon-(\d+)\.png$/.exec(url);
    if (size) sizes.add(Number(size[1]));
  }
  for (const size of [16, 32, 64, 80]) if (!sizes.has(size)) problems.push(`no ${size}px icon`);

  return { problems, resources, namespace: nsValue, urls };
}

module.exports = { checkManifest };
