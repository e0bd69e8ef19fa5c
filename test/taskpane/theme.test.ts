// Office's theme is read again when the pane is shown: a switch to dark while hidden reaches the pane.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ThemeSource, followOfficeTheme, isDarkBackground } from "../../src/taskpane/theme";

test("a dark background means the dark theme", () => {
  expect(isDarkBackground("#1f1f1f")).toBe(true);
  expect(isDarkBackground("#FFFFFF")).toBe(false);
  expect(isDarkBackground(undefined)).toBe(false);
  expect(isDarkBackground("white")).toBe(false);
});

test("showing the pane again re-reads Office's theme and applies it when it changed", async () => {
  let background = "#ffffff";
  const shown: (() => void)[] = [];
  const source: ThemeSource = { background: () => background, onShown: (listener) => shown.push(listener) };
  const applied: unknown[] = [];
  followOfficeTheme(source, (theme) => applied.push(theme));
  const show = async () => {
    shown.forEach((listener) => listener());
    await new Promise((resolve) => setImmediate(resolve));
  };
  await show();
  expect(applied).toEqual([]);
  background = "#262626";
  await show();
  expect(applied).toEqual([webDarkTheme]);
  await show();
  expect(applied).toEqual([webDarkTheme]);
  background = "#f3f3f3";
  await show();
  expect(applied).toEqual([webDarkTheme, webLightTheme]);
});
