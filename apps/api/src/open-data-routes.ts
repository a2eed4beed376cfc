import {
  isPublicRead,
  openData,
  parseObservationsCsv,
  planCommitmentsCsv,
  planCommitmentsXlsx,
  importTemplate,
  kpiTargetProposalsJson,
  postObservations,
  readOpenDataOptions,
  RowErrors,
  errorBody,
  MAX_UPLOAD_BYTES,
  toClientError,
  message,
  type Actor,
  type OpenDataOptions,
  type RestResponse,
} from "@boordtabel/api";
import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { tooLargeHandler } from "./import-route.js";
import { localeOf } from "./locale.js";
import { publicReadOf } from "./cache/request-state.js";

type ActorLookup = (request: FastifyRequest) => Promise<Actor | null>;

/** The public open-data URLs: a stable contract that later versions extend, never break. */
export function registerOpenDataRoutes(app: FastifyInstance, db: Db, actorOf: ActorLookup): void {
  /** Every open-data read: the reading switch, then `?asOf=` and `?format=` checked alike. */
  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    run: (options: OpenDataOptions) => Promise<RestResponse>,
  ) => {
    try {
      if (!(await actorOf(request)) && !(publicReadOf(request) ?? (await isPublicRead(db))))
        throw new DomainError("UNAUTHENTICATED", "auth.required");
      const options = readOpenDataOptions(request.query as Record<string, unknown>, localeOf(request));
      const response = await run(options);
      reply.code(response.status).type(response.contentType);
      if (response.filename)
        reply.header("content-disposition", `${response.disposition ?? "inline"}; filename="${response.filename}"`);
      return reply.send(response.body);
    } catch (error) {
      const clientError = toClientError(error, localeOf(request));
      if (clientError.status >= 500) request.log.error({ err: error }, "open-data error");
      return reply.code(clientError.status).send(errorBody(clientError));
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
      if (clientError.status >= 500) request.log.error({ err: error }, "import template error");
      return reply.code(clientError.status).send(errorBody(clientError));
    }
  });

  app.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  app.post<CodeParams>(
    "/api/v1/kpis/:code/observations",
    { bodyLimit: MAX_UPLOAD_BYTES, errorHandler: tooLargeHandler },
    async (request, reply) => {
      const locale = localeOf(request);
      try {
        const body = typeof request.body === "string" ? parseObservationsCsv(request.body) : request.body;
        const result = await postObservations(
          db,
          await actorOf(request),
          request.params.code,
          body,
          String(request.id),
        );
        return reply.code(201).send(result);
      } catch (error) {
        const clientError = toClientError(error, locale);
        const rows =
          error instanceof RowErrors
            ? error.rows.map((r) => ({
                row: r.row,
                issues: r.issues.map((i) => ({
                  field: i.field,
                  message: message(locale, i.messageKey, i.params ?? {}),
                })),
              }))
            : undefined;
        if (clientError.status >= 500) request.log.error({ err: error }, "observations POST error");
        const body = errorBody(clientError);
        return reply.code(clientError.status).send({ error: { ...body.error, ...(rows ? { rows } : {}) } });
      }
    },
  );
  app.get("/api/v1/plans", (request, reply) => send(request, reply, () => openData.plans(db)));
  const reads = {
    "/api/v1/plans/:code": openData.plan,
    "/api/v1/plans/:code/observations.csv": openData.planObservationsCsv,
    "/api/v1/plans/:code/observations.xlsx": openData.planObservationsXlsx,
    "/api/v1/plans/:code/commitments.csv": planCommitmentsCsv,
    "/api/v1/plans/:code/commitments.xlsx": planCommitmentsXlsx,
    "/api/v1/kpis/:code/observations.json": openData.kpiObservationsJson,
    "/api/v1/kpis/:code/observations.csv": openData.kpiObservationsCsv,
    "/api/v1/kpis/:code/observations.xlsx": openData.kpiObservationsXlsx,
  };
  app.get<CodeParams>("/api/v1/kpis/:code/target-proposals.json", (request, reply) =>
    send(request, reply, async () => kpiTargetProposalsJson(db, await actorOf(request), request.params.code)),
  );
  for (const [path, read] of Object.entries(reads)) {
    app.get<CodeParams>(path, (request, reply) =>
      send(request, reply, (options) => read(db, request.params.code, options)),
    );
  }
}
