export * from "./errors.js";
export * from "./periods.js";
