import type { MessageKey, MessageParams } from "./messages/index.js";

/** The one error vocabulary. `code` maps to HTTP/tRPC status in one place (packages/api);
 *  `messageKey` is a translation key, `params` fill it in. */
export const errorCodes = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** A problem with one field of the input, for messages next to that field. */
export interface FieldIssue {
  field: string;
  messageKey: MessageKey;
  params?: MessageParams;
}

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${code}: ${messageKey} ${JSON.stringify(params)}`);
  }
}
