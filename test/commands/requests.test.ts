/** @jest-environment node */
// The ribbon's check request reaches a pane mounted before or after it.
import { onCheckRequest, requestCheck } from "../../src/commands/requests";

function fakeWindow(): Window {
  const target = new EventTarget() as EventTarget & Record<string, unknown>;
  return target as unknown as Window;
}

test("a request made before the pane subscribes is delivered once on subscribing", () => {
  const win = fakeWindow();
  requestCheck(win);
  const listener = jest.fn();
  const stop = onCheckRequest(listener, win);
  expect(listener).toHaveBeenCalledTimes(1);
  requestCheck(win);
  expect(listener).toHaveBeenCalledTimes(2);
  stop();
  requestCheck(win);
  expect(listener).toHaveBeenCalledTimes(2);
});

test("the fallback check is provided by the pane's entry; without it the command says why", async () => {
  const { checkFallback, provideCheckFallback } = await import("../../src/commands/requests");
  const win = fakeWindow();
  expect(() => checkFallback(win)).toThrow(/task pane script is not loaded/);
  provideCheckFallback(async (language) => `report ${language}`, win);
  await expect(checkFallback(win)("en-GB")).resolves.toBe("report en-GB");
});
