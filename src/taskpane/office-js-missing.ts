// Inside Office without Office.js (blocked CDN, missing copy on the host): the pane says so in both
// languages instead of starting the preview, which would look like working but write nowhere.
import { OFFICE_JS_MISSING } from "../i18n/office-js";

/** True when the page asked for Office.js (it runs inside Office) and Office.js is not there. */
export function officeJsMissing(target: { eduplanOfficeJs?: string; Office?: unknown }): string | null {
  return target.eduplanOfficeJs !== undefined && target.Office === undefined ? target.eduplanOfficeJs : null;
}

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
