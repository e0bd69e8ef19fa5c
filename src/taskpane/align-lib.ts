// What the 规划对标 panel computes with, in one lazy chunk: the concept map, the alignment check, the
// cross-plan rows and sheet, and the panel's strings. The panel itself is small and on the first page,
// so it shares the pane's components without splitting them out of the first page's bundle.
export { BUNDLED_CONCEPTS, suggestConcepts, withConfirmed } from "../catalog/concepts";
export type { ConceptSuggestion } from "../catalog/concepts";
export { alignConcepts, countVerdicts } from "../core/align";
export type { AlignFinding, AlignVerdict } from "../core/align";
export { resolveConcepts } from "../core/concepts";
export { crossPlanRows, crossPlanSheet } from "../core/crossplan";
export { ta } from "../i18n/align";
export type { AlignStringKey } from "../i18n/align";
