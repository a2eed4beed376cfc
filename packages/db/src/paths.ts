import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const paths = {
  repoRoot,
  prismaDir: fileURLToPath(new URL("../../../prisma/", import.meta.url)),
  schemaFile: fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url)),
  migrationsDir: fileURLToPath(new URL("../../../prisma/migrations/", import.meta.url)),
  seedDir: fileURLToPath(new URL("../../../prisma/seed/", import.meta.url)),
};
