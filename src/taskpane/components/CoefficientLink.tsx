// 两县创建's link step: the active plan sheet's 差异系数 indicators, each linked (year and source chosen
// by the clerk) to the workbook's 差异系数 sheet; a cell holding something is asked about first.
import * as React from "react";
import { RESOURCE_INDICATORS, SHORT_NAMES } from "../../core/balance-schools";
import type { CoefficientSource } from "../../core/coefficient-link";
import type { LinkRequest } from "../../excel/coefficient-link";
import type { Language } from "../../i18n";
import { SHEET_WORDS_EN, tb } from "../../i18n/balance";
import type { BalanceTools } from "../balanceActions";
import { useAction } from "../useAction";
import type { BalanceComponents } from "./BalancePanel";

export interface CoefficientLinkProps {
  language: Language;
  components: BalanceComponents;
  tools: () => Promise<BalanceTools>;
}

const INDICATORS_EN: Record<string, string> = {
  qualified: "teachers above the required degree",
  backbone: "backbone teachers",
  peArt: "PE and arts teachers",
  teachingArea: "teaching floor area",
  sportsArea: "sports venue area",
  equipment: "equipment value",
  multimedia: "multimedia classrooms",
};

const row: React.CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: "var(--spacingHorizontalS)",
};

export default function CoefficientLink({ language, components, tools }: CoefficientLinkProps) {
  const { Button, Caption1, MessageBar, MessageBarBody, Text } = components;
  const find = useAction(async () => (await tools()).findCoefficientLinks(), language);
  const link = useAction(async (request: LinkRequest) => ({ request, result: await (await tools()).linkCoefficient(request) }), language);
  const [choices, setChoices] = React.useState<
    Record<string, { year?: number; source: CoefficientSource; sheet?: string }>
  >({});
  const found = find.result;
  const word = (text: string) => (language === "zh-CN" ? text : (SHEET_WORDS_EN[text] ?? text));
  const sourceName = (source: string) =>
    source === "composite"
      ? tb("sourceComposite", language)
      : language === "zh-CN"
        ? SHORT_NAMES[source as keyof typeof SHORT_NAMES]
        : INDICATORS_EN[source];
  return (
    <section
      aria-label={tb("linkTitle", language)}
      style={{ display: "flex", flexDirection: "column", rowGap: "var(--spacingVerticalS)" }}
    >
      <Text weight="semibold">{tb("linkTitle", language)}</Text>
      <Caption1>{tb("linkIntro", language)}</Caption1>
      <div style={row}>
        <Button disabled={find.busy} onClick={() => void find.run()}>
          {tb("findLinks", language)}
        </Button>
      </div>
      {find.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("linkFailed", language, { reason: find.error })}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.rows.length === 0 && <Caption1>{tb("noLinkRows", language, { sheet: found.sheet })}</Caption1>}
      {found && found.rows.length > 0 && found.coefficientSheets.length === 0 && (
        <Caption1>{tb("noCoefficientSheet", language)}</Caption1>
      )}
      {found &&
        found.coefficientSheets.length > 0 &&
        found.rows.map((indicator) => {
          const choice = choices[indicator.id] ?? { source: "composite" as CoefficientSource };
          const year = choice.year ?? indicator.years[indicator.years.length - 1]?.year;
          const sheet = choice.sheet ?? found.coefficientSheets[0];
          const set = (next: Partial<typeof choice>) =>
            setChoices({ ...choices, [indicator.id]: { ...choice, ...next } });
          const request: LinkRequest = {
            sheet: found.sheet,
            id: indicator.id,
            year,
            coefficientSheet: sheet,
            source: choice.source,
          };
          return (
            <div key={indicator.id} role="group" aria-label={`${indicator.name} ${word(indicator.stage)}`}>
              <Caption1>{`${indicator.id} ${indicator.name}（${word(indicator.stage)}）`}</Caption1>
              <div style={row}>
                <label>
                  {tb("linkYear", language)}{" "}
                  <select value={year} onChange={(e) => set({ year: Number(e.target.value) })}>
                    {indicator.years.map((y) => (
                      <option key={y.year} value={y.year}>
                        {y.year}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {tb("linkSource", language)}{" "}
                  <select value={choice.source} onChange={(e) => set({ source: e.target.value as CoefficientSource })}>
                    {["composite", ...RESOURCE_INDICATORS.map((i) => i.key)].map((source) => (
                      <option key={source} value={source}>
                        {sourceName(source)}
                      </option>
                    ))}
                  </select>
                </label>
                {found.coefficientSheets.length > 1 && (
                  <label>
                    {tb("linkSheet", language)}{" "}
                    <select value={sheet} onChange={(e) => set({ sheet: e.target.value })}>
                      {found.coefficientSheets.map((name) => (
                        <option key={name}>{name}</option>
                      ))}
                    </select>
                  </label>
                )}
                <Button disabled={link.busy} onClick={() => void link.run(request)}>
                  {tb("linkButton", language)}
                </Button>
              </div>
            </div>
          );
        })}
      {link.result && link.result.result.written && (
        <MessageBar intent="success">
          <MessageBarBody>
            {tb("linked", language, {
              address: link.result.result.address,
              sheet: link.result.request.coefficientSheet,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {link.result && !link.result.result.written && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {tb("linkAsk", language, { address: link.result.result.address, current: link.result.result.current })}{" "}
            <Button
              size="small"
              onClick={() => link.result && void link.run({ ...link.result.request, replace: true })}
            >
              {tb("linkReplace", language)}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {link.error && (
        <MessageBar intent="error">
          <MessageBarBody>{tb("linkFailed", language, { reason: link.error })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
