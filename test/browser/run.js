// Browser tests: the production build's preview in headless Chromium (apt's chromium, no download).
// Prints "browser: N passed, N failed" for .ci/run and saves screenshots under test/artifacts/.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./server");

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const artifacts = path.join(root, "test/artifacts");
const executablePath = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => fs.existsSync(p));

async function launch() {
  if (!executablePath) throw new Error("no Chromium found: apt-get install chromium");
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--headless=new"] });
}

/** Opens the preview and returns the ms until the plan picker is shown (for npm run bench). */
async function measureReady() {
  const { server, origin } = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("combobox", { name: "地区" }).waitFor();
    return Date.now() - start;
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  const results = [];
  const test = async (name, fn) => {
    try {
      await fn();
      results.push([name, true]);
      console.log(`  ✓ ${name}`);
    } catch (error) {
      results.push([name, false]);
      console.log(`  ✕ ${name}\n      ${String(error.message || error).split("\n").slice(0, 6).join("\n      ")}`);
    }
  };
  const expect = (condition, message) => {
    if (!condition) throw new Error(message);
  };

  const { server, origin } = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const consoleErrors = [];
  const foreignRequests = [];
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
  });

  let readyMs = 0;
  await test("the preview shows the region picker in Chinese", async () => {
    const start = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("combobox", { name: "地区" }).waitFor({ timeout: 20000 });
    readyMs = Date.now() - start;
    expect(await page.getByRole("tab", { name: "规划模板" }).isVisible(), "tab 规划模板 not visible");
    expect(await page.getByText("预览模式").isVisible(), "preview banner not visible");
  });

  await test("picking 慈溪市 shows its plan card grouped under 宁波市", async () => {
    const region = page.getByRole("combobox", { name: "地区" });
    const groups = await region.locator("optgroup").evaluateAll((els) => els.map((e) => [e.label, [...e.children].map((o) => o.textContent)]));
    expect(JSON.stringify(groups) === JSON.stringify([["宁波市", ["宁波市", "北仑区", "慈溪市", "余姚市"]], ["绍兴市", ["越城区"]]]), `groups ${JSON.stringify(groups)}`);
    await region.selectOption("慈溪市");
    await page.getByText("量化指标 71 项").waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(artifacts, "1-plan-card.png") });
  });

  await test("insert creates the sheet and says so", async () => {
    await page.getByRole("button", { name: "插入指标模板" }).click();
    await page.getByText("已新建工作表“慈溪市 2021-2025”，共 71 项指标").waitFor({ timeout: 30000 });
    await page.locator('td[data-address="C7"]', { hasText: "普惠性幼儿园比例" }).waitFor({ timeout: 10000 });
  });

  await test("下载 Excel 文件 downloads the chosen plan's template as a file with its table", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByRole("button", { name: "下载 Excel 文件" }).click()]);
    expect(download.suggestedFilename() === "慈溪市 2021-2025.xlsx", `file name ${download.suggestedFilename()}`);
    const file = path.join(artifacts, "download.xlsx");
    await download.saveAs(file);
    const ExcelJS = require("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("慈溪市 2021-2025");
    expect(!!sheet, "no sheet 慈溪市 2021-2025 in the file");
    const table = sheet.getTable("EduPlan_cixi_2021_2025");
    expect(!!table, "no plan table in the file");
    expect(sheet.getCell("C7").value === "普惠性幼儿园比例", `C7 is ${sheet.getCell("C7").value}`);
    const status = sheet.getCell("V7").value;
    expect(status && status.formula && !status.formula.includes("EDU."), "the status cell is not a native formula");
    await page.getByText("已下载“慈溪市 2021-2025.xlsx”", { exact: false }).waitFor({ timeout: 5000 });
    fs.rmSync(file);
  });

  await test("a value typed into the grid that misses the target is flagged red", async () => {
    await page.locator('td[data-address="P7"]').click();
    const editor = page.getByRole("textbox", { name: /单元格 P7 的值/ });
    await editor.fill("88");
    await editor.press("Enter");
    const cell = page.locator('td[data-address="P7"]');
    await cell.filter({ hasText: "88.0%" }).waitFor({ timeout: 10000 });
    const background = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background === "rgb(255, 199, 206)", `P7 background is ${background}`);
    await page.screenshot({ path: path.join(artifacts, "2-flagged.png") });
  });

  await test("the check lists the miss with its Chinese name and counts", async () => {
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前表" }).click();
    await page.getByText("共 1 处需关注").waitFor({ timeout: 20000 });
    const item = page.getByRole("button", { name: /普惠性幼儿园比例 2025/ });
    expect(await item.isVisible(), "miss not listed");
    const badges = await page.getByLabel("共 1 处需关注").innerText();
    expect(/未达标\s*1/.test(badges), `count badges read "${badges}"`);
    await page.screenshot({ path: path.join(artifacts, "3-check.png") });
  });

  await test("clicking the miss selects its cell", async () => {
    await page.locator('td[data-address="A1"]').click();
    await page.getByRole("button", { name: /普惠性幼儿园比例 2025/ }).click();
    await page.locator('td[data-address="P7"][aria-selected="true"]').waitFor({ timeout: 5000 });
  });

  await test("the grid works from the keyboard: arrows move, F2 edits", async () => {
    await page.getByRole("region", { name: "慈溪市 2021-2025" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.locator('td[data-address="Q7"][aria-selected="true"]').waitFor({ timeout: 5000 });
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("F2");
    const editor = page.getByRole("textbox", { name: /单元格 P7 的值/ });
    expect(await editor.evaluate((el) => el === document.activeElement), "the value box is not focused");
  });

  await test("pasted full-width text is an input error; ticking it and 转换为数值 makes it a number", async () => {
    await page.locator('td[data-address="N7"]').click();
    const editor = page.getByRole("textbox", { name: /单元格 N7 的值/ });
    await editor.fill("８８．５");
    await editor.press("Enter");
    await page.locator('td[data-address="N7"]').filter({ hasText: "８８．５" }).waitFor({ timeout: 10000 });
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前表" }).click();
    const tick = page.getByRole("checkbox", { name: /转换 .*N7/ });
    await tick.waitFor({ timeout: 20000 });
    await tick.check();
    await page.getByRole("button", { name: "转换为数值（已选 1 个）" }).click();
    await page.getByText("已转换 1 个单元格，其他内容未改动。").waitFor({ timeout: 20000 });
    await page.locator('td[data-address="N7"]').filter({ hasText: "88.5%" }).waitFor({ timeout: 10000 });
    const p7 = await page.locator('td[data-address="P7"]').innerText();
    expect(p7.includes("88.0%"), `P7 changed to ${p7}`);
  });

  await test("a clerk's own plan can be imported; a broken one is refused with reasons", async () => {
    await page.getByRole("tab", { name: "规划模板" }).click();
    const own = {
      id: "haishu-2024-2026", title: "海曙区教育提质行动（示例）", region: { name: "海曙区", level: "district", parent: "宁波市" },
      issuer: "示例", period: { start: 2024, end: 2026 }, source: "own.txt", projects: [],
      indicators: [{ id: "haishu-01", category: "学前教育", stage: "学前教育", name: "普惠性幼儿园覆盖率", group: null, unit: "%", rule: "at_least",
        baseline: { year: 2023, value: 90 }, target: { year: 2026, value: 95, printed: "95%" }, refs: ["一、"], responsible: null, note: null }],
    };
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...own, indicators: [{ ...own.indicators[0], rule: "more" }] })) });
    await page.getByText("broken.json / haishu-01 / rule").waitFor({ timeout: 5000 });
    await input.setInputFiles({ name: "own.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
    await page.getByText("已导入“海曙区教育提质行动（示例）”，共 1 项指标。").waitFor({ timeout: 5000 });
    const options = await page.getByRole("combobox", { name: "地区" }).locator("option").allTextContents();
    expect(options.includes("海曙区"), `regions ${options.join(",")}`);
    await page.getByText("量化指标 1 项").waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(artifacts, "5-imported.png") });
  });

  await test("switching to English shows English labels", async () => {
    await page.getByRole("button", { name: "语言" }).click();
    await page.getByRole("tab", { name: "Plan template" }).waitFor({ timeout: 5000 });
    expect(await page.getByRole("button", { name: "Insert indicator template" }).isVisible(), "English insert button missing");
    await page.getByRole("tab", { name: "Check" }).click();
    expect(await page.getByRole("button", { name: "Check active sheet" }).isVisible(), "English check button missing");
    await page.screenshot({ path: path.join(artifacts, "4-english.png") });
  });

  await test("no console errors", async () => {
    expect(consoleErrors.length === 0, consoleErrors.join("\n"));
  });

  await test("no request to any host but the add-in's own", async () => {
    expect(foreignRequests.length === 0, foreignRequests.join("\n"));
  });

  await browser.close();
  server.close();
  fs.writeFileSync(path.join(artifacts, "browser.json"), JSON.stringify({ readyMs, results }, null, 2));
  const passed = results.filter(([, ok]) => ok).length;
  console.log(`browser: ${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length ? 0 : 1);
}

module.exports = { measureReady };
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    console.log("browser: 0 passed, 1 failed");
    process.exit(1);
  });
}
