// Task pane entry: waits for Office, picks language and theme, and renders the app. Outside Office
// (no host) it loads the in-browser demo workbook, a separate chunk kept out of the add-in's path.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { catalog } from "../catalog";
import { onCheckRequest, provideCheckFallback } from "../commands/requests";
import { officeRun, officeSupports } from "../excel/run";
import { PlanStore, memoryPlanStore, officePlanStore } from "../excel/settings";
import { Plan } from "../core/plan";
import { Language, languageFrom } from "../i18n";
import { createActions } from "./actions";
import { App } from "./App";
import { PreviewWorkbook } from "./previewTypes";
import { officeJsMissing } from "./office-js-missing";
import { followOfficeTheme, isDarkBackground, officeThemeSource, themeFor } from "./theme";

/** The root: follows Office's theme when the pane is shown again. */
function Root({ initialTheme, follow, children }: { initialTheme: Theme; follow: boolean; children: React.ReactNode }) {
  const [theme, setTheme] = React.useState(initialTheme);
  React.useEffect(() => {
    if (follow) followOfficeTheme(officeThemeSource(), setTheme);
  }, [follow]);
  return <FluentProvider theme={theme}>{children}</FluentProvider>;
}

/** The clerk's own plans saved in this workbook; one that no longer validates is left out. */
function loadUserPlans(store: PlanStore): unknown[] {
  const kept: unknown[] = [];
  for (const raw of store.load()) {
    try {
      catalog().addPlan(raw, "workbook");
      kept.push(raw);
    } catch {
      // an invalid stored plan is skipped rather than blocking the pane
    }
  }
  return kept;
}

async function importUserPlan(store: PlanStore, userPlans: unknown[], raw: unknown, file: string): Promise<{ plan: Plan; plans: readonly Plan[] }> {
  const plan = catalog().addPlan(raw, file);
  const others = userPlans.filter((p) => (p as Plan).id !== plan.id);
  userPlans.splice(0, userPlans.length, ...others, raw);
  await store.save(userPlans);
  return { plan, plans: [...catalog().listPlans()] };
}

async function start(info: { host: Office.HostType | null }): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const inExcel = typeof Office !== "undefined" && info.host === Office.HostType.Excel;
  // The ribbon's check, when the pane cannot run it (commands/check-command.ts).
  if (inExcel) {
    provideCheckFallback(async (displayLanguage) =>
      (await import(/* webpackChunkName: "check-fallback" */ "../commands/check-fallback")).checkAndReport(officeRun, languageFrom(displayLanguage))
    );
  }
  let language: Language;
  let preview: PreviewWorkbook | undefined;
  if (inExcel) {
    language = languageFrom(Office.context.displayLanguage);
  } else {
    // The preview is Chinese unless asked otherwise (?lang=en-US), whatever the browser's language.
    language = languageFrom(new URLSearchParams(window.location.search).get("lang") ?? "zh-CN");
    const { createPreviewWorkbook } = await import(/* webpackChunkName: "preview" */ "../preview/workbook");
    preview = createPreviewWorkbook();
  }
  const actions = inExcel ? createActions(officeRun, officeSupports, true) : createActions(preview!.run, () => true);
  const store: PlanStore = inExcel ? officePlanStore() : memoryPlanStore();
  const userPlans = loadUserPlans(store);
  document.documentElement.lang = language;
  const theme = await themeFor(inExcel && isDarkBackground(Office.context?.officeTheme?.bodyBackgroundColor));
  createRoot(container).render(
    <Root initialTheme={theme} follow={inExcel}>
      <App
        initialLanguage={language}
        plans={catalog().listPlans()}
        actions={actions}
        importPlan={(raw, file) => importUserPlan(store, userPlans, raw, file)}
        preview={preview}
        onCheckRequest={(l) => onCheckRequest(l)}
      />
    </Root>
  );
}

// taskpane.html loads Office.js only inside Office; without it the page is the preview, unless the
// page asked for Office.js and it failed to load.
const missingOfficeJs = officeJsMissing(window as { eduplanOfficeJs?: string; Office?: unknown });
const container = document.getElementById("container");
if (missingOfficeJs !== null && container)
  void import(/* webpackChunkName: "office-js-message" */ "./office-js-message").then((m) => m.showOfficeJsMissing(container, missingOfficeJs));
else if (typeof Office === "undefined") void start({ host: null });
else Office.onReady((info) => void start(info));
