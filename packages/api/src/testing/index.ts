// The test helpers of the API: demo actors and callers, and the authorisation matrix. Only tests
// import this entry (@boordtabel/api/testing); production code never does (production-imports.test.ts).
export { callerFor, demoActors } from "./actors.js";
export { addMonthlyKpi } from "./grow-plan.js";
export {
  checkMatrixCase,
  EVERYONE,
  inputMatrixCases,
  matrixCases,
  type Caller,
  type MatrixCase,
  type Who,
} from "./matrix-cases.js";
export { procedurePaths, type MutationPath, type ProcedurePath } from "./procedure-paths.js";
export {
  checkScopeCase,
  createScopedEditor,
  IN_SCOPE_KPI,
  OUT_OF_SCOPE_KPI,
  SCOPED_EDITOR_PASSWORD,
  scopeCases,
  type ScopeCase,
  type ScopedWrite,
} from "./scope-cases.js";
