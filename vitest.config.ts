import { defineConfig } from "vitest/config";

// `npm run test:cluster` (BRIEFBOT_CLUSTER_TESTS=1) runs only the multi-replica tests (test/cluster),
// which `npm test` runs with the rest.
const clusterTests = process.env.BRIEFBOT_CLUSTER_TESTS === "1";

export default defineConfig({
  test: {
    include: clusterTests ? ["test/cluster/**/*.test.ts"] : ["test/**/*.test.ts"],
    setupFiles: ["test/support/loopback-only.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 120_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
