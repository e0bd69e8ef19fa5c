// Runs the sheet check and lists every miss by status; clicking one selects its cell.
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Miss, countByStatus } from "../../core/check";
import { MISSES } from "../../core/status";
import { CheckResult, CheckScope } from "../../excel/check";
import type { Conversion, ConversionResult } from "../../excel/convert";
import type { SheetWatch } from "../../excel/watch";
import { Language, statusText, t } from "../../i18n";
import { STATUS_BADGE, formatFigure, formatGap } from "../format";
import { useAction } from "../useAction";
import { Busy, Pill } from "./Pill";

export interface CheckPanelProps {
  language: Language;
  check: (scope: CheckScope) => Promise<CheckResult>;
  select: (sheet: string, address: string) => Promise<void>;
  writeReport: (language: Language) => Promise<string>;
  downloadReport: (language: Language) => Promise<{ name: string; opened: boolean }>;
  addSummary: () => Promise<{ sheetName: string; skipped: string[] }>;
  convert: (conversions: readonly Conversion[]) => Promise<ConversionResult>;
  /** Bumped by the ribbon's "检查当前表" so the pane runs the check when asked. */
  request?: number;
  /** Tells when a checked sheet changes, so the list is marked out of date. */
  watchSheets?: SheetWatch;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  itemBody: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  convertible: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
});

const cellKey = (miss: Miss) => `${miss.sheet}!${miss.address}`;

interface MissItemProps {
  miss: Miss;
  language: Language;
  onSelect: (miss: Miss) => void;
  /** For convertible text: whether the clerk ticked it, and how to tick it. */
  ticked?: boolean;
  onTick?: (ticked: boolean) => void;
}

function MissItem({ miss, language, onSelect, ticked, onTick }: MissItemProps) {
  const styles = useStyles();
  const title = miss.group ? `${miss.indicator}（${miss.group}）` : miss.indicator;
  const figures = [
    `${t("year", language)} ${miss.year}`,
    `${t("actual", language)} ${formatFigure(miss.value, miss.unit)}`,
    miss.target !== null ? `${t("target", language)} ${formatFigure(miss.target, miss.unit)}` : "",
    miss.gap !== null ? `${t("gap", language)} ${formatGap(miss.gap, miss.unit, language)}` : "",
  ].filter(Boolean);
  const item = (
    <Button
      className={styles.item}
      appearance="subtle"
      aria-label={`${title} ${miss.year} — ${t("goToCell", language, { address: `${miss.sheet}!${miss.address}` })}`}
      onClick={() => onSelect(miss)}
    >
      <span className={styles.itemBody}>
        <Text weight="semibold">{title}</Text>
        <Caption1>
          {figures.join(" · ")} · {miss.sheet}!{miss.address}
        </Caption1>
        {miss.message && <Caption1>{miss.message[language]}</Caption1>}
      </span>
    </Button>
  );
  if (miss.conversion === null || !onTick) return <li>{item}</li>;
  // A native checkbox: the clerk ticks exactly the cells to convert.
  return (
    <li className={styles.convertible}>
      <input
        type="checkbox"
        checked={ticked ?? false}
        onChange={(event) => onTick(event.target.checked)}
        aria-label={t("convertThis", language, {
          address: `${miss.sheet}!${miss.address}`,
          from: String(miss.value),
          to: formatFigure(miss.conversion, miss.unit),
        })}
      />
      {item}
    </li>
  );
}

// Counts by category, the report and the 汇总: a lazy chunk, loaded once a check found a plan table.
const ReviewPanel = React.lazy(() => import(/* webpackChunkName: "review-panel" */ "./ReviewPanel"));

