import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "e2e/**/*.test.ts", "bench/src/**/*.test.ts"],
    globalSetup: ["packages/db/src/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // The JSON report is what .ci/run counts.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
