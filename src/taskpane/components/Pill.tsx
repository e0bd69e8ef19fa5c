// Small status pills and the busy bar, drawn with the theme's tokens rather than Fluent's Badge and
// ProgressBar: the pane needs one look of each, and the two packages weigh several KB on the first page.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export type PillColor = "danger" | "warning" | "important" | "informative" | "success" | "subtle";

export interface PillProps {
  color: PillColor;
  /** filled (default) or tint, a light version for states such as 无数据. */
  appearance?: "filled" | "tint";
  className?: string;
  children?: React.ReactNode;
}

// The colours of Fluent's Badge for the same names, so the pane looks as before.
const usePillStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    height: "20px",
    minWidth: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  important: { backgroundColor: tokens.colorNeutralForeground1, color: tokens.colorNeutralBackground1 },
  informative: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  subtle: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  tint: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function Pill({ color, appearance = "filled", className, children }: PillProps) {
  const styles = usePillStyles();
  return <span className={mergeClasses(styles.root, appearance === "tint" ? styles.tint : styles[color], className)}>{children}</span>;
}

const useBusyStyles = makeStyles({
  bar: {
    display: "block",
    width: "100%",
    height: "2px",
    border: "none",
    accentColor: tokens.colorCompoundBrandBackground,
    backgroundColor: tokens.colorNeutralBackground6,
  },
});

export interface BusyProps {
  "aria-label"?: string;
  /** Done so far, 0 … max; absent for an indeterminate bar. */
  value?: number;
  max?: number;
  className?: string;
}

/** A progress bar (a native <progress>, role progressbar), named for screen readers. */
export function Busy({ "aria-label": label, value, max = 1, className }: BusyProps) {
  const styles = useBusyStyles();
  return <progress className={mergeClasses(styles.bar, className)} aria-label={label} value={value} max={value === undefined ? undefined : max} />;
}
