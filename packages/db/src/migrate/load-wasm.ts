import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm";

type Bindings = typeof SchemaEngineWasm;

type WasmExports = Record<string, unknown>;
// Node provides WebAssembly; TypeScript declares it only in the DOM lib.
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }> };
};

/** The engine arms 10-second timers (query timeouts) that outlive its work; unref'd, they no
 *  longer keep a finished command-line process alive. */
function withUnrefTimers(glue: object): object {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith("__wbg_setTimeout") && typeof value === "function") {
      imports[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | null)?.unref?.();
        return timer;
      };
    }
  }
  return imports;
}

let loaded: Promise<Bindings> | undefined;

/** The package's entry imports its .wasm as an ES module, which Node 20 cannot do; this does
 *  what that entry does (instantiate, hand the exports to the glue, start) by hand. */
export function loadSchemaEngineWasm(): Promise<Bindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Bindings & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = await readFile(join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports["__wbindgen_start"] as () => void)();
    return glue;
  })();
  return loaded;
}
