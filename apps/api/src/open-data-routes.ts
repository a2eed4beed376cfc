import {
  isPublicRead,
  openData,
  parseObservationsCsv,
  importTemplate,
  postObservations,
  RowErrors,
  toClientError,
  translate,
  type Actor,
  type RestResponse,
} from "@boordtabel/api";
import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { localeOf } from "./locale.js";

type ActorLookup = (request: FastifyRequest) => Promise<Actor | null>;

/** The public open-data URLs: a stable contract that later versions extend, never break. */
export function registerOpenDataRoutes(app: FastifyInstance, db: Db, actorOf: ActorLookup): void {
  const send = async (request: FastifyRequest, reply: FastifyReply, run: () => Promise<RestResponse>) => {
    try {
      if (!(await actorOf(request)) && !(await isPublicRead(db)))
        throw new DomainError("UNAUTHENTICATED", "auth.required");
      const response = await run();
      reply
        .code(response.status)
        .type(response.contentType === "text/csv" ? "text/csv; charset=utf-8" : "application/json");
      if (response.filename) reply.header("content-disposition", `inline; filename="${response.filename}"`);
      return reply.send(response.body);
    } catch (error) {
      const clientError = toClientError(error, localeOf(request));
      if (clientError.status >= 500) request.log.error({ err: error }, "open-data error");
      return reply.code(clientError.status).send({ error: { code: clientError.code, message: clientError.message } });
    }
  };

  type CodeParams = { Params: { code: string } };

  type TemplateParams = { Params: { code: string; format: string } };
  app.get<TemplateParams>("/api/v1/plans/:code/import-template.:format", async (request, reply) => {
    const locale = localeOf(request);
    try {
      const actor = await actorOf(request);
      if (!actor) throw new DomainError("UNAUTHENTICATED", "auth.required");
      if (actor.role === "VIEWER") throw new DomainError("FORBIDDEN", "auth.forbidden");
      const format = request.params.format;
      if (format !== "csv" && format !== "xlsx") throw new DomainError("NOT_FOUND", "route.notFound");
      const file = await importTemplate(db, request.params.code, format);
      const type =
        format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      return reply
        .type(type)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .send(file.content);
    } catch (error) {
      const clientError = toClientError(error, locale);
      return reply.code(clientError.status).send({ error: { code: clientError.code, message: clientError.message } });
    }
  });

  app.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );
  app.post<CodeParams>("/api/v1/kpis/:code/observations", { bodyLimit: 20 * 1024 * 1024 }, async (request, reply) => {
    const locale = localeOf(request);
    try {
      const actor = await actorOf(request);
      if (!actor) throw new DomainError("UNAUTHENTICATED", "auth.required");
      if (actor.role === "VIEWER") throw new DomainError("FORBIDDEN", "auth.forbidden");
      const body = typeof request.body === "string" ? parseObservationsCsv(request.body) : request.body;
      const result = await postObservations(db, actor, request.params.code, body, String(request.id));
      return reply.code(201).send(result);
    } catch (error) {
      const clientError = toClientError(error, locale);
      const rows =
        error instanceof RowErrors
          ? error.rows.map((r) => ({
              row: r.row,
              issues: r.issues.map((i) => ({
                field: i.field,
                message: translate(locale, i.messageKey, i.params ?? {}),
              })),
            }))
          : undefined;
      if (clientError.status >= 500) request.log.error({ err: error }, "observations POST error");
      return reply
        .code(clientError.status)
        .send({ error: { code: clientError.code, message: clientError.message, ...(rows ? { rows } : {}) } });
    }
  });
  app.get("/api/v1/plans", (request, reply) => send(request, reply, () => openData.plans(db)));
  app.get<CodeParams>("/api/v1/plans/:code", (request, reply) =>
    send(request, reply, () => openData.plan(db, request.params.code)),
  );
  app.get<CodeParams>("/api/v1/kpis/:code/observations.json", (request, reply) =>
    send(request, reply, () => openData.kpiObservationsJson(db, request.params.code)),
  );
  app.get<CodeParams>("/api/v1/kpis/:code/observations.csv", (request, reply) =>
    send(request, reply, () => openData.kpiObservationsCsv(db, request.params.code)),
  );
}
