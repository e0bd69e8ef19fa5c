// A short reference of the EDU functions, each with an example that can go into the selected cell.
import * as React from "react";
import { Body1, Button, Caption1, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionReference } from "../../functions/reference";
import { Language, t } from "../../i18n";
import { useAction } from "../useAction";

export interface FunctionsPanelProps {
  language: Language;
  insertFormula: (formula: string) => Promise<string>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  example: { wordBreak: "break-all" },
});

export function FunctionsPanel({ language, insertFormula }: FunctionsPanelProps) {
  const styles = useStyles();
  const inserting = useAction(insertFormula, language);
  // The reference (examples and descriptions in both languages) loads when the tab is first shown.
  const [reference, setReference] = React.useState<readonly FunctionReference[] | null>(null);
  React.useEffect(() => {
    let live = true;
    void import(/* webpackChunkName: "function-reference" */ "../../functions/reference").then((loaded) => live && setReference(loaded.FUNCTION_REFERENCE));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className={styles.panel}>
      <Body1>{t("functionsIntro", language)}</Body1>
      {inserting.result && (
        <MessageBar intent="success">
          <MessageBarBody>{t("exampleInserted", language, { address: inserting.result })}</MessageBarBody>
        </MessageBar>
      )}
      {inserting.error && (
        <MessageBar intent="error">
          <MessageBarBody>{inserting.error}</MessageBarBody>
        </MessageBar>
      )}
      {!reference && <Caption1>{t("loading", language)}</Caption1>}
      {(reference ?? []).map((fn) => (
        <Card key={fn.name} size="small" aria-label={`EDU.${fn.name}`}>
          <Text weight="semibold">EDU.{fn.name}</Text>
          <Caption1>{fn.description[language]}</Caption1>
          <code className={styles.example}>
            {fn.example} → {fn.result}
          </code>
          <Button
            size="small"
            disabled={inserting.busy}
            aria-label={`${t("insertExample", language)} EDU.${fn.name}`}
            onClick={() => inserting.run(fn.example)}
          >
            {t("insertExample", language)}
          </Button>
        </Card>
      ))}
    </div>
  );
}
