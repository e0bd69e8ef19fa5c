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
