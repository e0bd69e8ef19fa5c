// 从文本导入 inside the 自定义规划 tab: paste a plan or open a .txt / .docx, review each proposal beside its
// quote (accept, edit, reject), and fill a new entry sheet with the accepted ones. A lazy chunk of its own.
import * as React from "react";
import { LocalizedError } from "../../core/errors";
import type { Extraction } from "../../core/extract/extract";
import { Reviewed, accepted, decide, decideAll, edit, startReview } from "../../core/extract/review";
import { entryHead, entryRows } from "../../core/extract/to-entry";
import { Language } from "../../core/messages";
import { RULE_KINDS, RuleKind } from "../../core/plan";
import { RULE_LABELS } from "../../core/rules";
import { extractText as tx } from "../../i18n/extract";
import type { EntryActions } from "../entryActions";
import { proposeFromText, readPlanFile } from "../planText";
import type { EntryUi } from "./EntryPanel";

export interface ImportTextPanelProps {
  language: Language;
  entryActions: () => Promise<EntryActions>;
  ui: EntryUi;
}

const STYLES = {
  panel: { display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalS)" },
  text: { width: "100%", minHeight: "8em", boxSizing: "border-box", font: "inherit" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "var(--spacingVerticalS)",
  },
  card: {
    border: "1px solid var(--colorNeutralStroke2)",
    borderRadius: "var(--borderRadiusMedium)",
    padding: "var(--spacingVerticalS) var(--spacingHorizontalS)",
  },
  quote: {
    margin: "var(--spacingVerticalXS) 0",
    paddingInlineStart: "var(--spacingHorizontalS)",
    borderInlineStart: "3px solid var(--colorNeutralStroke1)",
    color: "var(--colorNeutralForeground3)",
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", gap: "var(--spacingHorizontalS)", alignItems: "center" },
  field: { display: "flex", flexDirection: "column", font: "inherit", flex: "1 1 8em" },
  input: { font: "inherit", minWidth: 0 },
} satisfies Record<string, React.CSSProperties>;

interface Draft {
  name: string;
  target: string;
  unit: string;
  targetYear: string;
  rule: RuleKind;
}

function figure(reviewed: Reviewed, language: Language): string {
  const p = reviewed.proposal;
  const rule = RULE_LABELS[p.rule][language];
  const value =
    p.target.value === null
      ? ""
      : ` ${p.target.value}${p.target.high !== undefined ? `–${p.target.high}` : ""}${p.unit}`;
  return `${rule}${value} · ${p.target.year}`;
}

export default function ImportTextPanel({ language, entryActions, ui }: ImportTextPanelProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Text, useAction } = ui;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [text, setText] = React.useState("");
  const [review, setReview] = React.useState<Reviewed[] | null>(null);
  const [found, setFound] = React.useState<Extraction | null>(null);
  const [editing, setEditing] = React.useState<{ index: number; draft: Draft } | null>(null);
  const find = useAction(async (source: string) => {
    setReview(null);
    setEditing(null);
    const result = await proposeFromText(source);
    setFound(result);
    setReview(startReview(result.proposals));
    return result;
  }, language);
  const open = useAction(async (file: File) => {
    const read = await readPlanFile(file);
    setText(read);
    await find.run(read);
  }, language);
  const fill = useAction(async () => {
    const chosen = accepted(review ?? []);
    if (!chosen.length)
      throw new LocalizedError(tx("noneAccepted", "zh-CN"), tx("noneAccepted", "en-US"), tx("noneAccepted", "zh-CN"));
    const result = await (
      await entryActions()
    ).insertEntrySheet({ rows: entryRows(chosen), head: found ? entryHead(found) : {} });
    return { sheet: result.sheetName, count: chosen.length };
  }, language);
  const busy = find.busy || open.busy || fill.busy;
  const failure = open.error ?? find.error ?? fill.error;
  const acceptedCount = review ? accepted(review).length : 0;
  const startEdit = (index: number) => {
    const p = review![index].proposal;
    setEditing({
      index,
      draft: {
        name: p.name,
        target: p.target.value === null ? "" : String(p.target.value),
        unit: p.unit,
        targetYear: String(p.target.year),
        rule: p.rule,
      },
    });
  };
  const finishEdit = () => {
    if (!editing || !review) return;
    const { draft } = editing;
    const target = draft.target.trim() === "" ? null : Number(draft.target);
    setReview(
      edit(review, editing.index, {
        name: draft.name,
        unit: draft.unit,
        rule: draft.rule,
        targetYear: Number(draft.targetYear),
        target,
      })
    );
    setEditing(null);
  };
  const change = (key: keyof Draft) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setEditing((e) => (e ? { ...e, draft: { ...e.draft, [key]: event.target.value } } : e));

  return (
    <section style={STYLES.panel} aria-label={tx("title", language)}>
      <Text weight="semibold">{tx("title", language)}</Text>
      <Caption1>{tx("intro", language)}</Caption1>
      <textarea
        style={STYLES.text}
        aria-label={tx("paste", language)}
        placeholder={tx("paste", language)}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div style={STYLES.row}>
        <Button appearance="primary" disabled={busy} onClick={() => find.run(text)}>
          {tx("find", language)}
        </Button>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {tx("openFile", language)}
        </Button>
      </div>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept=".txt,.docx,.htm,.html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label={tx("openFile", language)}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void open.run(file);
        }}
      />
      {busy && <ProgressBar aria-label={tx("finding", language)} />}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {found && review && (
        <Text role="status">
          {tx("found", language, { count: review.length, milestones: found.milestones.length })}
          {found.converted && ` ${tx("converted", language)}`}
        </Text>
      )}
      {review && review.length > 0 && (
        <>
          <ul style={STYLES.list}>
            {review.map((reviewed, index) => (
              <li key={reviewed.proposal.id} style={STYLES.card} data-verdict={reviewed.verdict}>
                {editing?.index === index ? (
                  <div style={STYLES.row}>
                    {(["name", "target", "unit", "targetYear"] as const).map((key) => (
                      <label key={key} style={STYLES.field}>
                        {tx(key, language)}
                        <input
                          style={STYLES.input}
                          value={editing.draft[key]}
                          inputMode={key === "target" || key === "targetYear" ? "decimal" : undefined}
                          onChange={change(key)}
                        />
                      </label>
                    ))}
                    <select
                      style={STYLES.input}
                      aria-label={tx("target", language)}
                      value={editing.draft.rule}
                      onChange={change("rule")}
                    >
                      {RULE_KINDS.map((rule) => (
                        <option key={rule} value={rule}>
                          {RULE_LABELS[rule][language]}
                        </option>
                      ))}
                    </select>
                    <Button appearance="primary" onClick={finishEdit}>
                      {tx("done", language)}
                    </Button>
                  </div>
                ) : (
                  <>
                    <Text weight="semibold">{reviewed.proposal.name}</Text> <Text>{figure(reviewed, language)}</Text>
                    {reviewed.verdict !== "pending" && <Caption1> · {tx(reviewed.verdict, language)}</Caption1>}
                  </>
                )}
                <blockquote style={STYLES.quote} aria-label={tx("quote", language)}>
                  {reviewed.proposal.quote}
                </blockquote>
                <Caption1>
                  {tx("where", language)}: {reviewed.proposal.refs.join("；")}
                </Caption1>
                {editing?.index !== index && (
                  <div style={STYLES.row}>
                    <Button
                      size="small"
                      appearance={reviewed.verdict === "accepted" ? "primary" : "secondary"}
                      onClick={() => setReview(decide(review, index, "accepted"))}
                    >
                      {tx("accept", language)}
                    </Button>
                    <Button size="small" onClick={() => startEdit(index)}>
                      {tx("edit", language)}
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => setReview(decide(review, index, "rejected"))}
                    >
                      {tx("reject", language)}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {found && found.milestones.length > 0 && (
            <details>
              <summary>{tx("milestones", language)}</summary>
              <ul>
                {found.milestones.map((m, i) => (
                  <li key={i}>
                    {m.year}：{m.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div style={STYLES.row}>
            <Button disabled={busy} onClick={() => setReview(decideAll(review, "accepted"))}>
              {tx("acceptAll", language)}
            </Button>
            <Button appearance="primary" disabled={busy || acceptedCount === 0} onClick={() => fill.run()}>
              {tx("fill", language, { count: acceptedCount })}
            </Button>
          </div>
        </>
      )}
      {fill.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tx("filled", language, { sheet: fill.result.sheet, count: fill.result.count })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
