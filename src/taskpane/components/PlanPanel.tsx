// Choose a region and one of its plans, see what it holds, and insert its template.
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Plan } from "../../core/plan";
import { FormulaDialect } from "../../core/template-formulas";
import type { InsertResult } from "../../excel/insert";
import { Language, StringKey, statusText, t } from "../../i18n";
import { SUMMARY_STATUSES, TableCounts, planStatusCounts } from "../../core/category-counts";
import { countByCategory, groupRegions, plansForRegion } from "../../catalog/regions";
import { useAction } from "../useAction";
import { Busy } from "./Pill";

export interface PlanPanelProps {
  language: Language;
  plans: readonly Plan[];
  insertPlan: (plan: Plan, dialect: FormulaDialect, summary: boolean) => Promise<InsertResult>;
  /** The template as a file: a new workbook inside Excel, a download in a browser (WPS users). */
  downloadPlan: (plan: Plan) => Promise<{ name: string; opened: boolean }>;
  /** Validates and keeps a clerk's own plan; rejects with the validation messages. */
  importPlan: (raw: unknown, file: string) => Promise<Plan>;
  /** The last check's counts per table: the card shows its plan's statuses once a sheet of it has values. */
  checked?: readonly TableCounts[];
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  categories: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A plain card (Fluent's Card brings focus management the plan card does not need).
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  cardHeader: { display: "flex", flexDirection: "column" },
  askActions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignSelf: "center" },
});

type ImportOutcome = { plan: Plan } | { ask: { raw: unknown; name: string; existing: Plan } };

function readJson(file: File, language: Language): Promise<unknown> {
  return file.text().then((text) => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new Error(t("notJson", language, { reason: (error as Error).message }));
    }
  });
}

