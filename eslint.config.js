import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/generated/**",
      "**/.turbo/**",
      ".data/**",
      "**/*.config.ts",
      "**/*.config.js",
      "**/scripts/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Reads loosely typed reference JSON; String() of its scalars is intended.
    files: ["packages/db/scripts/**"],
    rules: { "@typescript-eslint/no-base-to-string": "off" },
  },
  {
    // Production code ships no test helpers: the testing entries (demo actors, the authorisation
    // matrix, test databases) are for tests only.
    files: ["packages/*/src/**/*.{ts,tsx}", "apps/*/src/**/*.{ts,tsx}", "bench/src/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}", "**/testing/**", "apps/api/src/test-support.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // "@boordtabel/api/testing", "@boordtabel/db/testing", "./testing/actors.js", …
          patterns: [{ regex: "(^|/)testing(/|$)", message: "Test helpers are for tests." }],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);
