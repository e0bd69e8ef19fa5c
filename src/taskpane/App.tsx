// The task pane: plan template, check and function reference tabs; in preview, the demo workbook beside it.
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Plan } from "../core/plan";
import { Language, t } from "../i18n";
import { EduPlanActions } from "./actions";
import { AlignPanel } from "./components/AlignPanel";
import { CheckPanel } from "./components/CheckPanel";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { PlanPanel } from "./components/PlanPanel";
import { PreviewWorkbook } from "./previewTypes";
import { useAction } from "./useAction";
import { Busy } from "./components/Pill";
import type { EntryUi } from "./components/EntryPanel";
import type { CheckResult, CheckScope } from "../excel/check";

// The 自定义规划 tab loads on first use, keeping the pane's first page small; it gets the pane's own
// components rather than importing them (see EntryUi).
const EntryPanel = React.lazy(() => import(/* webpackChunkName: "entry-panel" */ "./components/EntryPanel"));
// The preview's grid is needed only outside Office; it loads on its own and gets the pane's components.
const PreviewGrid = React.lazy(() =>
  import(/* webpackChunkName: "preview-grid" */ "./components/PreviewGrid").then((m) => ({
    default: m.createPreviewGrid({ Caption1, Tab, TabList, Text, makeStyles, mergeClasses, tokens }),
  }))
);
const ENTRY_UI: EntryUi = { Button, Caption1, MessageBar, MessageBarBody, ProgressBar: Busy, Text, useAction };

export interface AppProps {
  initialLanguage: Language;
  plans: readonly Plan[];
  actions: EduPlanActions;
  /** Validates, keeps and stores a clerk's own plan; resolves with the whole list of plans. */
  importPlan: (raw: unknown, file: string) => Promise<{ plan: Plan; plans: readonly Plan[] }>;
  /** Present only outside Office: the in-browser demo workbook. */
  preview?: PreviewWorkbook;
  /** Subscribes to the ribbon's "检查当前表" requests. */
  onCheckRequest?: (listener: () => void) => () => void;
}

type TabValue = "plan" | "check" | "functions" | "align" | "entry" | "balance";

/** 两县创建: its own chunk, loaded when the tab is first opened. */
const BalancePanel = React.lazy(() => import(/* webpackChunkName: "balance-panel" */ "./components/BalancePanel"));
const BALANCE_COMPONENTS = { Button, Caption1, MessageBar, MessageBarBody, ProgressBar: Busy, Text };

