// The 规划对标 panel's strings: both languages complete, the same placeholders, English without Chinese.
import { ALIGN_STRINGS, ALIGN_STRING_KEYS, ta } from "../../src/i18n/align";

test("every string exists in zh-CN and en-US with the same placeholders, and en-US holds no Chinese", () => {
  for (const key of ALIGN_STRING_KEYS) {
    const zh = ALIGN_STRINGS[key]["zh-CN"];
    const en = ALIGN_STRINGS[key]["en-US"];
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect([key, names(zh)]).toEqual([key, names(en)]);
  }
});

test("placeholders are filled", () => {
  expect(ta("alignmentCounts", "zh-CN", { count: 22, weaker: 2, equal: 4, stronger: 11, skipped: 5 })).toBe("共 22 项：弱于市 2，相当 4，高于市 11，未比较 5");
  expect(ta("written", "en-US", { sheet: "Compare" })).toBe('Created sheet "Compare".');
});
