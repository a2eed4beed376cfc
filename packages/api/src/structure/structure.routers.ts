import {
  annotationInputSchema,
  benchmarkInputSchema,
  codeSchema,
  commitmentInputSchema,
  kpiInputSchema,
  nodeInputSchema,
  organisationInputSchema,
  planInputSchema,
} from "@boordtabel/domain";
import { z } from "zod";
import { readProcedure, roleProcedure } from "../trpc.js";
import {
  createAnnotation,
  createBenchmark,
  deleteAnnotation,
  deleteBenchmark,
  saveKpi,
  saveOrganisation,
  setKpiArchived,
} from "./catalogue-admin.service.js";
import { addMilestone, completeMilestone, linkKpi, saveCommitment } from "./commitment-admin.service.js";
import { addSeries, saveDimension, setEditorScopes } from "./series-admin.service.js";
import { createNode, createPlan, deleteNode, setPlanArchived, updateNode, updatePlan } from "./plan-admin.service.js";

const admin = roleProcedure("ADMIN");
const editor = roleProcedure("EDITOR");
const id = z.object({ id: z.number().int().positive() });
const title = z.string().trim().min(1).max(500);

/** Structure procedures, merged into the routers of their nouns in root.ts. */
export const planAdmin = {
  create: admin.input(planInputSchema).mutation(({ ctx, input }) => createPlan(ctx.db, ctx.audit, input)),
  update: admin.input(planInputSchema).mutation(({ ctx, input }) => updatePlan(ctx.db, ctx.audit, input)),
  setArchived: admin
    .input(z.object({ code: codeSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => setPlanArchived(ctx.db, ctx.audit, input.code, input.archived)),
};

export const nodeProcedures = {
  create: admin.input(nodeInputSchema).mutation(({ ctx, input }) => createNode(ctx.db, ctx.audit, input)),
  update: admin
    .input(z.object({ code: codeSchema, number: z.string().trim().max(20).optional(), titleNl: title, titleEn: title }))
    .mutation(({ ctx, input }) => updateNode(ctx.db, ctx.audit, input)),
  delete: admin
    .input(z.object({ code: codeSchema }))
    .mutation(({ ctx, input }) => deleteNode(ctx.db, ctx.audit, input.code)),
};

export const organisationProcedures = {
  list: readProcedure.query(({ ctx }) =>
    ctx.db.organisation.findMany({
      orderBy: { code: "asc" },
      select: { code: true, nameNl: true, nameEn: true, kind: true },
    }),
  ),
  save: admin.input(organisationInputSchema).mutation(({ ctx, input }) => saveOrganisation(ctx.db, ctx.audit, input)),
};

const memberCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9+-]*$/, { message: "code.memberFormat" })
  .max(60);

export const kpiAdmin = {
  save: admin.input(kpiInputSchema).mutation(({ ctx, input }) => saveKpi(ctx.db, ctx.audit, input)),
  setArchived: admin
    .input(z.object({ code: codeSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => setKpiArchived(ctx.db, ctx.audit, input.code, input.archived)),
  addSeries: admin
    .input(z.object({ kpi: codeSchema, members: z.record(memberCode, memberCode) }))
    .mutation(({ ctx, input }) => addSeries(ctx.db, ctx.audit, input)),
};

export const dimensionProcedures = {
  list: readProcedure.query(({ ctx }) =>
    ctx.db.dimension.findMany({
      orderBy: { code: "asc" },
      select: {
        code: true,
        nameNl: true,
        nameEn: true,
        members: { orderBy: { sortOrder: "asc" }, select: { code: true, nameNl: true, nameEn: true } },
      },
    }),
  ),
  save: admin
    .input(
      z.object({
        code: memberCode,
        nameNl: title,
        nameEn: title,
        members: z.array(z.object({ code: memberCode, nameNl: title, nameEn: title })).max(200),
      }),
    )
    .mutation(({ ctx, input }) => saveDimension(ctx.db, ctx.audit, input)),
};

export const scopeProcedures = {
  setScopes: admin
    .input(
      z.object({
        userId: z.string().min(1).max(100),
        kpis: z.array(codeSchema).max(500),
        organisations: z.array(codeSchema).max(100),
      }),
    )
    .mutation(({ ctx, input }) => setEditorScopes(ctx.db, ctx.audit, input)),
};

export const commitmentAdmin = {
  save: admin.input(commitmentInputSchema).mutation(({ ctx, input }) => saveCommitment(ctx.db, ctx.audit, input)),
  linkKpi: admin
    .input(z.object({ commitment: codeSchema, kpi: codeSchema, linked: z.boolean() }))
    .mutation(({ ctx, input }) => linkKpi(ctx.db, ctx.audit, input)),
  addMilestone: editor
    .input(z.object({ commitment: codeSchema, titleNl: title, titleEn: title, dueDate: z.string().date().optional() }))
    .mutation(({ ctx, input }) => addMilestone(ctx.db, ctx.audit, input)),
  completeMilestone: editor
    .input(z.object({ id: z.number().int().positive(), doneAt: z.string().date() }))
    .mutation(({ ctx, input }) => completeMilestone(ctx.db, ctx.audit, input)),
};

export const benchmarkProcedures = {
  create: editor.input(benchmarkInputSchema).mutation(({ ctx, input }) => createBenchmark(ctx.db, ctx.audit, input)),
  delete: editor.input(id).mutation(({ ctx, input }) => deleteBenchmark(ctx.db, ctx.audit, input.id)),
};

export const annotationProcedures = {
  create: editor.input(annotationInputSchema).mutation(({ ctx, input }) => createAnnotation(ctx.db, ctx.audit, input)),
  delete: editor.input(id).mutation(({ ctx, input }) => deleteAnnotation(ctx.db, ctx.audit, input.id)),
};
