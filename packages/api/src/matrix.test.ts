// The authorisation matrix over createCaller; apps/api runs the same cases over HTTP.
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./auth/actor.js";
import { appRouter } from "./root.js";
import { callerFor, demoActors } from "./testing/actors.js";
import { checkMatrixCase, EVERYONE, matrixCases, type Who } from "./testing/matrix-cases.js";
import { procedurePaths } from "./testing/procedure-paths.js";

let database: TestDatabase;
let actors: Record<Exclude<Who, "anonymous">, Actor>;
const as = (who: Who) => callerFor(database.db, who === "anonymous" ? null : actors[who]);
const cases = matrixCases(as, {
  get viewer() {
    return actors.viewer.id;
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
});
afterAll(() => database.drop());

describe("authorisation matrix", () => {
  it("has a case for every procedure of the API", () => {
    // Which of them are mutations is checked by the type of matrixCases.
    expect(Object.keys(cases).sort()).toEqual(procedurePaths(appRouter).sort());
  });

  for (const [name, testCase] of Object.entries(cases)) {
    it.each(EVERYONE)(`${name} as %s`, (who) =>
      checkMatrixCase(testCase, who, as(who), () => database.db.auditLog.count()),
    );
  }
});
