import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate; `migrate deploy` where the native engine is available).
// The app itself never reads this file: see src/migrate/ for the engine-free migration path.
export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  datasource: { url: process.env["DATABASE_URL"] ?? "postgresql://localhost:5432/boordtabel" },
});
