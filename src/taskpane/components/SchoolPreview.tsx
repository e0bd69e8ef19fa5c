// What the confirmed schools give, before anything is written: per stage the schools assessed and
// meeting the per-school rule, each indicator's coefficient and the composite, and each school's verdict.
import * as React from "react";
import { RESOURCE_INDICATORS, SHORT_NAMES, STAGES, SchoolRow, evaluateSchools } from "../../core/balance-schools";
import type { Language } from "../../i18n";
import { SHEET_WORDS_EN, tb } from "../../i18n/balance";
import type { BalanceComponents } from "./BalancePanel";

export interface SchoolPreviewProps {
  language: Language;
  components: BalanceComponents;
  schools: readonly SchoolRow[];
}

const INDICATORS_EN: Record<string, string> = {
  qualified: "Teachers above the required degree",
  backbone: "Backbone teachers",
  peArt: "PE and arts teachers",
  teachingArea: "Teaching floor area",
  sportsArea: "Sports venue area",
  equipment: "Equipment value",
  multimedia: "Multimedia classrooms",
};

const cellStyle: React.CSSProperties = {
  padding: "1px 4px",
  borderBottom: "1px solid var(--colorNeutralStroke2)",
  textAlign: "left",
};
const tableStyle: React.CSSProperties = {
  borderCollapse: "collapse",
  fontSize: "var(--fontSizeBase200)",
  width: "100%",
};

export default function SchoolPreview({ language, components, schools }: SchoolPreviewProps) {
  const { Caption1, Text } = components;
  const evaluation = React.useMemo(() => evaluateSchools(schools), [schools]);
  const word = (text: string) => (language === "zh-CN" ? text : (SHEET_WORDS_EN[text] ?? text));
  const coefficient = (value: number | string) =>
    typeof value === "number" ? value.toFixed(3) : value === "" ? tb("noValue", language) : value;
  return (
    <section
      aria-label={tb("previewTitle", language)}
      style={{ display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalS)" }}
    >
      <Text weight="semibold">{tb("previewTitle", language)}</Text>
      {STAGES.filter((stage) => evaluation.stages[stage].schools > 0).map((stage) => {
        const summary = evaluation.stages[stage];
        return (
          <div key={stage}>
            <Caption1>
              {tb("stageLine", language, {
                stage: word(stage),
                schools: summary.schools,
                meeting: summary.schoolsMeeting,
                composite: coefficient(summary.composite),
                status: word(summary.compositeStatus) || tb("noValue", language),
              })}
            </Caption1>
            <table style={tableStyle} aria-label={`${word(stage)} ${tb("colCoefficient", language)}`}>
              <thead>
                <tr>
                  <th style={cellStyle}>{tb("colIndicator", language)}</th>
                  <th style={cellStyle}>{tb("colCoefficient", language)}</th>
                  <th style={cellStyle}>{tb("colVerdict", language)}</th>
                </tr>
              </thead>
              <tbody>
                {RESOURCE_INDICATORS.map((indicator) => (
                  <tr key={indicator.key}>
                    <td style={cellStyle}>
                      {language === "zh-CN" ? SHORT_NAMES[indicator.key] : INDICATORS_EN[indicator.key]}
                    </td>
                    <td style={cellStyle}>{coefficient(summary.indicators[indicator.key].cv)}</td>
                    <td style={cellStyle}>{word(summary.indicators[indicator.key].status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <table style={tableStyle} aria-label={tb("colSchool", language)}>
        <thead>
          <tr>
            <th style={cellStyle}>{tb("colSchool", language)}</th>
            <th style={cellStyle}>{tb("colStage", language)}</th>
            <th style={cellStyle}>{tb("colMet", language)}</th>
            <th style={cellStyle}>{tb("colVerdict", language)}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.rows.map((row, i) =>
            row.blank ? null : (
              <tr key={i}>
                <td style={cellStyle}>{String(schools[i].name ?? "")}</td>
                <td style={cellStyle}>{word(String(schools[i].stage ?? ""))}</td>
                <td style={cellStyle}>{row.metCount === "" ? "" : `${row.metCount}/7`}</td>
                <td style={cellStyle}>
                  {row.inScope
                    ? word(row.verdict)
                    : `${tb("colNotAssessed", language)}${language === "zh-CN" ? `（${row.reason}）` : ""}`}
                </td>
              </tr>
            )
          )}
        </tbody>
      </table>
    </section>
  );
}
