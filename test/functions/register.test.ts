// Registration with Excel: every table entry associated, core errors mapped to CustomFunctions.Error.
import { CustomFunctionsHost, officeLanguage, registerFunctions, toHostResult } from "../../src/functions/register";
import { functions } from "../../src/functions";

class FakeError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

function fakeHost() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const host = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  return { host: host as unknown as CustomFunctionsHost, associated };
}

test("every function of the table is associated under its Excel name", () => {
  const { host, associated } = fakeHost();
  expect(registerFunctions(host)).toEqual(Object.keys(functions));
  expect([...associated.keys()].sort()).toEqual(Object.keys(functions).sort());
  expect(associated.get("GAP")!("≥90%", "86.4%")).toBe(0.036);
});

test("#VALUE! and #N/A keep their message; the others carry none, as Excel shows none", () => {
  const { host, associated } = fakeHost();
  registerFunctions(host);
  const value = associated.get("GAP")!("abc", 1) as FakeError;
  expect(value).toBeInstanceOf(FakeError);
  expect(value.code).toBe("#VALUE!");
  expect(value.message).toContain("abc");
  const divide = associated.get("PACE")!(90, 2020, 90, 2025, 89, 2023) as FakeError;
  expect(divide.code).toBe("#DIV/0!");
  expect(divide.message).toBeUndefined();
  expect(toHostResult(host, { error: "#NUM!", message: "x" })).toEqual(new FakeError("#NUM!"));
  expect(toHostResult(host, "达标")).toBe("达标");
});

test("#NAME? and #REF! cannot be outputs: they come back as #VALUE! saying which error it was", () => {
  const { host } = fakeHost();
  for (const code of ["#NAME?", "#REF!"] as const) {
    const result = toHostResult(host, { error: code, message: "" }) as FakeError;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toBe(`参数中含有错误值 ${code}，请先修正被引用的单元格`);
    const english = toHostResult(host, { error: code, message: "" }, "en-US") as FakeError;
    expect(english.message).toBe(`an argument holds the error ${code}; fix the cell it refers to first`);
  }
});

test("Excel shows an EDU error wholly in its display language, never both", () => {
  const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
  for (const [language, expectCjk] of [["zh-CN", true], ["en-US", false]] as const) {
    const { host, associated } = fakeHost();
    registerFunctions(host, () => language);
    const value = associated.get("GAP")!("abc", 1) as FakeError;
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toContain("abc");
    expect(cjk.test(value.message!)).toBe(expectCjk);
    if (expectCjk) expect(value.message).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
    const missing = associated.get("GAP")!(0.9, null) as FakeError;
    expect(missing.code).toBe("#N/A");
    expect(cjk.test(missing.message!)).toBe(expectCjk);
  }
});

test("the display language comes from Office: Chinese unless it says another language", () => {
  const global = globalThis as { Office?: unknown };
  const saved = global.Office;
  try {
    global.Office = { context: { displayLanguage: "en-GB" } };
    expect(officeLanguage()).toBe("en-US");
    global.Office = { context: { displayLanguage: "zh-TW" } };
    expect(officeLanguage()).toBe("zh-CN");
    global.Office = undefined;
    expect(officeLanguage()).toBe("zh-CN");
  } finally {
    global.Office = saved;
  }
});

describe("error arguments", () => {
  test("the metadata leaves allowErrorForDataTypeAny off, so Excel answers an error argument itself", async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const result = await generateCustomFunctionsMetadata(require("path").resolve(__dirname, "../../src/functions/functions.ts"));
    expect(JSON.parse(result.metadataJson).allowErrorForDataTypeAny).not.toBe(true);
  }, 60000);

  test("were errors let in, each passes through, and the input-only ones still leave as #VALUE!", () => {
    const { host, associated } = fakeHost();
    registerFunctions(host);
    // With allowErrorForDataTypeAny, an error argument arrives as a CustomFunctions.Error.
    const gap = associated.get("GAP")!;
    expect((gap(new FakeError("#N/A"), 1) as FakeError).code).toBe("#N/A");
    expect((gap(0.9, new FakeError("#DIV/0!")) as FakeError).code).toBe("#DIV/0!");
    const ref = gap(new FakeError("#REF!"), 1) as FakeError;
    expect([ref.code, ref.message]).toEqual(["#VALUE!", expect.stringContaining("#REF!")]);
    const name = associated.get("STATUS")!(86.4, 2020, 90, 2025, new FakeError("#NAME?"), 2023) as FakeError;
    expect([name.code, name.message]).toEqual(["#VALUE!", expect.stringContaining("#NAME?")]);
  });
});
