// The 规划对标 panel's view, loaded with its logic (chunk "align"): the pane's Fluent components, classes
// and helpers come in as props (see AlignPanel.tsx for why).
import * as React from "react";
import type { Pill } from "./Pill";
import type { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { ConceptSuggestion } from "../../catalog/concepts";
import type { AlignFinding, AlignVerdict } from "../../core/align";
import type { LatestValue } from "../../core/crossplan";
import type { Plan } from "../../core/plan";
import type { AlignStringKey } from "../../i18n/align";
import type { formatFigure } from "../format";
import type { useAction } from "../useAction";
import type { AlignPanelProps } from "./AlignPanel";

type AlignLib = typeof import("../align-lib");

export interface AlignUi {
  Badge: typeof Pill;
  Body1: typeof Body1;
  Button: typeof Button;
  Caption1: typeof Caption1;
  Field: typeof Field;
  MessageBar: typeof MessageBar;
  MessageBarBody: typeof MessageBarBody;
  Select: typeof Select;
  Subtitle2: typeof Subtitle2;
  Text: typeof Text;
  useAction: typeof useAction;
  formatFigure: typeof formatFigure;
}

export type AlignClasses = Record<"panel" | "section" | "buttons" | "list" | "row" | "finding" | "badge" | "tick", string>;

export interface AlignViewProps extends AlignPanelProps {
  lib: AlignLib;
  ui: AlignUi;
  classes: AlignClasses;
}

const BADGES: Record<AlignVerdict, "danger" | "subtle" | "success" | "informative"> = {
  weaker: "danger",
  equal: "informative",
  stronger: "success",
  skipped: "subtle",
};

const ORDER: AlignVerdict[] = ["weaker", "equal", "stronger", "skipped"];

export function AlignView({ lib, ui, classes, language, plans, readLatest, writeSheet, loadConceptLinks, saveConceptLinks }: AlignViewProps) {
  const { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2, Text, useAction, formatFigure } = ui;
  const styles = classes;
  const { BUNDLED_CONCEPTS, alignConcepts, countVerdicts, crossPlanRows, crossPlanSheet, resolveConcepts, suggestConcepts, ta, withConfirmed } = lib;
  const [links, setLinks] = React.useState<ConceptSuggestion[]>([]);
  React.useEffect(() => {
    let live = true;
    void loadConceptLinks().then((stored) => live && setLinks(stored));
    return () => {
      live = false;
    };
  }, [loadConceptLinks]);
  const map = React.useMemo(() => withConfirmed(BUNDLED_CONCEPTS, plans, links), [BUNDLED_CONCEPTS, withConfirmed, plans, links]);
  const resolved = React.useMemo(
    () => resolveConcepts(map, plans).filter((c) => new Set(c.entries.map((e) => e.plan.id)).size >= 2),
    [resolveConcepts, map, plans]
  );
  const findings = React.useMemo(() => alignConcepts(resolved), [alignConcepts, resolved]);
  const [conceptId, setConceptId] = React.useState(resolved[0]?.concept.id ?? "");
  const current = resolved.find((c) => c.concept.id === conceptId) ?? resolved[0];

  const reading = useAction(readLatest, language);
  const latest = reading.result ?? new Map<string, LatestValue>();
  const rows = current ? crossPlanRows(current, latest) : [];
  const writing = useAction(writeSheet, language);
  const write = () => {
    if (!current) return;
    const own = findings.filter((f) => f.concept === current.concept.id);
    void writing.run((existingSheets) => crossPlanSheet(current, rows, language, { existingSheets, findings: own }));
  };

  const counts = countVerdicts(findings);
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict));

  // A clerk's own plans: those the bundled map does not name.
  const mapped = new Set(BUNDLED_CONCEPTS.concepts.flatMap((c) => c.entries.map((e) => e.indicator)));
  const ownPlans = plans.filter((p) => !p.indicators.some((i) => mapped.has(i.id)));
  const suggestions = ownPlans.map((plan) => ({
    plan,
    suggested: suggestConcepts(plan, BUNDLED_CONCEPTS, plans).filter((s) => !links.some((l) => l.indicator === s.indicator)),
  }));
  const [ticked, setTicked] = React.useState<ReadonlySet<string>>(new Set());
  const save = React.useCallback(async (next: ConceptSuggestion[]) => {
    await saveConceptLinks(next);
    return next;
  }, [saveConceptLinks]);
  const confirming = useAction(save, language);
  const confirm = async () => {
    const chosen = suggestions.flatMap((s) => s.suggested).filter((s) => ticked.has(s.indicator));
    const saved = await confirming.run([...links, ...chosen]);
    if (!saved) return; // the error shows; nothing is taken as confirmed
    setLinks(saved);
    setTicked(new Set());
  };

  const conceptName = (id: string) => map.concepts.find((c) => c.id === id)?.name[language] ?? id;
  const indicatorName = (plan: Plan, id: string) => plan.indicators.find((i) => i.id === id)?.name ?? id;

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-label={ta("crossPlan", language)}>
        <Subtitle2 as="h2">{ta("crossPlan", language)}</Subtitle2>
        <Caption1>{ta("crossPlanHint", language)}</Caption1>
        <Field label={ta("concept", language)}>
          <Select value={current?.concept.id ?? ""} onChange={(_, data) => setConceptId(data.value)}>
            {resolved.map(({ concept, entries }) => (
              <option key={concept.id} value={concept.id}>
                {ta("conceptOption", language, { name: concept.name[language], count: entries.length })}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.buttons}>
          <Button disabled={reading.busy} onClick={() => void reading.run()}>
            {reading.busy ? ta("reading", language) : ta("readLatest", language)}
          </Button>
          <Button appearance="primary" disabled={writing.busy || !current} onClick={write}>
            {writing.busy ? ta("writing", language) : ta("writeSheet", language)}
          </Button>
        </div>
        {reading.result && (
          <MessageBar intent="info">
            <MessageBarBody>{reading.result.size ? ta("readDone", language, { count: reading.result.size }) : ta("readNone", language)}</MessageBarBody>
          </MessageBar>
        )}
        {reading.error && (
          <MessageBar intent="error">
            <MessageBarBody>{ta("readFailed", language, { reason: reading.error })}</MessageBarBody>
          </MessageBar>
        )}
        {writing.result && (
          <MessageBar intent="success">
            <MessageBarBody>{ta("written", language, { sheet: writing.result.sheetName })}</MessageBarBody>
          </MessageBar>
        )}
        {writing.error && (
          <MessageBar intent="error">
            <MessageBarBody>{ta("writeFailed", language, { reason: writing.error })}</MessageBarBody>
          </MessageBar>
        )}
        {current?.concept.note && <Caption1>{current.concept.note[language]}</Caption1>}
        <ul className={styles.list} aria-label={current?.concept.name[language]}>
          {rows.map((row) => (
            <li key={row.indicatorId} className={styles.row}>
              <Text weight="semibold">
                {row.region} · {row.indicator}
              </Text>
              <Caption1>{row.planTitle}</Caption1>
              <Body1>
                {ta("target", language)} {ta("targetIn", language, { figure: row.target, year: row.targetYear })}
                {row.baselineValue !== null && ` · ${ta("baseline", language)} ${ta("targetIn", language, { figure: formatFigure(row.baselineValue, row.unit), year: row.baselineYear ?? "" })}`}
              </Body1>
              {reading.result && (
                <Body1>
                  {ta("latest", language)}{" "}
                  {row.latest && row.latest.value !== null
                    ? `${ta("targetIn", language, { figure: formatFigure(row.latest.value, row.unit), year: row.latest.year ?? "" })}${row.latest.status ? ` · ${row.latest.status}` : ""}`
                    : row.latest?.status ?? ta("noLatest", language)}
                </Body1>
              )}
              <Caption1>
                {ta("reference", language)} {row.indicatorId} {row.ref}
              </Caption1>
              {row.definition && (
                <Caption1>{ta("definition", language, { text: row.definition[language] })}</Caption1>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-label={ta("alignment", language)}>
        <Subtitle2 as="h2">{ta("alignment", language)}</Subtitle2>
        <Caption1>{ta("alignmentHint", language)}</Caption1>
        {findings.length === 0 ? (
          <Body1>{ta("alignmentNone", language)}</Body1>
        ) : (
          <>
            <Text>{ta("alignmentCounts", language, { count: findings.length, ...counts })}</Text>
            <ul className={styles.list} aria-label={ta("alignment", language)}>
              {sorted.map((finding: AlignFinding) => (
                <li key={`${finding.concept} ${finding.city.indicatorId} ${finding.district.indicatorId}`} className={styles.finding}>
                  <Badge className={styles.badge} appearance="filled" color={BADGES[finding.verdict]}>
                    {ta(`verdict_${finding.verdict}` as AlignStringKey, language)}
                  </Badge>
                  <Body1>
                    <Text weight="semibold">{finding.conceptName[language]}</Text> {finding.message[language]}
                  </Body1>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {ownPlans.length > 0 && (
        <section className={styles.section} aria-label={ta("suggestions", language)}>
          <Subtitle2 as="h2">{ta("suggestions", language)}</Subtitle2>
          <Caption1>{ta("suggestionsHint", language)}</Caption1>
          {suggestions.map(({ plan, suggested }) =>
            suggested.length === 0 ? (
              <Body1 key={plan.id}>{ta("noSuggestions", language, { plan: plan.title })}</Body1>
            ) : (
              suggested.map((s) => {
                const label = ta("suggestion", language, { indicator: `${plan.region.name} ${indicatorName(plan, s.indicator)}`, concept: conceptName(s.concept), score: s.score });
                return (
                  // A native checkbox, as in the check's 转换为数值 list: the clerk ticks each link to confirm.
                  <label key={s.indicator} className={styles.tick}>
                    <input
                      type="checkbox"
                      checked={ticked.has(s.indicator)}
                      onChange={(event) => {
                        const next = new Set(ticked);
                        if (event.target.checked) next.add(s.indicator);
                        else next.delete(s.indicator);
                        setTicked(next);
                      }}
                    />
                    <Body1>{label}</Body1>
                  </label>
                );
              })
            )
          )}
          {suggestions.some((s) => s.suggested.length > 0) && (
            <Button disabled={ticked.size === 0 || confirming.busy} onClick={() => void confirm()}>
              {ta("confirm", language, { count: ticked.size })}
            </Button>
          )}
          {confirming.result && !confirming.busy && (
            <MessageBar intent="success">
              <MessageBarBody>{ta("confirmed", language, { count: confirming.result.length })}</MessageBarBody>
            </MessageBar>
          )}
          {confirming.error && (
            <MessageBar intent="error">
              <MessageBarBody>{confirming.error}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </div>
  );
}
