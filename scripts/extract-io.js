// Reads a plan file for the extractor: .txt as UTF-8, .docx through mammoth (tables kept), .html as a page; loads opencc-js only for traditional text.
require("./ts-require");
const fs = require("fs");
const path = require("path");
const { htmlToPlanText } = require("../src/core/extract/html.ts");
const { extractPlan } = require("../src/core/extract/extract.ts");

/** The plan's text from a file, or an Error whose message says (Chinese first) what is wrong. */
async function readPlanText(file) {
  if (!fs.existsSync(file)) throw new Error(`找不到文件：${file} (file not found)`);
  const extension = path.extname(file).toLowerCase();
  const buffer = fs.readFileSync(file);
  if (extension === ".docx") {
    const mammoth = require("mammoth");
    let result;
    try {
      result = await mammoth.convertToHtml({ buffer });
    } catch (error) {
      throw new Error(`无法读取这个 .docx 文件，它可能已损坏或不是 Word 文档 (cannot read this .docx: ${error.message})`);
    }
    return htmlToPlanText(result.value);
  }
  if (extension === ".doc") throw new Error("旧版 .doc 文件无法读取，请在 Word 或 WPS 中另存为 .docx (old .doc files cannot be read; save as .docx)");
  if (buffer.includes(0)) throw new Error("这个文件不是文本文件 (this is not a text file)");
  const text = buffer.toString("utf8");
  if (extension === ".html" || extension === ".htm") return htmlToPlanText(text);
  return text;
}

function toSimplified(text) {
  const OpenCC = require("opencc-js/t2cn");
  return OpenCC.Converter({ from: "tw", to: "cn" })(text);
}

function extractFile(text) {
  return extractPlan(text, { toSimplified });
}

module.exports = { readPlanText, extractFile, toSimplified };
