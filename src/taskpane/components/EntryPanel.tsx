// The 自定义规划 tab: insert a 规划录入表, generate a plan from it (problems listed at their cells),
// or read a template sheet or file back into a plan; asks before replacing a plan with the same id.
import * as React from "react";
import type { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Busy } from "./Pill";
import { Language } from "../../core/messages";
import { Plan } from "../../core/plan";
import { EntryProblem, SheetCells, planFromSheet, problemText } from "../../core/plan-from-sheet";
import { te } from "../../i18n/entry";
import type { EntryActions } from "../entryActions";
import { GenerateOutcome, generatePlan, savePlan } from "../entryFlow";
import type { useAction } from "../useAction";
import { extractText } from "../../i18n/extract";

// 从文本导入 is a chunk of its own: the extractor loads when the clerk opens it. Left unnamed (as are the
// .docx reader and opencc-js): a named chunk adds its name to the first page's chunk map.
const ImportTextPanel = React.lazy(() => import("./ImportTextPanel"));

/**
 * The pane's own components and hook, handed in by App: importing them here would make webpack keep
 * each as a separate module in the first page (no longer inlined), adding kilobytes to it.
 */
export interface EntryUi {
  Button: typeof Button;
  Caption1: typeof Caption1;
  MessageBar: typeof MessageBar;
  MessageBarBody: typeof MessageBarBody;
  ProgressBar: typeof Busy;
  Text: typeof Text;
  useAction: typeof useAction;
}

export interface EntryPanelProps {
  language: Language;
  plans: readonly Plan[];
  /** The entry tab's workbook actions, loaded with this chunk. */
  entryActions: () => Promise<EntryActions>;
  /** Validates and keeps the plan in the workbook (as a JSON import does). */
  importPlan: (raw: unknown, file: string) => Promise<Plan>;
  ui: EntryUi;
}

// Fluent's tokens are CSS variables; naming them here keeps Griffel and the token table out of this chunk.
const STYLES = {
  panel: { display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalM)" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalXS)" },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "start", height: "auto", fontWeight: "var(--fontWeightRegular)" },
  actions: { display: "flex", gap: "var(--spacingHorizontalS)", marginTop: "var(--spacingVerticalS)" },
} satisfies Record<string, React.CSSProperties>;

interface ProblemListProps {
  ui: EntryUi;
  language: Language;
  problems: EntryProblem[];
  /** Null when the problems are in a file, not in this workbook. */
  onSelect: ((problem: EntryProblem) => void) | null;
}

