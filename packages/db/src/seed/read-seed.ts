import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { paths } from "../paths.js";
import {
  annotationSeedSchema,
  commitmentSeedSchema,
  dimensionSeedSchema,
  kpiSeedSchema,
  organisationSeedSchema,
  planSeedSchema,
  stewardSeedSchema,
} from "./seed-schema.js";

const seedFiles = {
  organisations: ["organisations.json", z.array(organisationSeedSchema)],
  plans: ["plans.json", z.array(planSeedSchema)],
  commitments: ["commitments.json", z.array(commitmentSeedSchema)],
  dimensions: ["dimensions.json", z.array(dimensionSeedSchema)],
  kpis: ["kpis.json", z.array(kpiSeedSchema)],
  annotations: ["annotations.json", z.array(annotationSeedSchema)],
  stewards: ["stewards.json", z.array(stewardSeedSchema)],
} as const;

type SeedFiles = typeof seedFiles;
export type ReferenceData = { [K in keyof SeedFiles]: z.infer<SeedFiles[K][1]> };

/** Reads and validates the reference plans shipped in prisma/seed. */
export function readReferenceData(seedDir: string = paths.seedDir): ReferenceData {
  const read = <K extends keyof SeedFiles>(key: K): ReferenceData[K] => {
    const [file, schema] = seedFiles[key];
    const parsed = schema.safeParse(JSON.parse(readFileSync(join(seedDir, file), "utf8")));
    if (!parsed.success) throw new Error(`prisma/seed/${file} is invalid: ${parsed.error.message}`);
    return parsed.data as ReferenceData[K];
  };
  return {
    organisations: read("organisations"),
    plans: read("plans"),
    commitments: read("commitments"),
    dimensions: read("dimensions"),
    kpis: read("kpis"),
    annotations: read("annotations"),
    stewards: read("stewards"),
  };
}
