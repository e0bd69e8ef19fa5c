// The in-memory fake of the Excel API for tests (the same one the preview runs in the browser).
export * from "../../src/preview/fake-excel";
