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

  await test("两县创建: a school list read, the assessment workbook inserted and downloaded (English pane)", async () => {
    await page.getByRole("tab", { name: "County assessment" }).click();
    await page.getByRole("button", { name: "Insert the workbook" }).waitFor({ timeout: 20000 });
    await page.locator('input[accept=".csv,.txt,.xlsx,text/csv"]').setInputFiles(path.join(root, "docs/balance-example.csv"));
    await page.getByText("Block 1 (balance-example.csv): 1 header rows, 20 school rows").waitFor({ timeout: 5000 });
    await page.getByRole("button", { name: "Confirm: use these 20 schools" }).click();
    await page.getByRole("button", { name: "Insert the workbook" }).click();
    await page.getByText("Created 10 sheets", { exact: false }).waitFor({ timeout: 60000 });
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60000 }), page.getByRole("button", { name: "Download as Excel file" }).click()]);
    const file = path.join(artifacts, "balance.xlsx");
    await download.saveAs(file);
    const ExcelJS = require("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const names = book.worksheets.map((s) => s.name);
    expect(names.includes("学校数据") && names.includes("差异系数") && names.includes("总判定"), `sheets ${names.join(",")}`);
    expect(book.getWorksheet("学校数据").getCell("B5").value === "城东小学", "first school not in 学校数据!B5");
    await page.screenshot({ path: path.join(artifacts, "6-balance.png") });
    fs.rmSync(file);
  });

  await test("规划对标 lists 慈溪市's weaker 校际差异系数, shows a concept across plans with the template's latest value, and writes it as a sheet", async () => {
    await page.getByRole("button", { name: "Language: 中文" }).click();
    await page.getByRole("tab", { name: "规划对标" }).click();
    await page.getByText("共 22 项：弱于市 2，相当 4，高于市 11，未比较 5").waitFor({ timeout: 20000 });
    const findings = await page.getByRole("list", { name: "规划对标" }).innerText();
    expect(findings.includes("慈溪市≤0.3（2025年，cixi-20，表1 17．）弱于宁波市≤0.25（2024年，ningbo-28"), `findings read ${findings.slice(0, 300)}`);
    await page.getByRole("combobox", { name: "指标概念" }).selectOption("inclusive-kindergarten-enrolment");
    await page.getByRole("button", { name: "读取工作簿中的最新值" }).click();
    const rows = page.getByRole("list", { name: "普惠性幼儿园在园幼儿占比（覆盖率）" });
    await rows.getByText("最新 88%（2025 年） · 未达标").waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "写入新工作表" }).click();
    await page.getByText("已新建工作表“对比 普惠性幼儿园在园幼儿占比（覆盖率）”。").waitFor({ timeout: 20000 });
    await page.screenshot({ path: path.join(artifacts, "6-align.png") });
  });

  await test("the imported plan's indicator is suggested for a concept; confirmed, it joins the cross-plan view", async () => {
    const tick = page.getByRole("checkbox", { name: /海曙区 普惠性幼儿园覆盖率 → 普惠性幼儿园在园幼儿占比/ });
    await tick.check();
    await page.getByRole("button", { name: "确认所选（1 项）" }).click();
    await page.getByText("本工作簿共有 1 项已确认的对应关系。").waitFor({ timeout: 10000 });
    const option = await page.getByRole("combobox", { name: "指标概念" }).locator("option:checked").innerText();
    expect(option.includes("5 个规划"), `the concept reads ${option}`);
    await page.getByRole("list", { name: "普惠性幼儿园在园幼儿占比（覆盖率）" }).getByText("海曙区 · 普惠性幼儿园覆盖率").waitFor({ timeout: 5000 });
  });

  await test("自定义规划: an entry sheet, two rows typed (one wrong), the problem at its cell, fixed, replace asked, a template", async () => {
    if (await page.getByRole("tab", { name: "Own plan" }).isVisible()) await page.getByRole("button", { name: "Language: 中文" }).click();
    await page.getByRole("tab", { name: "自定义规划" }).click();
    await page.getByRole("button", { name: "新建录入表" }).click();
    await page.getByText("已新建工作表“规划录入表”", { exact: false }).waitFor({ timeout: 30000 });
    const typeCell = async (address, value) => {
      await page.locator(`td[data-address="${address}"]`).click();
      const editor = page.getByRole("textbox", { name: `单元格 ${address} 的值` });
      await editor.fill(value);
      await editor.press("Enter");
      await page.locator(`td[data-address="${address}"]`).filter({ hasText: value }).waitFor({ timeout: 10000 });
    };
    const head = { B3: "海曙区学前教育提质计划", B4: "海曙区", B5: "宁波市", B6: "2024", B7: "2026", B8: "海曙区教育局", B10: "haishu-2024-2026" };
    for (const [address, value] of Object.entries(head)) await typeCell(address, value);
    await typeCell("B13", "普惠性幼儿园覆盖率");
    const second = { A14: "学前教育", B14: "公办幼儿园在园幼儿占比", D14: "%", E14: "多于", I14: "60" };
    for (const [address, value] of Object.entries(second)) await typeCell(address, value);
    await page.getByRole("button", { name: "生成规划", exact: true }).click();
    await page.getByText("发现 1 个错误、0 个提醒，规划未保存。", { exact: false }).waitFor({ timeout: 30000 });
    const problem = page.getByRole("button", { name: /错误 · E14：无法识别的规则“多于”/ });
    await problem.click();
    await page.locator('td[data-address="E14"][aria-selected="true"]').waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(artifacts, "6-entry-problem.png") });
    await typeCell("E14", "不低于");
    await page.getByRole("button", { name: "生成规划", exact: true }).click();
    // haishu-2024-2026 was imported above: replacing it is asked first.
    await page.getByText("已有编号为 haishu-2024-2026 的规划", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "替换" }).click();
    await page.getByText("已替换规划“海曙区学前教育提质计划”（haishu-2024-2026），共 2 项指标。", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText("已插入模板工作表“海曙区 2024-2026”", { exact: false }).waitFor({ timeout: 30000 });
    await page.locator('td[data-address="C8"]', { hasText: "公办幼儿园在园幼儿占比" }).waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(artifacts, "7-entry-template.png") });
  });

  await test("从模板生成规划 reads the template back; the same id asks, 取消 changes nothing", async () => {
    await page.getByRole("button", { name: "从模板生成规划", exact: true }).click();
    await page.getByText("已有编号为 haishu-2024-2026 的规划“海曙区学前教育提质计划”", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText("未作改动。").waitFor({ timeout: 5000 });
  });

  await test("inside Office, an Office.js that fails to load is said, not replaced by the preview", async () => {
    // A page of its own: the blocked script's console error stays out of the main page's list.
    const office = await browser.newPage();
    await office.route("**/office-js/**", (route) => route.abort());
    await office.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    await office.getByRole("alert").waitFor({ timeout: 10000 });
    const text = await office.getByRole("alert").innerText();
    expect(text.includes("EduPlan 无法连接 Excel") && text.includes("office-js/office.js"), `message: ${text}`);
    expect(text.includes("EduPlan cannot reach Excel"), "English message missing");
    expect((await office.getByRole("combobox", { name: "地区" }).count()) === 0, "the preview started");
    await office.close();
  });

  await test("汇总: inserted with the template, its counts follow typed values; 写入中期评估报告 writes the report", async () => {
    // Back to Chinese if a test before left the pane in English.
    if ((await page.getByRole("tab", { name: "Plan template" }).count()) > 0) await page.getByRole("button", { name: /^Language/ }).click();
    await page.getByRole("tab", { name: "规划模板" }).waitFor({ timeout: 5000 });
    const summaryTab = page.getByRole("tab", { name: "慈溪市 2021-2025 汇总" });
    const planTab = page.getByRole("tab", { name: "慈溪市 2021-2025", exact: true });
    // 教育公平 is the first category (row 5): G 未达标, C 达标. P7 holds 88 % for 2025 (not met).
    await summaryTab.click();
    await page.locator('td[data-address="A5"]', { hasText: "教育公平" }).waitFor({ timeout: 10000 });
    await page.locator('td[data-address="G5"]', { hasText: /^1$/ }).waitFor({ timeout: 10000 });
    const met = await page.locator('td[data-address="C5"]').innerText();
    await planTab.click();
    await page.locator('td[data-address="P7"]').click();
    const editor = page.getByRole("textbox", { name: /单元格 P7 的值/ });
    await editor.fill("92");
    await editor.press("Enter");
    await page.locator('td[data-address="P7"]').filter({ hasText: "92.0%" }).waitFor({ timeout: 10000 });
    await summaryTab.click();
    await page.locator('td[data-address="G5"]', { hasText: /^0$/ }).waitFor({ timeout: 10000 });
    const after = await page.locator('td[data-address="C5"]').innerText();
    expect(Number(after) === Number(met) + 1, `达标 went from ${met} to ${after}`);
    await page.screenshot({ path: path.join(artifacts, "6-summary.png") });
    await page.getByRole("region", { name: "慈溪市 2021-2025 汇总" }).screenshot({ path: path.join(artifacts, "6-summary-grid.png") });
    await planTab.click();
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前表" }).click();
    await page.getByText(/^教育公平（8 项）$/).waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "写入中期评估报告" }).click();
    await page.getByText(/已写入中期评估报告“中期评估 \d{4}-\d{2}-\d{2}”/).waitFor({ timeout: 20000 });
    await page.locator('td[data-address="A1"]', { hasText: "中期评估" }).waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(artifacts, "7-report.png") });
  });

  // Issue 18: the grid's keys, a check that knows it is out of date, one insert per click, the pane at
  // 350 px, plain language, the import that asks, examples that move on, help, frozen panes.
  const cellText = (address) => page.locator(`td[data-address="${address}"]`).innerText();
  const selected = (address) => page.locator(`td[data-address="${address}"][aria-selected="true"]`).waitFor({ timeout: 5000 });
  const grid = () => page.getByRole("region", { name: "慈溪市 2021-2025", exact: true });

  await test("Excel's keys: typing edits, Esc cancels, Enter commits and moves down, Tab moves right, Delete clears, Ctrl+Z undoes", async () => {
    if (await page.getByRole("tab", { name: "Check" }).count()) await page.getByRole("button", { name: /^Language/ }).click();
    await page.getByRole("tab", { name: "规划模板" }).waitFor({ timeout: 5000 });
    await page.getByRole("tab", { name: "慈溪市 2021-2025", exact: true }).click();
    await page.locator('td[data-address="O7"]').click();
    await page.keyboard.type("87");
    const editor = page.getByRole("textbox", { name: /单元格 O7 的值/ });
    expect((await editor.inputValue()) === "87", `the value box holds "${await editor.inputValue()}"`);
    await page.keyboard.press("Escape");
    await page.locator('td[data-address="A1"]').click();
    expect((await cellText("O7")) === "", `O7 after Esc reads "${await cellText("O7")}"`);
    await page.locator('td[data-address="O7"]').click();
    await page.keyboard.type("86.4");
    await page.keyboard.press("Enter");
    await page.locator('td[data-address="O7"]').filter({ hasText: "86.4%" }).waitFor({ timeout: 5000 });
    await selected("O8");
    await page.keyboard.press("Tab");
    await selected("P8");
    await page.locator('td[data-address="O7"]').click();
    await page.keyboard.press("Delete");
    await page.locator('td[data-address="O7"]').filter({ hasText: /^$/ }).waitFor({ timeout: 5000 });
    await page.keyboard.press("Control+z");
    await page.locator('td[data-address="O7"]').filter({ hasText: "86.4%" }).waitFor({ timeout: 5000 });
    await page.keyboard.press("Control+z");
    await page.locator('td[data-address="O7"]').filter({ hasText: /^$/ }).waitFor({ timeout: 5000 });
    const status = await cellText("V7");
    await page.locator('td[data-address="V7"]').click();
    await page.keyboard.type("x");
    await page.getByText("V7 是公式单元格", { exact: false }).waitFor({ timeout: 5000 });
    expect((await cellText("V7")) === status, `V7 reads "${await cellText("V7")}", was "${status}"`);
  });

  await test("the check list says when its sheet has changed and re-runs on request; gaps in 个百分点", async () => {
    await page.locator('td[data-address="P7"]').click();
    await page.keyboard.type("88");
    await page.keyboard.press("Enter");
    await page.locator('td[data-address="P7"]').filter({ hasText: "88.0%" }).waitFor({ timeout: 5000 });
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前表" }).click();
    await page.getByRole("button", { name: /普惠性幼儿园比例 2025/ }).waitFor({ timeout: 20000 });
    expect(!(await page.getByText("可能已过时", { exact: false }).isVisible()), "a fresh list is marked out of date");
    expect(/个百分点/.test(await page.getByRole("button", { name: /普惠性幼儿园比例 2025/ }).innerText()), "the gap is not in 个百分点");
    await page.locator('td[data-address="P7"]').click();
    await page.keyboard.type("91");
    await page.keyboard.press("Enter");
    await page.getByText("检查后工作表已有改动，此清单可能已过时。").waitFor({ timeout: 5000 });
    await page.getByRole("button", { name: "重新检查" }).click();
    await page.getByRole("button", { name: /普惠性幼儿园比例 2025/ }).waitFor({ state: "detached", timeout: 20000 });
    expect(!(await page.getByText("可能已过时", { exact: false }).isVisible()), "the re-run list is still marked out of date");
  });

  await test("the grid keeps the header rows and 编号 … 指标 in view when scrolled, and says it keeps nothing", async () => {
    await page.getByText("刷新或关闭页面后，输入的内容都不会保留", { exact: false }).waitFor({ timeout: 5000 });
    await grid().evaluate((el) => {
      el.scrollTop = 1500;
      el.scrollLeft = 1500;
    });
    await page.waitForTimeout(100);
    const box = await grid().boundingBox();
    const header = await page.locator('td[data-address="C6"]').boundingBox();
    const name = await page.locator('td[data-address="C40"]').boundingBox();
    const inside = (b) => b && b.y >= box.y - 1 && b.y + b.height <= box.y + box.height + 1 && b.x >= box.x - 1 && b.x + b.width <= box.x + box.width + 1;
    expect(inside(header), `header cell C6 at ${JSON.stringify(header)} outside the grid ${JSON.stringify(box)}`);
    expect(name && name.x >= box.x - 1 && name.x + name.width <= box.x + box.width + 1, "the 指标 column scrolled away");
    await grid().evaluate((el) => {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    });
  });

  await test("after inserting a function example the next empty cell is selected, so the next example goes in", async () => {
    await page.locator('td[data-address="AB40"]').click();
    await page.getByRole("tab", { name: "函数" }).click();
    await page.getByRole("button", { name: "插入示例 EDU.GAP" }).click();
    await page.getByText("已在", { exact: false }).filter({ hasText: "AB40" }).waitFor({ timeout: 10000 });
    await selected("AB41");
    await page.getByRole("button", { name: "插入示例 EDU.MET" }).click();
    await page.getByText("已在", { exact: false }).filter({ hasText: "AB41" }).waitFor({ timeout: 10000 });
  });

  await test("the plan card names the plan by title and 文号, never the source file; categories are folded", async () => {
    await page.getByRole("tab", { name: "规划模板" }).click();
    const region = page.getByRole("combobox", { name: "地区" });
    await region.selectOption("北仑区");
    await page.getByText("仑政办〔2023〕6号").waitFor({ timeout: 5000 });
    const pane = page.locator("main");
    expect(!(await pane.getByText(/\d{3}_[0-9a-f]{16}\.txt/).count()), "a source file name is shown");
    expect(!(await pane.getByText("来源文件").count()), "来源文件 is still shown");
    const folded = await page.locator("details").first().evaluate((el) => !el.open);
    expect(folded, "the category list is open");
  });

  await test("one insert per click: a double click adds one sheet", async () => {
    const region = page.getByRole("combobox", { name: "地区" });
    await region.selectOption("宁波市");
    // The template and, when ticked, its 汇总: count the templates only.
    const templates = () => page.getByRole("tab", { name: /^宁波市 2024( \(\d+\))?$/ }).count();
    const before = await templates();
    await page.getByRole("button", { name: "插入指标模板" }).dblclick();
    await page.getByText("请在年份列填写实际值", { exact: false }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    const after = await templates();
    expect(after === before + 1, `${after - before} sheets added`);
  });

  await test("re-importing a plan id asks before replacing; the old success message goes", async () => {
    const own = {
      id: "haishu-2024-2026", title: "海曙区教育提质行动（第二版）", region: { name: "海曙区", level: "district", parent: "宁波市" },
      issuer: "示例", period: { start: 2024, end: 2026 }, source: "own.txt", projects: [],
      indicators: [{ id: "haishu-01", category: "学前教育", stage: "学前教育", name: "普惠性幼儿园覆盖率", group: null, unit: "%", rule: "at_least",
        baseline: { year: 2023, value: 90 }, target: { year: 2026, value: 96, printed: "96%" }, refs: ["一、"], responsible: null, note: null }],
    };
    await page.getByLabel("导入自定义规划（JSON 文件）").setInputFiles({ name: "own2.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
    await page.getByText("已有同一编号（haishu-2024-2026）的规划", { exact: false }).waitFor({ timeout: 5000 });
    expect(!(await page.getByText("请在年份列填写实际值", { exact: false }).count()), "the insert's success message is still shown");
    await page.getByRole("button", { name: "保留原规划" }).click();
    await page.getByText("未导入：原规划保持不变。").waitFor({ timeout: 5000 });
    await page.getByLabel("导入自定义规划（JSON 文件）").setInputFiles({ name: "own2.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
    await page.getByRole("button", { name: "替换" }).click();
    await page.getByText("已导入“海曙区教育提质行动（第二版）”，共 1 项指标。").waitFor({ timeout: 5000 });
  });

  await test("English mode is wholly English: status counts in ASCII brackets", async () => {
    await page.getByRole("tab", { name: "慈溪市 2021-2025", exact: true }).click();
    await page.locator('td[data-address="P7"]').click();
    await page.keyboard.type("80");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /^语言/ }).click();
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check whole workbook" }).click();
    const heading = page.getByRole("heading", { level: 3 }).first();
    await heading.waitFor({ timeout: 20000 });
    const text = await heading.innerText();
    expect(/^[A-Za-z ]+ \(\d+\)$/.test(text), `heading reads "${text}"`);
    await page.getByRole("button", { name: /^Language/ }).click();
  });

  await test("帮助 opens a real help page in both languages", async () => {
    if (await page.getByRole("tab", { name: "Check" }).count()) await page.getByRole("button", { name: /^Language/ }).click();
    const href = await page.getByRole("link", { name: "帮助" }).getAttribute("href");
    expect(href === "help.html#zh-CN", `href ${href}`);
    const help = await browser.newPage();
    await help.goto(`${origin}/${href}`);
    for (const id of ["zh-CN", "en-US", "zh-status", "zh-functions", "zh-flags", "zh-print", "zh-share", "zh-own", "en-status", "en-own"]) {
      expect((await help.locator(`#${id}`).count()) === 1, `help has no #${id}`);
    }
    expect(await help.getByText("按期推进").first().isVisible(), "help lacks the statuses");
    await help.close();
  });

  await test("at 350 px the title stays whole, the insert button is in view, the grid sits below", async () => {
    const narrow = await browser.newPage({ viewport: { width: 350, height: 700 } });
    narrow.on("pageerror", (error) => consoleErrors.push(String(error)));
    await narrow.goto(`${origin}/taskpane.html`);
    await narrow.getByRole("combobox", { name: "地区" }).selectOption("宁波市");
    await narrow.getByText("量化指标 115 项").waitFor({ timeout: 10000 });
    const lines = await narrow.locator("h1").evaluate((h1) => {
      const text = h1.firstChild && h1.firstChild.nodeType === 3 ? h1.firstChild : h1;
      const node = text.nodeType === 3 ? text : text.childNodes[0];
      const at = node.textContent.indexOf("教育规划指标");
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 6);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines === 1, `教育规划指标 spans ${lines} lines`);
    const button = await narrow.getByRole("button", { name: "插入指标模板" }).boundingBox();
    expect(button && button.y + button.height <= 700, `the insert button ends at ${button && button.y + button.height}`);
    const gridBox = await narrow.getByRole("region", { name: "演示工作簿" }).boundingBox();
    expect(gridBox && gridBox.width >= 300, `the grid is ${gridBox && gridBox.width} px wide`);
    await narrow.screenshot({ path: path.join(artifacts, "6-350px.png"), fullPage: false });
    await narrow.close();
  });

  // Issue 11: the plan card's counts from the last check, and the template's 今后每年需 column.
  await test("after a check, the plan card shows its plan's statuses; the plan sheet has 今后每年需", async () => {
    if ((await page.getByRole("tab", { name: "Plan template" }).count()) > 0) await page.getByRole("button", { name: /^Language/ }).click();
    await page.getByRole("tab", { name: "慈溪市 2021-2025", exact: true }).click();
    await page.locator("td", { hasText: /^今后每年需$/ }).first().waitFor({ timeout: 10000 });
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前表" }).click();
    await page.getByText(/^教育公平（8 项）$/).waitFor({ timeout: 20000 });
    await page.getByRole("tab", { name: "规划模板" }).click();
    await page.getByRole("combobox", { name: "地区" }).selectOption("慈溪市");
    const line = page.getByText(/^最近一次检查：/);
    await line.waitFor({ timeout: 5000 });
    const text = await line.innerText();
    // The checked sheet's 71 indicators, each counted once under its status.
    const total = (text.match(/\d+/g) || []).reduce((n, d) => n + Number(d), 0);
    expect(/无数据 \d+/.test(text) && total === 71, `the card says ${text}`);
    // Another plan, never inserted, shows none.
    await page.getByRole("combobox", { name: "地区" }).selectOption("北仑区");
    await page.getByText("仑政办〔2023〕6号").waitFor({ timeout: 5000 });
    expect((await page.getByText(/^最近一次检查：/).count()) === 0, "北仑区's card shows another plan's counts");
  });

  await test("从文本导入: a paragraph pasted, two proposals accepted, an entry sheet filled with them, a template generated", async () => {
    if (await page.getByRole("tab", { name: "Own plan" }).isVisible()) await page.getByRole("button", { name: "Language: 中文" }).click();
    await page.getByRole("tab", { name: "自定义规划" }).click();
    await page.getByRole("button", { name: "从文本导入", exact: true }).click();
    const paragraph =
      "奉化区教育事业发展“十四五”规划\n二、发展目标\n到2025年，普惠性幼儿园覆盖率达到95%以上，新增中小学学位6000个，校际差异系数控制在0.3以下。";
    await page.getByRole("textbox", { name: "规划文本" }).fill(paragraph);
    await page.getByRole("button", { name: "查找指标" }).click();
    await page.getByText("找到 3 条建议", { exact: false }).waitFor({ timeout: 30000 });
    const quote = page.locator('blockquote[aria-label="原文"]').first();
    expect((await quote.textContent()).includes("普惠性幼儿园覆盖率达到95%以上"), "the quote stands beside the proposal");
    const accept = page.getByRole("button", { name: "采纳", exact: true });
    await accept.nth(0).click();
    await page.getByRole("button", { name: "不要", exact: true }).nth(1).click();
    await accept.nth(2).click();
    await page.getByRole("button", { name: "用采纳的 2 条新建录入表" }).click();
    await page.getByText("填入 2 条指标", { exact: false }).waitFor({ timeout: 30000 });
    // The title and period came from the text; region and issuer are the clerk's.
    await page.locator('td[data-address="B3"]', { hasText: "奉化区教育事业发展“十四五”规划" }).waitFor({ timeout: 10000 });
    await page.locator('td[data-address="B13"]', { hasText: "普惠性幼儿园覆盖率" }).waitFor({ timeout: 10000 });
    await page.locator('td[data-address="B14"]', { hasText: "校际差异系数" }).waitFor({ timeout: 10000 });
    for (const [address, value] of Object.entries({ B4: "奉化区", B5: "宁波市", B8: "奉化区教育局" })) {
      await page.locator(`td[data-address="${address}"]`).click();
      const editor = page.getByRole("textbox", { name: `单元格 ${address} 的值` });
      await editor.fill(value);
      await editor.press("Enter");
      await page.locator(`td[data-address="${address}"]`).filter({ hasText: value }).waitFor({ timeout: 10000 });
    }
    await page.getByRole("button", { name: "生成规划", exact: true }).click();
    await page.getByText("共 2 项指标", { exact: false }).waitFor({ timeout: 30000 });
    await page.getByText("已插入模板工作表", { exact: false }).waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(artifacts, "8-import-text.png") });
  });

  await test("两县创建: a 5-school block pasted with two header rows, confirmed, shows the verdicts and coefficients; a plan's coefficient linked; the 学前 sheet inserted", async () => {
    require("../../scripts/ts-require");
    const { evaluateSchools } = require("../../src/core/balance-schools.ts");
    const { importSchools, parsePastedBlock } = require("../../src/core/school-import.ts");
    // As copied from a returns table: 专任教师 merged over its four sub-columns, equipment in 元.
    const lines = [
      "学校名称\t学段\t学校类型\t在校学生数\t班级数\t最大班额\t专任教师\t\t\t\t教学及辅助用房面积\t体育运动场馆面积\t仪器设备总值（元）\t网络多媒体教室数",
      "\t\t\t\t\t\t合计\t其中：高于规定学历\t县级及以上骨干教师\t体育艺术专任教师\t\t\t\t",
      "城东小学\t小学\t普通\t308\t10\t32\t25\t22\t5\t3\t1791\t3447\t934600\t11",
      "城南小学\t小学\t普通\t858\t29\t31\t69\t42\t11\t8\t4116\t8568\t1951800\t34",
      "白沙小学\t小学\t普通\t2343\t51\t47\t150\t150\t33\t34\t17475\t23530\t4120800\t87",
      "港城中学\t初中\t普通\t1886\t48\t43\t119\t109\t121\t30\t14082\t10609\t5226600\t57",
      "新河中学\t初中\t普通\t1878\t36\t55\t122\t122\t32\t29\t10703\t20142\t4801800\t41",
    ];
    const expected = evaluateSchools(importSchools([parsePastedBlock(lines.join("\n"))]).schools);
    await page.getByRole("tab", { name: "两县创建" }).click();
    // The earlier test's file is still there: start afresh.
    const clear = page.getByRole("button", { name: "全部清除" });
    if (await clear.isVisible()) await clear.click();
    await page.getByRole("textbox", { name: "粘贴的数据" }).fill(lines.join("\n"));
    await page.getByRole("button", { name: "添加粘贴的数据" }).click();
    await page.getByText("第1块（粘贴）：表头 2 行，学校 5 行").waitFor({ timeout: 5000 });
    const columns = await page.getByRole("group", { name: "识别的列" }).innerText();
    expect(columns.includes("“专任教师 / 其中：高于规定学历” → 高于规定学历教师数"), `columns: ${columns}`);
    expect(columns.includes("按元读取，换算为万元"), "元 not read from the header");
    await page.getByRole("button", { name: "确认，使用这 5 所学校（部）" }).click();
    const preview = page.getByRole("region", { name: "测算预览（与工作簿公式结果相同）" });
    for (const stage of ["小学", "初中"]) {
      const summary = expected.stages[stage];
      const line = `${stage}：参评 ${summary.schools} 所，单校达标 ${summary.schoolsMeeting} 所，综合差异系数 ${summary.composite.toFixed(3)}（${summary.compositeStatus}）`;
      await preview.getByText(line).waitFor({ timeout: 5000 });
      const table = await preview.getByRole("table", { name: `${stage} 差异系数` }).innerText();
      const cv = summary.indicators.equipment.cv.toFixed(3);
      expect(table.includes(cv), `${stage} equipment coefficient ${cv} not in ${table}`);
    }
    const verdicts = await preview.getByRole("table", { name: "学校" }).innerText();
    expected.rows.forEach((row, i) => {
      const name = lines[i + 2].split("\t")[0];
      expect(new RegExp(`${name}\\s+\\S+\\s+${row.metCount}/7\\s+${row.verdict}`).test(verdicts), `${name}: ${row.metCount}/7 ${row.verdict} not in ${verdicts}`);
    });
    await page.screenshot({ path: path.join(artifacts, "7-school-import.png") });
    // 慈溪市's 小学 coefficient linked to the 测算表 inserted earlier, then the 学前 sheet.
    const { buildTemplate } = require("../../src/core/template.ts");
    const { catalog } = require("../../src/catalog/index.ts");
    const { a1 } = require("../../src/core/layout.ts");
    const cixi = buildTemplate(catalog().getPlan("慈溪市")[0]);
    const at = cixi.values.findIndex((row) => row[0] === "cixi-20");
    const address = a1(cixi.headerRow + 1 + at, cixi.columns.findIndex((c) => c.header === "2025年"));
    await page.getByRole("tab", { name: "慈溪市 2021-2025", exact: true }).click();
    await page.getByRole("button", { name: "查找当前规划表中的差异系数指标" }).click();
    await page.getByRole("group", { name: "市域义务教育优质均衡校际差异系数 小学" }).getByRole("button", { name: "写入链接" }).click();
    await page.getByText(`已在 ${address} 写入公式，取自“差异系数”表。`).waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "插入学前普及普惠表" }).click();
    await page.getByText("已新建工作表“学前教育普及普惠”。").waitFor({ timeout: 10000 });
    await page.getByRole("tab", { name: "学前教育普及普惠" }).waitFor({ timeout: 5000 });
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
