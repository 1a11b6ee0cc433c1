import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    include: ["tests/**/*.test.ts"],
    // One PostgreSQL for the run (embedded, or DATABASE_URL); each test file gets its own database, copied from a migrated template.
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/test-database.ts"],
    env: { NODE_ENV: "test" },
    // The integration tests mostly wait on PostgreSQL: twice as many files at once as cores keeps both busy.
    maxWorkers: Math.min(8, Math.max(2, os.availableParallelism() * 2)),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
