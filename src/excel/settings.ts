// Where a clerk's own plans live: in the workbook's add-in settings (they travel with the file),
// or in memory for the preview.

export interface PlanStore {
  load(): unknown[];
  save(plans: unknown[]): Promise<void>;
}

const KEY = "eduplan.userPlans";

export function officePlanStore(): PlanStore {
  const settings = () => Office.context.document.settings;
  return {
    load() {
      const stored = settings().get(KEY);
      return Array.isArray(stored) ? stored : [];
    },
    save(plans) {
      settings().set(KEY, plans);
      return new Promise((resolve, reject) =>
        settings().saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)))
      );
    },
  };
}

export function memoryPlanStore(initial: unknown[] = []): PlanStore {
  let plans = [...initial];
  return {
    load: () => [...plans],
    save: async (next) => {
      plans = [...next];
    },
  };
}
