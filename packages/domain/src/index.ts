export * from "./errors.js";
export * from "./periods.js";
export * from "./format.js";
export * from "./target-path.js";
export * from "./assess/index.js";
export * from "./forecast.js";
export * from "./rollup.js";
export * from "./budget.js";
