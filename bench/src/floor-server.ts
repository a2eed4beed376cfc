// The floor: the same response bytes as files, served by @fastify/static in a process of its own,
// as a static site (Open SDG) would. `node --import tsx floor-server.ts <dir> <port>`.
import fastifyStatic from "@fastify/static";
import Fastify from "fastify";

const [root, port] = process.argv.slice(2);
const app = Fastify({ logger: false });
await app.register(fastifyStatic, { root: root! });
await app.listen({ port: Number(port), host: "127.0.0.1" });
