// The clerk's own plans saved in the workbook's add-in settings, and the in-memory store.
import { memoryPlanStore, officePlanStore } from "../../src/excel/settings";

test("plans round-trip through Office settings and are saved with saveAsync", async () => {
  const values = new Map<string, unknown>();
  let saves = 0;
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          get: (key: string) => values.get(key) ?? null,
          set: (key: string, value: unknown) => values.set(key, value),
          saveAsync: (callback: (result: { status: string }) => void) => {
            saves++;
            callback({ status: "succeeded" });
          },
        },
      },
    },
  };
  const store = officePlanStore();
  expect(store.load()).toEqual([]);
  await store.save([{ id: "a" }]);
  expect(saves).toBe(1);
  expect(officePlanStore().load()).toEqual([{ id: "a" }]);
  delete (globalThis as Record<string, unknown>).Office;
});

test("the preview's store keeps plans in memory", async () => {
  const store = memoryPlanStore();
  await store.save([{ id: "b" }]);
  expect(store.load()).toEqual([{ id: "b" }]);
});
