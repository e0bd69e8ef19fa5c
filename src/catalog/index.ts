// The catalog's public face: plans, regions, look-ups and validation.
export { Catalog, PlanValidationError, catalog, findIndicator, nameKey, similarity } from "./catalog";
export type { IndicatorMatch } from "./catalog";
export { countByCategory, groupRegions, plansForRegion } from "./regions";
export type { RegionGroup } from "./regions";
export { lookupTarget, TARGET_FIELDS } from "./target";
export { validatePlan } from "./validate";
export type { PlanValidation } from "./validate";
