import type { FastifyRequest } from "fastify";

/** What the read cache learnt about a request before its handler ran, for the handler to use
 *  instead of asking the database again. */
const publicReads = new WeakMap<FastifyRequest, boolean>();

export const rememberPublicRead = (request: FastifyRequest, value: boolean) => void publicReads.set(request, value);

/** Whether anyone may read, as read with the data version; undefined when it was not read. */
export const publicReadOf = (request: FastifyRequest): boolean | undefined => publicReads.get(request);
