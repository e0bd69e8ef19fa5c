// The message shown inside Office when Office.js did not load, in both languages (see office-js-missing.ts).
import { OFFICE_JS_MISSING } from "../i18n/office-js";

export function showOfficeJsMissing(container: HTMLElement, url: string): void {
  const section = document.createElement("section");
  section.setAttribute("role", "alert");
  for (const language of ["zh-CN", "en-US"] as const) {
    const strings = OFFICE_JS_MISSING[language];
    const title = document.createElement("h1");
    title.lang = language;
    title.textContent = strings.title;
    const body = document.createElement("p");
    body.lang = language;
    body.textContent = strings.body.replace("{url}", url);
    section.append(title, body);
  }
  container.replaceChildren(section);
}