export function CheckPanel({ language, check, select, writeReport, downloadReport, addSummary, convert, request, watchSheets }: CheckPanelProps) {
  const styles = useStyles();
  const [scope, setScope] = React.useState<CheckScope>("activeSheet");
  const [ticked, setTicked] = React.useState<ReadonlySet<string>>(new Set());
  const checking = useAction((chosen: CheckScope) => {
    setScope(chosen);
    setTicked(new Set());
    return check(chosen);
  }, language);
  const converting = useAction(async (misses: readonly Miss[]) => {
    const done = await convert(
      misses.map((m) => ({ sheet: m.sheet, address: m.address, text: String(m.value), value: m.conversion! }))
    );
    await checking.run(scope);
    return done;
  }, language);
  const selecting = useAction(select, language);
  const runCheck = checking.run;
  React.useEffect(() => {
    if (request) void runCheck("activeSheet");
  }, [request, runCheck]);
  const result = checking.result;
  const counts = result ? countByStatus(result.misses) : {};
  // A result describes the sheets as they were; once one changes, the list says it is out of date.
  const [stale, setStale] = React.useState(false);
  React.useEffect(() => {
    setStale(false);
    if (!result || !watchSheets || !result.sheets?.length) return undefined;
    let stop: (() => void) | null = null;
    let done = false;
    watchSheets(result.sheets, () => setStale(true)).then(
      (unwatch) => (done ? unwatch() : (stop = unwatch)),
      () => undefined // without events the list is simply never marked
    );
    return () => {
      done = true;
      stop?.();
    };
  }, [result, watchSheets]);
  const staleNotice = stale && result && (
    <MessageBar intent="warning">
      <MessageBarBody>{t("checkStale", language)}</MessageBarBody>
      <Button size="small" disabled={checking.busy} onClick={() => checking.run(scope)}>
        {t("checkAgain", language)}
      </Button>
    </MessageBar>
  );
  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={checking.busy} onClick={() => checking.run("activeSheet")}>
          {t("check", language)}
        </Button>
        <Button disabled={checking.busy} onClick={() => checking.run("workbook")}>
          {t("checkWorkbook", language)}
        </Button>
      </div>
      {checking.busy && <Busy aria-label={t("checking", language)} />}
      {checking.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("checkFailed", language, { reason: checking.error })}</MessageBarBody>
        </MessageBar>
      )}
      {staleNotice}
      {result && result.tables === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("noTables", language)}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.tables > 0 && result.misses.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t("allWell", language, { tables: result.tables })}</MessageBarBody>
        </MessageBar>
      )}
      {/* 写入清单 and the counts by category above the list, not below a hundred misses. */}
      {result && result.tables > 0 && (
        <React.Suspense fallback={<Busy aria-label={t("loading", language)} />}>
          <ReviewPanel language={language} byCategory={result.byCategory} writeReport={writeReport} downloadReport={downloadReport} addSummary={addSummary} />
        </React.Suspense>
      )}
      {result && result.misses.length > 0 && (
        <>
          <Text weight="semibold" role="status">
            {t("missCount", language, { count: result.misses.length })}
          </Text>
          <div className={styles.counts} aria-label={t("missCount", language, { count: result.misses.length })}>
            {MISSES.filter((s) => counts[s]).map((status) => (
              <Pill key={status} color={STATUS_BADGE[status]} appearance="filled">
                {statusText(status, language)} {counts[status]}
              </Pill>
            ))}
          </div>
          {MISSES.filter((s) => counts[s]).map((status) => (
            <section key={status} aria-label={statusText(status, language)}>
              <Subtitle2 as="h3">
                {t("statusCount", language, { status: statusText(status, language), count: counts[status] ?? 0 })}
              </Subtitle2>
              <ul className={styles.list}>
                {result.misses
                  .filter((m) => m.status === status)
                  .map((miss) => (
                    <MissItem
                      key={cellKey(miss)}
                      miss={miss}
                      language={language}
                      onSelect={(m) => void selecting.run(m.sheet, m.address)}
                      ticked={ticked.has(cellKey(miss))}
                      onTick={(on) =>
                        setTicked((old) => {
                          const next = new Set(old);
                          if (on) next.add(cellKey(miss));
                          else next.delete(cellKey(miss));
                          return next;
                        })
                      }
                    />
                  ))}
              </ul>
              {status === "input_error" && result.misses.some((m) => m.conversion !== null) && (
                <Button
                  disabled={ticked.size === 0 || converting.busy}
                  onClick={() =>
                    converting.run(result.misses.filter((m) => m.conversion !== null && ticked.has(cellKey(m))))
                  }
                >
                  {t("convert", language, { count: ticked.size })}
                </Button>
              )}
            </section>
          ))}
          {converting.result && (
            <MessageBar intent="success">
              <MessageBarBody>
                {t("converted", language, { count: converting.result.converted.length })}
                {converting.result.changed.length > 0 &&
                  ` ${t("convertSkipped", language, { count: converting.result.changed.length })}`}
              </MessageBarBody>
            </MessageBar>
          )}
          {(selecting.error || converting.error) && (
            <MessageBar intent="error">
              <MessageBarBody>{selecting.error ?? converting.error}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
}
