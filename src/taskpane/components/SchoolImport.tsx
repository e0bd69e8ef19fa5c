// 两县创建's school data step: blocks pasted from the annual returns or read from CSV / Excel files,
// what was recognised shown (column → field, unit, rows, unmatched rows), then confirmed by the clerk.
import * as React from "react";
import { INPUT_COLUMNS, SchoolRow } from "../../core/balance-schools";
import {
  ImportCell,
  RecognisedColumn,
  SchoolImport as Imported,
  importSchools,
  textCells,
} from "../../core/school-import";
import type { Language } from "../../i18n";
import { SHEET_WORDS_EN, tb } from "../../i18n/balance";
import type { BalanceTools } from "../balanceActions";
import { friendlyError } from "../../excel/errors";
import { useAction } from "../useAction";
import type { BalanceComponents } from "./BalancePanel";

export interface SchoolImportProps {
  language: Language;
  components: BalanceComponents;
  tools: () => Promise<BalanceTools>;
  /** The confirmed schools, or null when the blocks changed since. */
  onConfirm: (schools: SchoolRow[] | null) => void;
}

interface PendingBlock {
  source: string;
  cells: ImportCell[][];
}

const styles = {
  row: { display: "flex", flexWrap: "wrap", gap: "var(--spacingHorizontalS)" },
  paste: {
    width: "100%",
    minHeight: "6em",
    fontFamily: "inherit",
    fontSize: "var(--fontSizeBase200)",
    boxSizing: "border-box",
  },
  list: { margin: 0, paddingInlineStart: "1.2em", fontSize: "var(--fontSizeBase200)" },
} satisfies Record<string, React.CSSProperties>;

export const fieldName = (key: string, header: string, language: Language) =>
  language === "zh-CN" ? header : (SHEET_WORDS_EN[key] ?? key);

export default function SchoolImport({ language, components, tools, onConfirm }: SchoolImportProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, Text } = components;
  const [blocks, setBlocks] = React.useState<PendingBlock[]>([]);
  const [paste, setPaste] = React.useState("");
  const fileInput = React.useRef<HTMLInputElement>(null);
  const change = (next: PendingBlock[]) => {
    setBlocks(next);
    onConfirm(null);
  };
  const reader = useAction(async (files: File[]) => {
    const read: PendingBlock[] = [];
    for (const file of files) {
      if (/\.xlsx?$/i.test(file.name))
        read.push(...(await (await tools()).readSchoolFile(file.name, new Uint8Array(await file.arrayBuffer()))));
      else read.push({ source: file.name, cells: textCells(await file.text()) });
    }
    return read;
  }, language);
  const outcome = React.useMemo((): { result?: Imported; error?: string } | null => {
    if (blocks.length === 0) return null;
    try {
      return { result: importSchools(blocks.map((b) => b.cells)) };
    } catch (error) {
      return { error: friendlyError(error, language) };
    }
  }, [blocks, language]);
  const say = (zh: string, en: string) => (language === "zh-CN" ? zh : en);
  const list = language === "zh-CN" ? "、" : ", ";
  const result = outcome?.result;
  const unitWord = (unit: string) => (language === "zh-CN" ? unit : (SHEET_WORDS_EN[`unit:${unit}`] ?? unit));
  const bracket = (text: string) => (language === "zh-CN" ? `（${text}）` : ` (${text})`);
  const describe = (column: RecognisedColumn) =>
    `“${column.header}” → ${fieldName(column.key, headerOf(column.key), language)}` +
    (column.scale !== 1
      ? bracket(tb("unitScaled", language, { unit: unitWord(column.unit ?? "") }))
      : column.unit
        ? bracket(tb("unitAsIs", language, { unit: unitWord(column.unit) }))
        : "");
  return (
    <section
      aria-label={tb("importTitle", language)}
      style={{ display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalS)" }}
    >
      <Text weight="semibold">{tb("importTitle", language)}</Text>
      <Caption1>{tb("importIntro", language)}</Caption1>
      <textarea
        aria-label={tb("pasteLabel", language)}
        style={styles.paste}
        value={paste}
        spellCheck={false}
        onChange={(event) => setPaste(event.target.value)}
      />
      <div style={styles.row}>
        <Button
          appearance="secondary"
          disabled={paste.trim() === ""}
          onClick={() => {
            change([...blocks, { source: tb("pastedSource", language), cells: textCells(paste) }]);
            setPaste("");
          }}
        >
          {tb("addPaste", language)}
        </Button>
        <Button appearance="secondary" disabled={reader.busy} onClick={() => fileInput.current?.click()}>
          {tb("chooseFiles", language)}
        </Button>
        {blocks.length > 0 && (
          <Button appearance="subtle" onClick={() => change([])}>
            {tb("clearBlocks", language)}
          </Button>
        )}
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".csv,.txt,.xlsx,text/csv"
        aria-label={tb("chooseFiles", language)}
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0)
            void reader.run(files).then((read) => {
              if (read) change([...blocks, ...read]);
            });
        }}
      />
      {reader.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("importFailed", language, { reason: reader.error })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("importFailed", language, { reason: outcome.error })}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div role="group" aria-label={tb("columnsCaption", language)}>
          {result.blocks.map((block) => (
            <div key={block.block}>
              <Caption1>
                {tb("blockLine", language, {
                  block: block.block,
                  source: blocks[block.block - 1]?.source ?? "",
                  headerRows: block.headerRows.length,
                  rows: block.rows,
                  joined: block.joinedOn ? tb(block.joinedOn === "code" ? "joinedCode" : "joinedName", language) : "",
                })}
              </Caption1>
              <div>
                <Caption1>{block.columns.map(describe).join(language === "zh-CN" ? "；" : "; ")}</Caption1>
              </div>
              {block.ignored.length > 0 && (
                <Caption1>
                  {tb("ignoredLine", language, { headers: block.ignored.map((h) => `“${h}”`).join(list) })}
                </Caption1>
              )}
            </div>
          ))}
          {result.unmatched.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <div>{tb("unmatchedTitle", language)}</div>
                <ul style={styles.list} aria-label={tb("unmatchedTitle", language)}>
                  {result.unmatched.map((row) => (
                    <li key={`${row.block}-${row.row}`}>
                      {tb("rowLine", language, { ...row, reason: say(row.reason.zh, row.reason.en) })}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {result.skipped.length > 0 && (
            <Caption1>
              {tb("skippedTitle", language)}:{" "}
              {result.skipped
                .map((row) => tb("rowLine", language, { ...row, reason: say(row.reason.zh, row.reason.en) }))
                .join(list)}
            </Caption1>
          )}
          {result.problems.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <div>{tb("problemsTitle", language)}</div>
                <ul style={styles.list}>
                  {result.problems.map((problem, i) => (
                    <li key={i}>{say(problem.zh, problem.en)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div style={styles.row}>
            <Button
              appearance="primary"
              disabled={result.schools.length === 0}
              onClick={() => onConfirm(result.schools)}
            >
              {tb("confirm", language, { count: result.schools.length })}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

const headerOf = (key: string) => INPUT_COLUMNS.find((c) => c.key === key)?.header ?? key;
