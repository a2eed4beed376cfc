import { DomainError, errorCodes, fieldIssueOf, type ErrorCode } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Actor } from "./auth/actor.js";
import type { Role } from "./auth/accounts.js";
import { requireRole } from "./auth/roles.js";
import { message, type Locale, type MessageKey } from "./i18n.js";
import { isPublicRead } from "./settings/settings.service.js";

export interface Context {
  db: Db;
  locale: Locale;
  requestId: string;
  actor: Actor | null;
  /** Whether anyone may read, when the read cache already read it with the data version. */
  publicRead?: boolean;
}

type TrpcCode = TRPCError["code"];

const trpcCodes: Record<ErrorCode, TrpcCode> = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_ALLOWED: "METHOD_NOT_SUPPORTED",
  CONFLICT: "CONFLICT",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export interface ClientError {
  code: ErrorCode;
  status: number;
  message: string;
  messageKey: string;
  /** Field-level messages, for display next to the fields. */
  issues: { field: string; message: string }[];
}

/** The one place where errors become client answers: a DomainError keeps its code and a
 *  translated message; invalid input names its fields; anything else is an internal error
 *  without details. */
export function toClientError(error: unknown, locale: Locale): ClientError {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      status: errorCodes[error.code],
      messageKey: error.messageKey,
      message: message(locale, error.messageKey, error.params),
      issues: error.issues.map((i) => ({ field: i.field, message: message(locale, i.messageKey, i.params ?? {}) })),
    };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map(fieldIssueOf).map((i) => ({
      field: i.field,
      message: message(locale, i.messageKey, i.params ?? {}),
    }));
    const first = issues[0];
    const invalid = message(locale, "input.invalid");
    const text = first ? `${invalid} ${first.field}: ${first.message}` : invalid;
    return { code: "BAD_INPUT", status: 400, messageKey: "input.invalid", message: text, issues };
  }
  if (error instanceof TRPCError && error.cause instanceof SyntaxError) {
    return {
      code: "BAD_INPUT",
      status: 400,
      messageKey: "request.badJson",
      message: message(locale, "request.badJson"),
      issues: [],
    };
  }
  const protocol = error instanceof TRPCError ? protocolErrors[error.code] : undefined;
  if (protocol) {
    const [code, messageKey] = protocol;
    return { code, status: errorCodes[code], messageKey, message: message(locale, messageKey), issues: [] };
  }
  return { code: "INTERNAL", status: 500, messageKey: "internal", message: message(locale, "internal"), issues: [] };
}

/** tRPC's own client errors (an unknown procedure, a query sent as POST, unreadable input), in
 *  the domain's vocabulary; any other TRPCError is internal. */
const protocolErrors: Partial<Record<TrpcCode, [ErrorCode, MessageKey]>> = {
  PARSE_ERROR: ["BAD_INPUT", "request.badJson"],
  BAD_REQUEST: ["BAD_INPUT", "input.invalid"],
  NOT_FOUND: ["NOT_FOUND", "route.notFound"],
  METHOD_NOT_SUPPORTED: ["METHOD_NOT_ALLOWED", "request.methodNotSupported"],
  PAYLOAD_TOO_LARGE: ["TOO_LARGE", "request.tooLargeBody"],
  UNSUPPORTED_MEDIA_TYPE: ["UNSUPPORTED_MEDIA_TYPE", "request.contentTypeAny"],
  UNAUTHORIZED: ["UNAUTHENTICATED", "auth.required"],
  FORBIDDEN: ["FORBIDDEN", "auth.forbidden"],
};

/** The one error body of every HTTP answer (REST, Fastify's own errors; tRPC's envelope carries
 *  the same `message` and `data`): `code` is the domain code, `data` as in tRPC errors. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    data: {
      code: TrpcCode;
      httpStatus: number;
      domainCode: ErrorCode;
      messageKey: string;
      issues: { field: string; message: string }[];
    };
  };
}

export function errorBody(client: ClientError): ErrorBody {
  return {
    error: {
      code: client.code,
      message: client.message,
      data: {
        code: trpcCodes[client.code],
        httpStatus: client.status,
        domainCode: client.code,
        messageKey: client.messageKey,
        issues: client.issues,
      },
    },
  };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause instanceof DomainError || error.cause instanceof ZodError ? error.cause : error;
    const client = toClientError(cause, ctx?.locale ?? "nl");
    return {
      ...shape,
      message: client.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        domainCode: client.code,
        messageKey: client.messageKey,
        issues: client.issues,
      },
    };
  },
});

/** Turns a DomainError thrown by a service into the matching tRPC error. */
const domainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({
      code: trpcCodes[cause.code],
      message: message(ctx.locale, cause.messageKey, cause.params),
      cause,
    });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not (session information). */
export const publicProcedure = t.procedure.use(domainErrors);

/** Reads: open to everyone while reading is public (the default), else to signed-in users. */
export const readProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.actor && !(ctx.publicRead ?? (await isPublicRead(ctx.db))))
    throw new DomainError("UNAUTHENTICATED", "auth.required");
  return next();
});

/** Signed-in users; `ctx.actor` is also the audit actor every service writes its rows with. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new DomainError("UNAUTHENTICATED", "auth.required");
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Signed-in users with one of the roles; an admin may do everything. */
function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    requireRole(ctx.actor, roles);
    return next();
  });
}

/** The role procedures, named for who they let in; each also lets in an admin. */
export const adminProcedure = roleProcedure("ADMIN");
export const editorProcedure = roleProcedure("EDITOR");
export const reviewerProcedure = roleProcedure("REVIEWER");
/** Recording values and reading the audit trail: editors and reviewers alike. */
export const editorOrReviewerProcedure = roleProcedure("EDITOR", "REVIEWER");
