import { pickLocale, type Locale } from "@boordtabel/api";
import type { FastifyRequest } from "fastify";

export function localeOf(request: FastifyRequest): Locale {
  // no query yet when Fastify refuses a URL before routing
  const lang = (request.query as Record<string, string | undefined> | undefined)?.["lang"];
  return pickLocale(lang, request.headers["accept-language"]);
}