function ProblemList({ ui: { Button, Text }, language, problems, onSelect }: ProblemListProps) {
  return (
    <ul style={STYLES.list}>
      {problems.map((problem, n) => {
        const message = problemText(problem, language);
        const label = `${te(problem.severity === "error" ? "error" : "warning", language)} · ${
          problem.address ? te("atCell", language, { address: problem.address, message }) : te("wholeSheet", language, { message })
        }`;
        return (
          <li key={`${problem.address}-${problem.key}-${n}`}>
            {onSelect && problem.address ? (
              <Button style={STYLES.item} appearance="subtle" onClick={() => onSelect(problem)}>
                {label}
              </Button>
            ) : (
              <Text>{label}</Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type Source = { from: "sheet" } | { from: "file"; file: File };

/** The first sheet of a file that holds a plan table. */
function sheetWithPlan(sheets: SheetCells[], language: Language): SheetCells {
  const found = sheets.find((cells) => !planFromSheet(cells).problems.some((p) => p.key === "noTable"));
  if (!found) throw new Error(te("noSheetInFile", language));
  return found;
}

export default function EntryPanel({ language, plans, entryActions, importPlan, ui }: EntryPanelProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Text, useAction } = ui;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = React.useState<GenerateOutcome | "cancelled" | null>(null);
  const [fromFile, setFromFile] = React.useState(false);
  const [fromText, setFromText] = React.useState(false);
  const deps = React.useMemo(
    () => ({
      plans,
      save: (plan: Plan, file: string) => importPlan(plan, file),
      insertTemplate: async (plan: Plan) => (await entryActions()).insertTemplate(plan),
    }),
    [plans, importPlan, entryActions]
  );
  const newEntry = useAction(async () => (await entryActions()).insertEntrySheet(), language);
  const generate = useAction(async (source: Source) => {
    setOutcome(null);
    setFromFile(source.from === "file");
    const actions = await entryActions();
    const cells = source.from === "sheet" ? await actions.readActiveSheet() : sheetWithPlan(await actions.readFile(await source.file.arrayBuffer()), language);
    const next = await generatePlan(cells, deps);
    setOutcome(next);
    return next;
  }, language);
  const confirm = useAction(async (pending: Extract<GenerateOutcome, { step: "confirmReplace" }>) => {
    const next = await savePlan(pending.plan, pending.kind, pending.sheet, pending.problems, true, deps);
    setOutcome(next);
    return next;
  }, language);
  const select = useAction(async (problem: EntryProblem) => (await entryActions()).select(problem.sheet, problem.address!), language);
  const busy = newEntry.busy || generate.busy || confirm.busy;
  const failure = newEntry.error ?? generate.error ?? confirm.error ?? select.error;
  const onSelect = fromFile ? null : (problem: EntryProblem) => void select.run(problem);
  const counts = (problems: EntryProblem[]) => ({
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
  });

  return (
    <div style={STYLES.panel}>
      <Caption1>{te("intro", language)}</Caption1>
      <Button appearance="primary" disabled={busy} onClick={() => newEntry.run()}>
        {te("newEntry", language)}
      </Button>
      {newEntry.result && (
        <MessageBar intent="success">
          <MessageBarBody>{te("entryInserted", language, { sheet: newEntry.result.sheetName })}</MessageBarBody>
        </MessageBar>
      )}
      <Button disabled={busy} onClick={() => generate.run({ from: "sheet" })}>
        {te("generate", language)}
      </Button>
      <Caption1>{te("generateHint", language)}</Caption1>
      <Button disabled={busy} onClick={() => generate.run({ from: "sheet" })}>
        {te("fromTemplate", language)}
      </Button>
      <Caption1>{te("fromTemplateHint", language)}</Caption1>
      <Button appearance="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
        {te("fromFile", language)}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={te("fromFile", language)}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void generate.run({ from: "file", file });
        }}
      />
      <Button appearance="secondary" disabled={busy} aria-expanded={fromText} onClick={() => setFromText((open) => !open)}>
        {extractText("title", language)}
      </Button>
      {fromText && (
        <React.Suspense fallback={<ProgressBar aria-label={te("working", language)} />}>
          <ImportTextPanel language={language} entryActions={entryActions} ui={ui} />
        </React.Suspense>
      )}
      {busy && <ProgressBar aria-label={te("working", language)} />}
      {outcome && outcome !== "cancelled" && outcome.step === "problems" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <Text role="status">{te("problemsFound", language, counts(outcome.problems))}</Text>
            <ProblemList ui={ui} language={language} problems={outcome.problems} onSelect={onSelect} />
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome !== "cancelled" && outcome.step === "confirmReplace" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {te("replaceAsk", language, { id: outcome.existing.id, title: outcome.existing.title, count: outcome.plan.indicators.length })}
            <div style={STYLES.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => confirm.run(outcome)}>
                {te("replace", language)}
              </Button>
              <Button disabled={busy} onClick={() => setOutcome("cancelled")}>
                {te("cancel", language)}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{te("cancelled", language)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome !== "cancelled" && outcome.step === "saved" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <Text role="status">
              {te(outcome.replaced ? "savedReplaced" : "saved", language, { title: outcome.plan.title, id: outcome.plan.id, count: outcome.plan.indicators.length })}
              {outcome.template && ` ${te("templateInserted", language, { sheet: outcome.template.sheetName })}`}
            </Text>
            {outcome.problems.length > 0 && (
              <>
                <Text>{te("warningsOnly", language)}</Text>
                <ProblemList ui={ui} language={language} problems={outcome.problems} onSelect={onSelect} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{te("failed", language, { reason: failure })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
