import {
  errorBody,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_MB,
  RECORDING_ROLES,
  requireRole,
  toClientError,
  uploadImport,
  type Actor,
} from "@boordtabel/api";
import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import multipart from "@fastify/multipart";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { localeOf } from "./locale.js";

export interface ImportRouteOptions {
  db: Db;
  actorOf: (request: FastifyRequest) => Promise<Actor | null>;
}

/** A body or file over the limit answers 413 with the limit in the caller's language; other
 *  errors go on to the server's error handler. */
export function tooLargeHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.statusCode !== 413) throw error;
  const tooLarge = new DomainError("TOO_LARGE", "import.tooLarge", { mb: MAX_UPLOAD_MB });
  void reply.code(413).send(errorBody(toClientError(tooLarge, localeOf(request))));
}

const formatOf = (filename: string, declared: string | undefined): "csv" | "xlsx" => {
  const format = (declared || /\.(csv|xlsx)$/i.exec(filename)?.[1] || "").toLowerCase();
  if (format !== "csv" && format !== "xlsx") throw new DomainError("BAD_INPUT", "import.fileType");
  return format;
};

/** `POST /api/v1/import`: the import wizard's file as multipart/form-data, read as it streams
 *  in up to the limit (never through the JSON body parser). Fields: `file` (CSV or XLSX in the
 *  plan's template), `dryRun` ("false" commits; anything else previews), `plan` (optional: the
 *  rows' KPIs must belong to it), `format` (optional: else the file name's extension). */
export async function importRoute(app: FastifyInstance, { db, actorOf }: ImportRouteOptions): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });

  app.post("/api/v1/import", { errorHandler: tooLargeHandler }, async (request, reply) => {
    const locale = localeOf(request);
    try {
      // The role before the upload is read: nobody else gets to send 25 MB for nothing.
      const actor = requireRole(await actorOf(request), RECORDING_ROLES);
      if (!request.isMultipart()) throw new DomainError("BAD_INPUT", "import.noFile");
      const fields: Record<string, string> = {};
      let file: { name: string; content: Buffer } | null = null;
      for await (const part of request.parts()) {
        if (part.type !== "file") fields[part.fieldname] = String(part.value);
        else if (part.fieldname === "file" && !file) file = { name: part.filename, content: await part.toBuffer() };
        else await part.toBuffer();
      }
      if (!file || file.content.length === 0) throw new DomainError("BAD_INPUT", "import.noFile");
      const result = await uploadImport(db, actor, {
        format: formatOf(file.name, fields["format"]),
        content: file.content,
        dryRun: fields["dryRun"] !== "false",
        ...(fields["plan"] ? { plan: fields["plan"] } : {}),
        requestId: String(request.id),
      });
      return reply.send(result);
    } catch (error) {
      if ((error as FastifyError).statusCode === 413) {
        tooLargeHandler(error as FastifyError, request, reply);
        return reply;
      }
      const clientError = toClientError(error, locale);
      if (clientError.status >= 500) request.log.error({ err: error }, "import error");
      return reply.code(clientError.status).send(errorBody(clientError));
    }
  });
}
