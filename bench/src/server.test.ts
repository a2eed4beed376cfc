import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRODUCTION_IMAGE_NODE_FLAGS } from "./server.js";

describe("the bench's server", () => {
  it("starts with the Node flags the Docker image runs the server with", () => {
    const dockerfile = readFileSync(new URL("../../docker/Dockerfile", import.meta.url), "utf8");
    const cmd = dockerfile
      .split("\n")
      .filter((line) => line.startsWith("CMD "))
      .at(-1);
    expect(JSON.parse(cmd!.slice("CMD ".length))).toEqual(["node", ...PRODUCTION_IMAGE_NODE_FLAGS, "dist/start.mjs"]);
  });
});
