// The 两县创建 section's strings: both languages complete, same placeholders, en-US free of Chinese.
import { BALANCE_STRINGS, BalanceStringKey, tb } from "../../src/i18n/balance";

test("every balance string exists in zh-CN and en-US with the same placeholders, each in its own language", () => {
  for (const key of Object.keys(BALANCE_STRINGS) as BalanceStringKey[]) {
    const { "zh-CN": zh, "en-US": en } = BALANCE_STRINGS[key];
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(names(zh)).toEqual(names(en));
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect({ key, en }).toEqual({ key, en: expect.not.stringMatching(/[\u4e00-\u9fff]/) });
  }
  expect(tb("confirm", "en-US", { count: 3 })).toBe("Confirm: use these 3 schools");
  expect(tb("confirm", "zh-CN", { count: 3 })).toBe("确认，使用这 3 所学校（部）");
});
