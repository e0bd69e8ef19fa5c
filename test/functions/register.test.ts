// Registration with Excel: every table entry associated, core errors mapped to CustomFunctions.Error.
import { CustomFunctionsHost, registerFunctions, toHostResult } from "../../src/functions/register";
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
