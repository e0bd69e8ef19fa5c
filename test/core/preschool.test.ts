// The 学前教育普及普惠 sheet: the national 普及普惠水平 defaults, an editable 本地标准, statuses by hand,
// 待核 where the method's figure is unknown, and HyperFormula giving every status the core cached.
import { PRESCHOOL_ITEMS, buildPreschoolSheet, preschoolStatus } from "../../src/core/preschool";
import { recalculate } from "../support/layout-engine";

const index = (text: string) => PRESCHOOL_ITEMS.findIndex((item) => item.text.startsWith(text));
const cell = (sheet: ReturnType<typeof buildPreschoolSheet>, row: number, column: number) => {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = column - block.column;
    if (r >= 0 && c >= 0 && r < block.values.length && c < (block.values[r]?.length ?? 0))
      return block.formulas?.[r]?.[c] ? block.results?.[r]?.[c] : block.values[r][c];
  }
  return undefined;
};

test("national defaults 85 %, 80 %, 50 % and 社会认可度 85 %; the other figures' standards 待核", () => {
  const national = Object.fromEntries(PRESCHOOL_ITEMS.map((item) => [item.text, item.national]));
  expect(national).toMatchObject({
    学前三年毛入园率: 0.85,
    普惠性幼儿园覆盖率: 0.8,
    公办园在园幼儿占比: 0.5,
    "社会认可度（调查满意度）": 0.85,
  });
  const unknown = PRESCHOOL_ITEMS.filter((item) => item.kind !== "qualitative" && item.national === null);
  expect(unknown.map((item) => item.text)).toEqual(
    expect.arrayContaining(["生均室外游戏场地面积", "生均活动用房面积", "专任教师持证上岗率"])
  );
  for (const item of unknown) expect(item.note).toMatch(/待核/);
});

test("statuses by hand", () => {
  const rate = PRESCHOOL_ITEMS[index("学前三年毛入园率")];
  expect(preschoolStatus(rate, 0.85, 0.85)).toBe("达标");
  expect(preschoolStatus(rate, 0.849, 0.85)).toBe("未达标");
  expect(preschoolStatus(rate, null, 0.85)).toBe("待填报");
  expect(preschoolStatus(rate, "九成", 0.85)).toBe("输入有误");
  expect(preschoolStatus(rate, 0.9, null)).toBe("标准待核");
  const ratio = PRESCHOOL_ITEMS[index("专任教师与幼儿比")];
  expect(preschoolStatus(ratio, 15, 15)).toBe("达标");
  expect(preschoolStatus(ratio, 16, 15)).toBe("未达标");
  const layout = PRESCHOOL_ITEMS[index("幼儿园布局规划")];
  expect(preschoolStatus(layout, "材料待核", null)).toBe("材料待核");
  expect(preschoolStatus(layout, "好", null)).toBe("输入有误");
});

test("a plan's own target in 本地标准 changes the verdict; HyperFormula agrees with every cached status", () => {
  const values = PRESCHOOL_ITEMS.map((item) => (item.kind === "qualitative" ? "达标" : item.percent ? 0.88 : 10));
  const national = buildPreschoolSheet({ values });
  const localStandards = PRESCHOOL_ITEMS.map((_item, i) => (i === index("普惠性幼儿园覆盖率") ? 0.93 : undefined));
  const local = buildPreschoolSheet({ values, standards: localStandards });
  const row = 3 + index("普惠性幼儿园覆盖率");
  expect(cell(national, row, 7)).toBe("达标");
  expect(cell(local, row, 7)).toBe("未达标");
  expect(cell(local, row, 4)).toBe(0.93);
  // Items whose national figure is unknown wait for a standard; the sheet is 待完善 (national) / 未达标 (local).
  expect(cell(national, 3 + index("生均活动用房面积"), 7)).toBe("标准待核");
  const verdictRow = 3 + PRESCHOOL_ITEMS.length + 1;
  expect(cell(national, verdictRow, 7)).toBe("待完善");
  expect(cell(local, verdictRow, 7)).toBe("未达标");
  for (const sheet of [national, local, buildPreschoolSheet()]) {
    const engine = recalculate({ sheets: [sheet] });
    expect(engine.cells).toBe(PRESCHOOL_ITEMS.length + 1);
    expect(engine.disagreements).toEqual([]);
  }
  // All standards filled and met: 达标.
  const all = buildPreschoolSheet({
    values,
    standards: PRESCHOOL_ITEMS.map((item) => (item.kind === "atMost" ? 12 : item.percent ? 0.85 : 5)),
  });
  expect(cell(all, verdictRow, 7)).toBe("达标");
  expect(recalculate({ sheets: [all] }).disagreements).toEqual([]);
});

test("value cells are white and validated, computed cells shaded, statuses coloured, printable", () => {
  const sheet = buildPreschoolSheet({ existingSheets: ["学前教育普及普惠"] });
  expect(sheet.name).toBe("学前教育普及普惠 (2)");
  const valueBlock = sheet.blocks.find((b) => b.column === 6 && b.row === 3)!;
  expect(valueBlock.fill).toBeUndefined();
  const statusBlock = sheet.blocks.find((b) => b.column === 7 && b.row === 3)!;
  expect(statusBlock.fill).toBeDefined();
  expect(sheet.flags.map((f) => f.kind)).toEqual(
    expect.arrayContaining(["status:达标", "status:未达标", "status:标准待核"])
  );
  expect(sheet.validations).toHaveLength(PRESCHOOL_ITEMS.filter((i) => i.kind !== "qualitative").length);
  expect(sheet.page?.orientation).toBe("landscape");
});
