// The 两县创建 section: school data pasted or read from files, confirmed, previewed, then the 义务教育优质均衡
// assessment workbook inserted or downloaded, or the schools appended to its 学校数据 sheet. Loaded as its own chunk on first opening.
import * as React from "react";
import type { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Busy } from "./Pill";
import { SchoolRow } from "../../core/balance-schools";
import type { Language } from "../../i18n";
import { tb } from "../../i18n/balance";
import type { BalanceInsertResult } from "../../excel/insert-balance";
import type { BalanceTools } from "../balanceActions";
import { useAction } from "../useAction";
import SchoolImport from "./SchoolImport";
import SchoolPreview from "./SchoolPreview";
import CoefficientLink from "./CoefficientLink";

/**
 * Fluent components from the pane's first page. A lazy chunk that imports Fluent itself keeps the
 * bundler from inlining Fluent's modules into that page, which then carries every theme token (+5 KB gzip).
 */
export interface BalanceComponents {
  Button: typeof Button;
  Caption1: typeof Caption1;
  MessageBar: typeof MessageBar;
  MessageBarBody: typeof MessageBarBody;
  ProgressBar: typeof Busy;
  Text: typeof Text;
}

export interface BalancePanelProps {
  language: Language;
  components: BalanceComponents;
  insertBalance: (schools: readonly SchoolRow[]) => Promise<BalanceInsertResult>;
  downloadBalance: (schools: readonly SchoolRow[]) => Promise<{ name: string; opened: boolean }>;
  balanceTools: () => Promise<BalanceTools>;
}

// Plain styles with the theme's CSS variables, for the reason above.
const styles = {
  panel: { display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalM)" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "var(--spacingHorizontalS)" },
} satisfies Record<string, React.CSSProperties>;

export default function BalancePanel({
  language,
  components,
  insertBalance,
  downloadBalance,
  balanceTools,
}: BalancePanelProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Text } = components;
  const [confirmed, setConfirmed] = React.useState<SchoolRow[] | null>(null);
  const insert = useAction(insertBalance, language);
  const download = useAction(downloadBalance, language);
  const append = useAction(async (rows: readonly SchoolRow[]) => (await balanceTools()).appendSchools(rows), language);
  const schools = confirmed ?? [];
  const insertPreschool = useAction(async () => (await balanceTools()).insertPreschool(), language);
  const downloadPreschool = useAction(async () => (await balanceTools()).downloadPreschool(), language);
  return (
    <section style={styles.panel} aria-label={tb("title", language)}>
      <Text weight="semibold">{tb("title", language)}</Text>
      <Caption1>{tb("intro", language)}</Caption1>
      <SchoolImport
        language={language}
        components={components}
        tools={balanceTools}
        onConfirm={(rows) => {
          setConfirmed(rows);
          append.reset();
        }}
      />
      {confirmed && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{tb("confirmed", language, { count: confirmed.length })}</MessageBarBody>
          </MessageBar>
          <SchoolPreview language={language} components={components} schools={confirmed} />
          <div style={styles.buttons}>
            <Button disabled={append.busy} onClick={() => void append.run(confirmed)}>
              {tb("append", language)}
            </Button>
          </div>
        </>
      )}
      {append.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {append.result.written > 0
              ? tb("appended", language, {
                  sheet: append.result.sheet,
                  first: append.result.firstRow,
                  last: append.result.lastRow,
                  count: append.result.written,
                })
              : tb("appendedNone", language)}
            {append.result.present.length > 0 &&
              ` ${tb("appendPresent", language, { schools: append.result.present.join(language === "zh-CN" ? "、" : ", ") })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {append.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("appendFailed", language, { reason: append.error })}</MessageBarBody>
        </MessageBar>
      )}
      <div style={styles.buttons}>
        <Button appearance="primary" disabled={insert.busy} onClick={() => void insert.run(schools)}>
          {tb("insert", language)}
        </Button>
        <Button disabled={download.busy} onClick={() => void download.run(schools)}>
          {tb("download", language)}
        </Button>
      </div>
      {insert.busy && <ProgressBar aria-label={tb("inserting", language)} />}
      {download.busy && <ProgressBar aria-label={tb("downloading", language)} />}
      {insert.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tb("inserted", language, {
              count: insert.result.sheetNames.length,
              sheets: insert.result.sheetNames.join(language === "zh-CN" ? "、" : ", "),
              schools: insert.result.schoolCount,
            })}
            {insert.result.skipped.length > 0 &&
              ` ${tb("skipped", language, { features: insert.result.skipped.join(", ") })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {insert.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("insertFailed", language, { reason: insert.error })}</MessageBarBody>
        </MessageBar>
      )}
      {download.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tb(download.result.opened ? "opened" : "downloaded", language, { file: download.result.name })}
          </MessageBarBody>
        </MessageBar>
      )}
      {download.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("downloadFailed", language, { reason: download.error })}</MessageBarBody>
        </MessageBar>
      )}
      <CoefficientLink language={language} components={components} tools={balanceTools} />
      <Text weight="semibold">{tb("preschoolTitle", language)}</Text>
      <Caption1>{tb("preschoolIntro", language)}</Caption1>
      <div style={styles.buttons}>
        <Button disabled={insertPreschool.busy} onClick={() => void insertPreschool.run()}>
          {tb("insertPreschool", language)}
        </Button>
        <Button disabled={downloadPreschool.busy} onClick={() => void downloadPreschool.run()}>
          {tb("downloadPreschool", language)}
        </Button>
      </div>
      {insertPreschool.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tb("preschoolInserted", language, { sheet: insertPreschool.result.sheetName })}
          </MessageBarBody>
        </MessageBar>
      )}
      {downloadPreschool.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tb(downloadPreschool.result.opened ? "opened" : "downloaded", language, {
              file: downloadPreschool.result.name,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {(insertPreschool.error || downloadPreschool.error) && (
        <MessageBar intent="error">
          <MessageBarBody>
            {tb("insertFailed", language, { reason: insertPreschool.error ?? downloadPreschool.error ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
