// Regions grouped by their parent (for the picker and the catalog): 宁波市 → 宁波市, 北仑区, 慈溪市, 余姚市; 绍兴市 → 越城区.
import { Plan } from "../core/plan";

export interface RegionGroup {
  /** The prefecture-level city (or the region itself when it has no parent). */
  name: string;
  regions: string[];
}

export function groupRegions(plans: readonly Plan[]): RegionGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const { region } of plans) {
    const parent = region.parent ?? region.name;
    if (!groups.has(parent)) groups.set(parent, new Set());
    groups.get(parent)!.add(region.name);
  }
  return [...groups.entries()]
    .map(([name, members]) => ({
      name,
      // the city's own plan first, then its districts in Chinese collation order
      regions: [...members].sort((a, b) => (a === name ? -1 : b === name ? 1 : a.localeCompare(b, "zh-CN"))),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

export function plansForRegion(plans: readonly Plan[], region: string): Plan[] {
  return plans.filter((plan) => plan.region.name === region);
}

export function countByCategory(plan: Plan): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const indicator of plan.indicators) counts.set(indicator.category, (counts.get(indicator.category) ?? 0) + 1);
  return [...counts.entries()].map(([category, count]) => ({ category, count }));
}
