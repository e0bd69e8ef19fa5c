// The 自定义规划 tab's strings and the entry sheet's messages: both languages, the same placeholders.
import { ENTRY_MESSAGES, EntryMessageKey } from "../../src/core/entry-messages";
import { ENTRY_STRINGS, ENTRY_STRING_KEYS, te } from "../../src/i18n/entry";

const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

test("every tab string exists in zh-CN and en-US with the same placeholders", () => {
  for (const key of ENTRY_STRING_KEYS) {
    const { "zh-CN": zh, "en-US": en } = ENTRY_STRINGS[key];
    expect(zh.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(names(zh)).toEqual(names(en));
  }
  expect(te("replaceAsk", "zh-CN", { id: "haishu-2024-2026", title: "海曙", count: 2 })).toBe("已有编号为 haishu-2024-2026 的规划“海曙”。替换为刚读取的规划（2 项指标）吗？");
});

test("every entry message has both languages with the same placeholders", () => {
  for (const key of Object.keys(ENTRY_MESSAGES) as EntryMessageKey[]) {
    const { "zh-CN": zh, "en-US": en } = ENTRY_MESSAGES[key];
    if (key === "planCheck") continue; // the catalog validator's own bilingual text, passed through
    expect(names(zh)).toEqual(names(en));
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  }
});
