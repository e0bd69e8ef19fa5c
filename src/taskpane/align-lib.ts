// What the 规划对标 panel computes with, in one lazy chunk: the concept map, the alignment check, the
// cross-plan rows and sheet, the panel's strings and its view. The panel's shell is on the first page
// and hands the view the pane's own components, so Fluent stays whole in the first page's bundle.
export { BUNDLED_CONCEPTS, suggestConcepts, withConfirmed } from "../catalog/concepts";
export type { ConceptSuggestion } from "../catalog/concepts";
export { alignConcepts, countVerdicts } from "../core/align";
export type { AlignFinding, AlignVerdict } from "../core/align";
export { resolveConcepts } from "../core/concepts";
export { crossPlanRows, crossPlanSheet } from "../core/crossplan";
export { ta } from "../i18n/align";
export type { AlignStringKey } from "../i18n/align";
export { AlignView } from "./components/AlignView";
