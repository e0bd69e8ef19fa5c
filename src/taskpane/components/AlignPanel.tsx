// 规划对标: one concept across every plan that has it (with the workbook's latest values), written as a
// sheet on request; district targets checked against their city's; name-based links for own plans.
// This shell is on the pane's first page; the view, its logic, data and strings load on first showing
// (chunk "align") and get the pane's own Fluent components and classes, since a lazy chunk importing
// Fluent itself splits Fluent's modules out of the first page's bundle and makes it larger.
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ConceptSuggestion } from "../../catalog/concepts";
import type { LatestValue } from "../../core/crossplan";
import type { SheetLayout } from "../../core/layout";
import type { Plan } from "../../core/plan";
import type { WrittenSheet } from "../../excel/crossplan";
import { Language, t } from "../../i18n";
import { formatFigure } from "../format";
import { useAction } from "../useAction";
import type { AlignClasses, AlignUi } from "./AlignView";
import { Pill } from "./Pill";

type AlignLib = typeof import("../align-lib");

export interface AlignPanelProps {
  language: Language;
  plans: readonly Plan[];
  readLatest: () => Promise<Map<string, LatestValue>>;
  writeSheet: (build: (existingSheets: string[]) => SheetLayout) => Promise<WrittenSheet>;
  loadConceptLinks: () => Promise<ConceptSuggestion[]>;
  saveConceptLinks: (links: ConceptSuggestion[]) => Promise<void>;
}

const ALIGN_UI: AlignUi = { Badge: Pill, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2, Text, useAction, formatFigure };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  finding: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  tick: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
});

/** Loads the panel's logic, data and strings on first showing; until then says it is loading. */
export function AlignPanel(props: AlignPanelProps) {
  const styles = useStyles();
  const [lib, setLib] = React.useState<AlignLib | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  React.useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "align" */ "../align-lib").then(
      (loaded) => live && setLib(loaded),
      (error: unknown) => live && setFailed(String(error))
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{failed}</MessageBarBody>
      </MessageBar>
    );
  }
  const classes: AlignClasses = styles;
  return lib ? <lib.AlignView lib={lib} ui={ALIGN_UI} classes={classes} {...props} /> : <Body1>{t("loading", props.language)}</Body1>;
}

