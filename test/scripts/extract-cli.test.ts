// Tests of npm run extract: a .txt and a .docx with a table to one JSON array on stdout; bad files a message and exit 1.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";

const root = path.resolve(__dirname, "../..");
const cli = (file: string) =>
  spawnSync("node", [path.join(root, "scripts/extract.js"), file], { cwd: root, encoding: "utf8" });

const PLAN = "某县教育事业发展“十四五”规划\n一、主要目标\n到2025年，普惠性幼儿园覆盖率达到90%以上，新增学位3000个。\n";

/** The smallest .docx Word writes: a paragraph and a table of two rows. */
async function docx(paragraphs: string[], table: string[][]): Promise<Buffer> {
  const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const body =
    paragraphs.map(p).join("") +
    `<w:tbl>${table.map((row) => `<w:tr>${row.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a .txt plan prints one JSON array of indicators shaped like the seeds, plus quote", () => {
  fs.writeFileSync(path.join(dir, "plan.txt"), PLAN);
  const run = cli(path.join(dir, "plan.txt"));
  expect(run.status).toBe(0);
  const proposals = JSON.parse(run.stdout);
  expect(proposals.map((p: { name: string; rule: string }) => [p.name, p.rule])).toEqual([
    ["普惠性幼儿园覆盖率", "at_least"],
    ["新增学位", "increase_by"],
  ]);
  for (const key of [
    "id",
    "category",
    "stage",
    "name",
    "group",
    "unit",
    "rule",
    "baseline",
    "target",
    "refs",
    "responsible",
    "note",
    "quote",
  ]) {
    expect(proposals[0]).toHaveProperty(key);
  }
  expect(run.stderr).toContain("2 条指标建议");
});

test("a .docx with a table: the table's rows are proposals", async () => {
  const file = path.join(dir, "plan.docx");
  fs.writeFileSync(
    file,
    await docx(
      ["某县教育规划（2021-2025年）", "表1：主要指标"],
      [
        ["一级指标", "二级指标", "2020年", "2025年"],
        ["教育公平", "1．普惠性幼儿园比例", "86.4%", "90%"],
        ["", "2．公办园比例", "/", "55%"],
        ["", "3．高中段比例", "99%", "100%"],
      ]
    )
  );
  const run = cli(file);
  expect(run.status).toBe(0);
  const proposals = JSON.parse(run.stdout);
  expect(proposals.map((p: { name: string; refs: string[] }) => [p.name, p.refs[0]])).toEqual([
    ["普惠性幼儿园比例", "表1 1．"],
    ["公办园比例", "表1 2．"],
    ["高中段比例", "表1 3．"],
  ]);
});

test.each([
  ["empty.txt", "", "没有文本"],
  ["notes.txt", "今天天气很好，我们去公园散步，看见了3只小鸟。", "不像教育规划"],
  ["broken.docx", "not a zip", "无法读取这个 .docx"],
  ["binary.txt", "\u0000\u0001\u0002", "不是文本文件"],
])("%s: a message in Chinese and English on stderr, nothing on stdout, exit 1", (name, content, message) => {
  fs.writeFileSync(path.join(dir, name), content);
  const run = cli(path.join(dir, name));
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(message);
});