export function PlanPanel({ language, plans, insertPlan, downloadPlan, importPlan, checked }: PlanPanelProps) {
  const styles = useStyles();
  const groups = React.useMemo(() => groupRegions(plans), [plans]);
  const [region, setRegion] = React.useState<string | null>(null);
  const [planId, setPlanId] = React.useState<string | null>(null);
  const [dialect, setDialect] = React.useState<FormulaDialect>("native");
  const [withSummary, setWithSummary] = React.useState(true);
  const insert = useAction((chosen: Plan) => insertPlan(chosen, dialect, withSummary), language);
  const download = useAction(downloadPlan, language);
  // A file whose plan id is already taken asks first; the answer comes back as `raw` to import.
  const importer = useAction(async (source: { file: File } | { raw: unknown; name: string }): Promise<ImportOutcome> => {
    const raw = "file" in source ? await readJson(source.file, language) : source.raw;
    const name = "file" in source ? source.file.name : source.name;
    const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const existing = "file" in source ? plans.find((p) => p.id === id) : undefined;
    if (existing) return { ask: { raw, name, existing } };
    return { plan: await importPlan(raw, name) };
  }, language);
  const imported = importer.result && "plan" in importer.result ? importer.result.plan : undefined;
  const asked = importer.result && "ask" in importer.result ? importer.result.ask : undefined;
  const [kept, setKept] = React.useState(false);
  const runImport = async (source: { file: File } | { raw: unknown; name: string }) => {
    // Messages of earlier actions would sit above this one's and mislead: they go.
    insert.reset();
    download.reset();
    setKept(false);
    const outcome = await importer.run(source);
    if (outcome && "plan" in outcome) {
      setRegion(outcome.plan.region.name);
      setPlanId(outcome.plan.id);
    }
  };
  const fileInput = React.useRef<HTMLInputElement>(null);
  const regionPlans = region ? plansForRegion(plans, region) : [];
  const plan = regionPlans.find((p) => p.id === planId) ?? null;
  const statuses = plan && checked ? planStatusCounts(checked, plan.id) : null;

  const chooseRegion = (name: string) => {
    setRegion(name);
    const candidates = plansForRegion(plans, name);
    setPlanId(candidates.length === 1 ? candidates[0].id : null);
    insert.reset();
  };

  return (
    <div className={styles.panel}>
      {/* Native selects (Fluent's Select): small, keyboard- and screen-reader-friendly on every WebView. */}
      <Field label={t("region", language)}>
        <Select value={region ?? ""} onChange={(_, data) => data.value && chooseRegion(data.value)}>
          <option value="" disabled>
            {t("chooseRegion", language)}
          </option>
          {groups.map((group) => (
            <optgroup key={group.name} label={group.name}>
              {group.regions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {region && (
        <Field label={t("plan", language)}>
          <Select
            value={plan?.id ?? ""}
            onChange={(_, data) => {
              setPlanId(data.value || null);
              insert.reset();
            }}
          >
            <option value="" disabled>
              {t("choosePlan", language)}
            </option>
            {regionPlans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {plan && (
        <section className={styles.card} aria-label={plan.title}>
          <div className={styles.cardHeader}>
            <Text weight="semibold">{plan.title}</Text>
            <Caption1>{t("indicatorCount", language, { count: plan.indicators.length })}</Caption1>
            {statuses && (
              <Caption1>
                {t("planChecked", language, {
                  counts: SUMMARY_STATUSES.filter((s) => statuses[s] > 0)
                    .map((s) => `${statusText(s, language)} ${statuses[s]}`)
                    .join(" · "),
                })}
              </Caption1>
            )}
          </div>
          <div className={styles.facts}>
            <Caption1>{t("period", language)}</Caption1>
            <Text>{plan.period.start === plan.period.end ? plan.period.start : `${plan.period.start}–${plan.period.end}`}</Text>
            <Caption1>{t("issuer", language)}</Caption1>
            <Text>{plan.issuer}</Text>
            {plan.document && (
              <>
                <Caption1>{t("documentNumber", language)}</Caption1>
                <Text>{plan.document}</Text>
              </>
            )}
          </div>
          {/* Collapsed: a long category list would push the insert button out of a narrow pane. */}
          <details>
            <summary>
              <Caption1>{t("perCategory", language)}</Caption1>
            </summary>
            <ul className={styles.categories}>
              {countByCategory(plan).map(({ category, count }) => (
                <li key={category}>
                  <Text>{t("categoryCount", language, { category, count })}</Text>
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
      {/* Only the EDU option needs a warning; the default's label says it shares. Keeps the insert button in a 350 px pane's view. */}
      <Field label={t("formulas", language)} hint={dialect === "edu" ? t("formulasEduHint", language) : undefined}>
        <Select value={dialect} onChange={(_, data) => setDialect(data.value as FormulaDialect)}>
          <option value="native">{t("formulasNative", language)}</option>
          <option value="edu">{t("formulasEdu", language)}</option>
        </Select>
      </Field>
      <label>
        <input type="checkbox" checked={withSummary} onChange={(event) => setWithSummary(event.target.checked)} /> {t("summaryWithTemplate", language)}
      </label>
      <Button
        appearance="primary"
        disabled={!plan || insert.busy}
        onClick={(event) => {
          // The second click of a double click is the same request; an insert can finish in between.
          if (!plan || event.detail > 1) return;
          importer.reset();
          download.reset();
          void insert.run(plan);
        }}
      >
        {t("insert", language)}
      </Button>
      {insert.busy && (
        <Field validationMessage={t("inserting", language)} validationState="none">
          <Busy />
        </Field>
      )}
      {insert.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("inserted", language, { sheet: insert.result.sheetName, count: insert.result.indicatorCount })}
            {insert.result.summarySheetName && ` ${t("summaryInserted", language, { sheet: insert.result.summarySheetName })}`}
            {insert.result.skipped.length > 0 && ` ${t("skippedFeatures", language, { features: insert.result.skipped.map((feature) => t(`feature_${feature}` as StringKey, language)).join(language === "zh-CN" ? "、" : ", ") })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {insert.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("insertFailed", language, { reason: insert.error })}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        disabled={!plan || download.busy}
        onClick={(event) => {
          if (!plan || event.detail > 1) return;
          insert.reset();
          importer.reset();
          void download.run(plan);
        }}
      >
        {t("download", language)}
      </Button>
      {download.busy && <Busy aria-label={t("downloading", language)} />}
      {download.result && (
        <MessageBar intent="success">
          <MessageBarBody>{t(download.result.opened ? "openedAsWorkbook" : "downloaded", language, { file: download.result.name })}</MessageBarBody>
        </MessageBar>
      )}
      {download.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("downloadFailed", language, { reason: download.error })}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{t("importHint", language)}</Caption1>
      <Button
        appearance="secondary"
        disabled={importer.busy}
        onClick={() => fileInput.current?.click()}
      >
        {t("importPlan", language)}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={t("importPlan", language)}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void runImport({ file });
        }}
      />
      {asked && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("replacePlanAsk", language, { id: asked.existing.id, title: asked.existing.title, newTitle: String((asked.raw as { title?: unknown }).title ?? "") })}
          </MessageBarBody>
          {/* Plain buttons, not MessageBarActions: keeps the pane's first page small. */}
          <div className={styles.askActions}>
            <Button size="small" appearance="primary" onClick={() => void runImport({ raw: asked.raw, name: asked.name })}>
              {t("replacePlan", language)}
            </Button>
            <Button
              size="small"
              onClick={() => {
                importer.reset();
                setKept(true);
              }}
            >
              {t("keepPlan", language)}
            </Button>
          </div>
        </MessageBar>
      )}
      {kept && (
        <MessageBar intent="info">
          <MessageBarBody>{t("importKept", language)}</MessageBarBody>
        </MessageBar>
      )}
      {imported && (
        <MessageBar intent="success">
          <MessageBarBody>{t("importDone", language, { title: imported.title, count: imported.indicators.length })}</MessageBarBody>
        </MessageBar>
      )}
      {importer.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("importFailed", language)}
            <ul className={styles.categories}>
              {importer.error.split("\n").map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
