import { pickLocale, type Locale } from "@boordtabel/api";
import type { FastifyRequest } from "fastify";

export function localeOf(request: FastifyRequest): Locale {
  const lang = (request.query as Record<string, string | undefined>)["lang"];
  return pickLocale(lang, request.headers["accept-language"]);
}
