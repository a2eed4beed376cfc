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
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports["__wbindgen_start"] as () => void)();
    return glue;
  })();
  return loaded;
}
