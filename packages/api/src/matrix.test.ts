// The authorisation matrix over createCaller; apps/api runs the same cases over HTTP.
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./auth/actor.js";
import { appRouter } from "./root.js";
import { callerFor, demoActors } from "./testing/actors.js";
import { checkMatrixCase, EVERYONE, inputMatrixCases, matrixCases, type Who } from "./testing/matrix-cases.js";
import { procedurePaths } from "./testing/procedure-paths.js";
import { checkScopeCase, createScopedEditor, scopeCases } from "./testing/scope-cases.js";

let database: TestDatabase;
let actors: Record<Exclude<Who, "anonymous">, Actor>;
const as = (who: Who) => callerFor(database.db, who === "anonymous" ? null : actors[who]);
const ids = {
  get viewer() {
    return actors.viewer.id;
  },
};
const cases = matrixCases(as, ids);

let scopedEditor: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
  const { id, email } = await createScopedEditor(as("admin"), "scoped.editor@example.be");
  scopedEditor = { id, email, name: "Scoped editor", role: "EDITOR", via: "session", label: email };
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

describe("authorisation matrix: answers that depend on the input", () => {
  for (const [name, testCase] of Object.entries(inputMatrixCases(as, ids))) {
    it.each(EVERYONE)(`${name} as %s`, (who) =>
      checkMatrixCase(testCase, who, as(who), () => database.db.auditLog.count()),
    );
  }
});

describe("editor scopes in the authorisation matrix", () => {
  for (const [name, testCase] of Object.entries(scopeCases(as))) {
    it(`${name} by an editor scoped to another KPI is refused and writes nothing`, () =>
      checkScopeCase(testCase, callerFor(database.db, scopedEditor), false, () => database.db.auditLog.count()));
    it(`${name} by an editor scoped to the KPI is allowed and audited`, () =>
      checkScopeCase(testCase, callerFor(database.db, scopedEditor), true, () => database.db.auditLog.count()));
  }
});
