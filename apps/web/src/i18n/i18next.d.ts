import type nl from "./nl.json";

// Typed keys: a key missing from nl.json (the source catalogue) is a type error in every t() call.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof nl };
  }
}
