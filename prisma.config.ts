import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (migrations run through scripts/migrate.ts,
// on Prisma's WebAssembly schema engine): no URL is needed to generate the client.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
