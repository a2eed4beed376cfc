// Maintenance script, not part of the app: copies the facts of the reference catalogue and the
// published figures into the project's own seed files (prisma/seed/*.json), keeping the source
// of every value. Run it only when the reference material changes:
//   pnpm --filter @boordtabel/db extract-reference ../../../shared/reference
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { paths } from "../src/paths.js";
import {
  buildAnnotations,
  buildCommitments,
  buildOrganisations,
  buildPlans,
  type Catalogue,
  type ExternalFacts,
} from "./extract/catalogue.js";
import { buildDimensions, buildKpis } from "./extract/kpis.js";
import type { MoreFacts } from "./extract/more-facts.js";

const referenceDir = resolve(process.argv[2] ?? "../../../shared/reference");
const catalogue = JSON.parse(readFileSync(join(referenceDir, "catalogue.json"), "utf8")) as Catalogue;
const external = JSON.parse(readFileSync(join(referenceDir, "external-facts.json"), "utf8")) as ExternalFacts;
const more = JSON.parse(readFileSync(join(referenceDir, "more-facts.json"), "utf8")) as MoreFacts;

const files: Record<string, unknown> = {
  "organisations.json": buildOrganisations(catalogue),
  "plans.json": buildPlans(catalogue),
  "commitments.json": buildCommitments(catalogue),
  "dimensions.json": buildDimensions(),
  "kpis.json": buildKpis(catalogue, external, more),
  "annotations.json": buildAnnotations(catalogue),
};
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(paths.seedDir, name), `${JSON.stringify(content, null, 2)}\n`);
  console.log(`wrote prisma/seed/${name}`);
}
