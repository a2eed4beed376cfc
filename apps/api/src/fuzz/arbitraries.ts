import fc from "fast-check";

/** Texts an attacker or a careless user sends: real codes (so requests reach the services),
 *  control characters, huge and odd strings. */
const hostileStrings = [
  "KPI-WZG",
  "KPI-NWWZ",
  "IAB",
  "DIGI",
  "total",
  "2020",
  "2031",
  "2019-Q5",
  "2024-01-01",
  "2024-02-30",
  "",
  " ",
  "\u0000",
  "KPI-WZG\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\u0085\u009f",
  "line\nbreak\ttab",
  "x".repeat(5000),
  "é€😀",
  "\ud800",
  "'; DROP TABLE plan; --",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "http://example.com/\u0000",
  "javascript:alert(1)",
  "../../etc/passwd",
  "%00",
];

/** Numbers beyond what the columns hold, at their edges and ordinary ones. */
const hostileNumbers = [
  0,
  -0,
  1,
  -1,
  1.5,
  77.7,
  100,
  1e14,
  -1e14,
  99_999_999_999_999.984375, // the largest double below 10^14
  1e18,
  1e20,
  1e300,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  1e-9,
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);
export const hostileNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** Any JSON at all, for the leaves and inputs that the schema walk does not reach. */
const anyJson = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

const defOf = (schema: unknown) => (schema as ZodLike)._zod.def;

/** Inputs shaped like a zod schema (objects with its keys, arrays, enums), with hostile leaves
 *  and now and then a leaf of the wrong type: most requests pass the shape and reach the rules
 *  behind it. New procedures are covered without a line here. */
export function inputFor(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  const def = defOf(schema);
  const wrong = (right: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: anyJson });
  switch (def.type) {
    case "object": {
      const shape = def["shape"] as Record<string, unknown>;
      const entries = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inputFor(v, depth + 1)]));
      return wrong(fc.record(entries, { requiredKeys: [] }));
    }
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
    case "catch":
    case "nonoptional":
      return inputFor(def["innerType"], depth);
    case "pipe":
      return inputFor(def["in"], depth);
    case "array":
      return wrong(fc.array(inputFor(def["element"], depth + 1), { maxLength: 3 }));
    case "record":
      return wrong(fc.dictionary(hostileString, inputFor(def["valueType"], depth + 1), { maxKeys: 3 }));
    case "union":
      return fc.oneof(...(def["options"] as unknown[]).map((o) => inputFor(o, depth)));
    case "enum":
      return wrong(fc.constantFrom(...Object.values(def["entries"] as Record<string, string>)));
    case "literal":
      return wrong(fc.constantFrom(...(def["values"] as unknown[])));
    case "string":
      return wrong(hostileString);
    case "number":
      return wrong(hostileNumber);
    case "boolean":
      return wrong(fc.boolean());
    default:
      return anyJson;
  }
}
