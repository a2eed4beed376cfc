export * from "./connection.js";
export * from "./client.js";
export * from "./bootstrap.js";
export * from "./embedded.js";
export { applyMigrations, createMigration, diffMigrationsToSchema } from "./migrate/index.js";
export { loadReferenceData } from "./seed/load-reference.js";
export { readReferenceData } from "./seed/read-seed.js";
export { Prisma } from "./generated/prisma/client.js";
export type * from "./generated/prisma/client.js";
