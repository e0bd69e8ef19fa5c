// User-facing strings of the task pane, zh-CN first and en-US second; components read them via t().

export type Language = "zh-CN" | "en-US";

const strings = {
  appTitle: { "zh-CN": "EduPlan 教育规划指标", "en-US": "EduPlan education plan indicators" },
  loading: { "zh-CN": "正在加载…", "en-US": "Loading…" },
} as const;

export type StringKey = keyof typeof strings;

/** Office's display language decides; anything English gets en-US, everything else zh-CN. */
export function languageFrom(displayLanguage: string | undefined): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

export function t(key: StringKey, language: Language): string {
  return strings[key][language];
}
