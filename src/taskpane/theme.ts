// The pane's theme: light by default; the dark tokens load only when Office is dark, keeping the
// pane's first page small.
import { Theme, webLightTheme } from "@fluentui/react-components";

export async function themeFor(dark: boolean): Promise<Theme> {
  if (!dark) return webLightTheme;
  const { webDarkTheme } = await import("@fluentui/react-components");
  return webDarkTheme;
}
