// The 两县创建 section: read a school list (CSV) and insert or download the 义务教育优质均衡
// assessment workbook. Loaded as its own chunk on first opening.
import * as React from "react";
import type { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Busy } from "./Pill";
import { INPUT_COLUMNS, SchoolListError, SchoolRow, readSchoolCsv } from "../../core/balance-schools";
import type { Language } from "../../i18n";
import { tb } from "../../i18n/balance";
import type { BalanceInsertResult } from "../../excel/insert-balance";
import { useAction } from "../useAction";

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
}

// Plain styles with the theme's CSS variables, for the reason above.
const styles = {
  panel: { display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalM)" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "var(--spacingHorizontalS)" },
} satisfies Record<string, React.CSSProperties>;

interface SchoolFile {
  name: string;
  schools: SchoolRow[];
}

async function readFile(file: File, language: Language): Promise<SchoolFile> {
  try {
    return { name: file.name, schools: readSchoolCsv(await file.text()) };
  } catch (error) {
    if (error instanceof SchoolListError) throw new Error(language === "zh-CN" ? error.zh : error.en);
    throw error;
  }
}

export default function BalancePanel({ language, components, insertBalance, downloadBalance }: BalancePanelProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Text } = components;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const reader = useAction((file: File) => readFile(file, language), language);
  const insert = useAction(insertBalance, language);
  const download = useAction(downloadBalance, language);
  const schools = reader.result?.schools ?? [];
  const headers = INPUT_COLUMNS.filter((c) => c.required)
    .map((c) => c.header)
    .join(language === "zh-CN" ? "、" : ", ");
  return (
    <section style={styles.panel} aria-label={tb("title", language)}>
      <Text weight="semibold">{tb("title", language)}</Text>
      <Caption1>{tb("intro", language)}</Caption1>
      <div style={styles.buttons}>
        <Button appearance="secondary" disabled={reader.busy} onClick={() => fileInput.current?.click()}>
          {tb("chooseCsv", language)}
        </Button>
        {reader.result && (
          <Button appearance="subtle" onClick={() => reader.reset()}>
            {tb("csvCleared", language)}
          </Button>
        )}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".csv,text/csv"
        aria-label={tb("chooseCsv", language)}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void reader.run(file);
        }}
      />
      <Caption1>{tb("csvHint", language, { headers })}</Caption1>
      {reader.result && (
        <MessageBar intent="info">
          <MessageBarBody>
            {tb("csvRead", language, { file: reader.result.name, count: reader.result.schools.length })}
          </MessageBarBody>
        </MessageBar>
      )}
      {reader.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("csvFailed", language, { reason: reader.error })}</MessageBarBody>
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
    </section>
  );
}