const useStyles = makeStyles({
  // Narrow windows put the demo grid below the pane instead of squeezing it to nothing.
  layout: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalM },
  pane: { width: "100%", maxWidth: "420px", flexShrink: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  preview: { flexGrow: 1, flexBasis: "360px", minWidth: 0 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Chinese breaks between words only, never inside 教育规划指标.
  title: { wordBreak: "keep-all", margin: 0 },
  headerActions: { display: "flex", gap: tokens.spacingHorizontalXS },
  // Six tabs do not fit a 350 px pane in one row: they wrap rather than run under the demo grid.
  tabs: { flexWrap: "wrap" },
});

export function App({ initialLanguage, plans: initialPlans, actions, importPlan, preview, onCheckRequest }: AppProps) {
  const [plans, setPlans] = React.useState<readonly Plan[]>(initialPlans);
  const addPlan = React.useCallback(
    async (raw: unknown, file: string) => {
      const added = await importPlan(raw, file);
      setPlans(added.plans);
      return added.plan;
    },
    [importPlan]
  );
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const [tab, setTab] = React.useState<TabValue>("plan");
  const [checkRequest, setCheckRequest] = React.useState(0);
  // The last check's counts per table, for the plan card (the check itself runs in CheckPanel).
  const [checked, setChecked] = React.useState<CheckResult["byTable"]>();
  const check = React.useCallback(
    async (scope: CheckScope) => {
      const result = await actions.check(scope);
      setChecked(result.byTable);
      return result;
    },
    [actions]
  );
  // Once opened, the 两县创建 panel stays mounted so a school list read survives switching tabs.
  const [balanceOpened, setBalanceOpened] = React.useState(false);
  React.useEffect(() => {
    if (tab === "balance") setBalanceOpened(true);
  }, [tab]);
  const [alignOpened, setAlignOpened] = React.useState(false);
  // Mounted once opened, so a result survives switching tabs; never loaded before.
  const [entryOpened, setEntryOpened] = React.useState(false);
  React.useEffect(() => {
    if (tab === "entry") setEntryOpened(true);
  }, [tab]);
  const [functionsOpened, setFunctionsOpened] = React.useState(false);
  React.useEffect(() => {
    if (tab === "functions") setFunctionsOpened(true);
  }, [tab]);

  React.useEffect(() => {
    if (!onCheckRequest) return undefined;
    return onCheckRequest(() => {
      setTab("check");
      setCheckRequest((n) => n + 1);
    });
  }, [onCheckRequest]);

  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const pane = (
    <main className={styles.pane}>
      <div className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t("appTitle", language)}
        </Title3>
        <div className={styles.headerActions}>
          <Button as="a" size="small" appearance="subtle" href={`help.html#${language}`} target="_blank" rel="noopener">
            {t("help", language)}
          </Button>
          {preview && (
            <Button
              size="small"
              aria-label={`${t("language", language)}: ${language === "zh-CN" ? "English" : "中文"}`}
              onClick={() => setLanguage(language === "zh-CN" ? "en-US" : "zh-CN")}
            >
              {language === "zh-CN" ? "English" : "中文"}
            </Button>
          )}
        </div>
      </div>
      {preview && (
        <MessageBar intent="info">
          <MessageBarBody>{t("previewBanner", language)}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as TabValue);
          if (data.value === "align") setAlignOpened(true);
        }}
      >
        <Tab value="plan">{t("tabPlan", language)}</Tab>
        <Tab value="check">{t("tabCheck", language)}</Tab>
        <Tab value="functions">{t("tabFunctions", language)}</Tab>
        <Tab value="align">{t("tabAlign", language)}</Tab>
        <Tab value="entry">{t("tabEntry", language)}</Tab>
        <Tab value="balance">{t("tabBalance", language)}</Tab>
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(
          tab === "plan" ? "tabPlan" : tab === "check" ? "tabCheck" : tab === "align" ? "tabAlign" : tab === "entry" ? "tabEntry" : tab === "balance" ? "tabBalance" : "tabFunctions",
          language
        )}
      >
        {/* Panels stay mounted so a check's result survives switching tabs. */}
        <div hidden={tab !== "plan"}>
          <PlanPanel language={language} plans={plans} insertPlan={actions.insertPlan} downloadPlan={actions.downloadPlan} importPlan={addPlan} checked={checked} />
        </div>
        <div hidden={tab !== "check"}>
          <CheckPanel
            language={language}
            check={check}
            select={actions.select}
            writeReport={actions.writeReport}
            downloadReport={actions.downloadReport}
            addSummary={actions.addSummary}
            convert={actions.convert}
            watchSheets={actions.watchSheets}
            request={checkRequest}
          />
        </div>
        {functionsOpened && (
          <div hidden={tab !== "functions"}>
            {/* Mounted on first opening: the function reference loads then. */}
            <FunctionsPanel language={language} insertFormula={actions.insertFormula} />
          </div>
        )}
        {alignOpened && (
          <div hidden={tab !== "align"}>
            {/* Mounted on first opening: its logic, concept map and strings load then (chunk "align"). */}
            <AlignPanel
              language={language}
              plans={plans}
              readLatest={actions.readLatest}
              writeSheet={actions.writeSheet}
              loadConceptLinks={actions.loadConceptLinks}
              saveConceptLinks={actions.saveConceptLinks}
            />
          </div>
        )}
        {entryOpened && (
          <div hidden={tab !== "entry"}>
            <React.Suspense fallback={t("loading", language)}>
              <EntryPanel language={language} plans={plans} entryActions={actions.entry} importPlan={addPlan} ui={ENTRY_UI} />
            </React.Suspense>
          </div>
        )}
        {(tab === "balance" || balanceOpened) && (
          <div hidden={tab !== "balance"}>
            <React.Suspense fallback={t("loading", language)}>
              <BalancePanel language={language} components={BALANCE_COMPONENTS} insertBalance={actions.insertBalance} downloadBalance={actions.downloadBalance} balanceTools={actions.balanceTools} />
            </React.Suspense>
          </div>
        )}
      </div>
    </main>
  );

  if (!preview) return pane;
  return (
    <div className={styles.layout}>
      {pane}
      <section className={styles.preview}>
        <React.Suspense fallback={t("loading", language)}>
          <PreviewGrid language={language} workbook={preview} />
        </React.Suspense>
      </section>
    </div>
  );
}
