// Both languages are complete, placeholders match, and Office's display language picks one.
import { STRINGS, STRING_KEYS, languageFrom, statusText, t } from "../../src/i18n";

test("every string exists in zh-CN and en-US with the same placeholders", () => {
  for (const key of STRING_KEYS) {
    const zh = STRINGS[key]["zh-CN"];
    const en = STRINGS[key]["en-US"];
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(names(zh)).toEqual(names(en));
  }
});

test("zh-CN strings are Chinese, en-US strings are not", () => {
  expect(t("insert", "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
  expect(t("insert", "en-US")).not.toMatch(/[\u4e00-\u9fff]/);
});

test("placeholders are filled", () => {
  expect(t("inserted", "zh-CN", { sheet: "慈溪市 2021-2025", count: 70 })).toBe(
    "已新建工作表“慈溪市 2021-2025”，共 70 项指标。请在年份列填写实际值。"
  );
  expect(t("missCount", "en-US", { count: 3 })).toBe("Cells needing attention: 3");
});

test("Office's display language decides: English → en-US, anything else → zh-CN", () => {
  expect(languageFrom("en-US")).toBe("en-US");
  expect(languageFrom("en-GB")).toBe("en-US");
  expect(languageFrom("zh-CN")).toBe("zh-CN");
  expect(languageFrom("zh-TW")).toBe("zh-CN");
  expect(languageFrom(undefined)).toBe("zh-CN");
  expect(statusText("behind", "en-US")).toBe("Behind");
});
