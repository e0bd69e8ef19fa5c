// Inside Office without Office.js (blocked CDN, missing copy on the host): the pane says so in both
// languages instead of starting the preview, which would look like working but write nowhere. The
// message itself (office-js-message.ts) loads only then, from the add-in's own host.

/** True when the page asked for Office.js (it runs inside Office) and Office.js is not there. */
export function officeJsMissing(target: { eduplanOfficeJs?: string; Office?: unknown }): string | null {
  return target.eduplanOfficeJs !== undefined && target.Office === undefined ? target.eduplanOfficeJs : null;
}
