// Jest: TypeScript through ts-jest; tests mirror src/ under test/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Some tests build and compare whole workbooks (seconds on a busy 2-core machine); speed targets live in npm run bench.
  testTimeout: 30000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/main.js",
  },
};
