// Task pane entry: waits for Office, picks the language, and renders the app inside one FluentProvider.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { languageFrom, t } from "../i18n";

Office.onReady(() => {
  const language = languageFrom(Office.context?.displayLanguage);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">{t("appTitle", language)}</Title3>
    </FluentProvider>
  );
});
