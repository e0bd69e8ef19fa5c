// The pane's theme: light by default; the dark tokens load only when Office is dark, keeping the
// pane's first page small. Office's theme is read again each time the pane is shown, since the clerk
// may have switched it while the pane was hidden (the shared runtime keeps the page alive).
import { Theme, webLightTheme } from "@fluentui/react-components";

export async function themeFor(dark: boolean): Promise<Theme> {
  if (!dark) return webLightTheme;
  const { webDarkTheme } = await import("@fluentui/react-components");
  return webDarkTheme;
}

/** Office's theme decides light or dark; its background colour tells which. */
export function isDarkBackground(background: string | undefined): boolean {
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export interface ThemeSource {
  /** Office.context.officeTheme.bodyBackgroundColor, read afresh. */
  background(): string | undefined;
  /** Calls `listener` whenever the pane is shown again. */
  onShown(listener: () => void): void;
}

/** Applies the theme again whenever the pane is shown and Office's theme has changed meanwhile. */
export function followOfficeTheme(source: ThemeSource, apply: (theme: Theme) => void, initiallyDark = isDarkBackground(source.background())): void {
  let dark = initiallyDark;
  source.onShown(() => {
    const now = isDarkBackground(source.background());
    if (now === dark) return;
    dark = now;
    void themeFor(now).then(apply);
  });
}

/** The source in Office: onVisibilityModeChanged (SharedRuntime 1.1) and the page's own visibility. */
export function officeThemeSource(): ThemeSource {
  return {
    background: () => Office.context?.officeTheme?.bodyBackgroundColor,
    onShown: (listener) => {
      void Office.addin?.onVisibilityModeChanged?.((message) => {
        if (message.visibilityMode === Office.VisibilityMode.taskpane) listener();
      });
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") listener();
      });
    },
  };
}
