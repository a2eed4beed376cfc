import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// The compiled server (apps/api/dist) ships prisma/ beside itself and names it here.
const prismaDir = process.env["BOORDTABEL_PRISMA_DIR"] || fileURLToPath(new URL("../../../prisma/", import.meta.url));
const withSlash = prismaDir.endsWith("/") ? prismaDir : `${prismaDir}/`;

export const paths = {
  repoRoot,
  prismaDir: withSlash,
  schemaFile: `${withSlash}schema.prisma`,
  migrationsDir: `${withSlash}migrations/`,
  seedDir: `${withSlash}seed/`,
};
