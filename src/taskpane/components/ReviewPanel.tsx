// The 检查 tab's review part, a lazy chunk: statuses counted by category (as the 汇总 sheet counts
// them), and the buttons that write the 中期评估 report and add a 汇总 sheet.
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CategoryCounts, SUMMARY_STATUSES } from "../../core/category-counts";
import { Language, StringKey, statusText, t } from "../../i18n";
import { rt } from "../../i18n/review";
import { STATUS_BADGE } from "../format";
import { useAction } from "../useAction";
import { Pill } from "./Pill";

export interface ReviewPanelProps {
  language: Language;
  byCategory: readonly CategoryCounts[];
  writeReport: (language: Language) => Promise<string>;
  downloadReport: (language: Language) => Promise<{ name: string; opened: boolean }>;
  addSummary: () => Promise<{ sheetName: string; skipped: string[] }>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Errors the review raises for a workbook without a plan sheet say so plainly. */
const reasonOf = (error: string | null, language: Language) =>
  error && /no plan table/.test(error) ? rt("noPlanSheet", language) : error;

/** The report and 汇总 buttons come first, where the clerk looks after a check; the counts follow. */
export default function ReviewPanel({
  language,
  byCategory,
  writeReport,
  downloadReport,
  addSummary,
}: ReviewPanelProps) {
  const styles = useStyles();
  const reporting = useAction(writeReport, language);
  const summarising = useAction(addSummary, language);
  const downloading = useAction(downloadReport, language);
  const error = reasonOf(reporting.error ?? downloading.error ?? summarising.error, language);
  return (
    <section className={styles.panel} aria-label={rt("byCategory", language)}>
      <div className={styles.buttons}>
        <Button disabled={reporting.busy} onClick={() => reporting.run(language)}>
          {t("writeReport", language)}
        </Button>
        <Button disabled={downloading.busy} onClick={() => downloading.run(language)}>
          {rt("downloadReport", language)}
        </Button>
        <Button disabled={summarising.busy} onClick={() => summarising.run()}>
          {rt("addSummary", language)}
        </Button>
      </div>
      {reporting.result && (
        <MessageBar intent="success">
          <MessageBarBody>{rt("reportWritten", language, { sheet: reporting.result })}</MessageBarBody>
        </MessageBar>
      )}
      {downloading.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {rt(downloading.result.opened ? "reportOpened" : "reportDownloaded", language, {
              name: downloading.result.name,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {summarising.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {rt("summaryAdded", language, { sheet: summarising.result.sheetName })}
            {summarising.result.skipped.length > 0 &&
              ` ${t("skippedFeatures", language, { features: summarising.result.skipped.map((f) => t(`feature_${f}` as StringKey, language)).join(language === "zh-CN" ? "、" : ", ") })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{rt("byCategory", language)}</Caption1>
      <ul className={styles.list}>
        {byCategory.map(({ category, total, counts }) => (
          <li key={category}>
            <Text weight="semibold">
              {category}（{rt("indicators", language, { count: total })}）
            </Text>
            <div className={styles.badges}>
              {SUMMARY_STATUSES.filter((s) => counts[s] > 0).map((status) => (
                <Pill key={status} color={STATUS_BADGE[status]} appearance={status === "no_data" ? "tint" : "filled"}>
                  {statusText(status, language)} {counts[status]}
                </Pill>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
