import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { quoteIdent, toPoolConfig, withDatabase, type PgConnection } from "../connection.js";
import { adminQuery } from "../admin.js";
import { loadSchemaEngineWasm } from "./load-wasm.js";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The wasm engine reports panics through this global hook (as the Prisma CLI sets it up).
const panicRegistry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
panicRegistry.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(this: { message: string }, message: string) {
    this.message = `RuntimeError: ${message}`;
  },
};

/** Result rows that held PostgreSQL's internal `"char"` type (OID 18), by column index. */
const charColumns = new WeakMap<unknown[], number[]>();

/** The engine's catalogue queries return `"char"` columns, which @prisma/adapter-pg 7.10
 *  rejects; the describer needs them typed as Character. The pool's clients report them as
 *  text so the adapter accepts the result, and remember which columns they were. */
function markCharColumns(result: pg.QueryResult): pg.QueryResult {
  const indexes: number[] = [];
  (result.fields ?? []).forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) charColumns.set(result.rows, indexes);
  return result;
}

/** Every connection the engine's pools opened, to be closed when the engine is done: the engine
 *  leaves a client checked out, which would hold the process (and the migration lock) open. */
const openClients = new Set<pg.PoolClient>();

function createCatalogueSafePool(connection: PgConnection): pg.Pool {
  const pool = new pg.Pool({ ...toPoolConfig(connection), max: 2 });
  pool.on("connect", (client) => {
    openClients.add(client);
    client.once("end", () => openClients.delete(client));
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const patched = (...args: unknown[]): unknown => {
      const last = args.at(-1);
      if (typeof last === "function") {
        const callback = last as (error: Error | null, result?: pg.QueryResult) => void;
        return query(...args.slice(0, -1), (error: Error | null, result?: pg.QueryResult) => {
          if (result) markCharColumns(result);
          callback(error, result);
        });
      }
      const pending = query(...args);
      return pending instanceof Promise ? pending.then((r: pg.QueryResult) => markCharColumns(r)) : pending;
    };
    (client as unknown as { query: typeof patched }).query = patched;
  });
  return pool;
}

function retypeCharColumns<T extends Pick<SqlQueryable, "queryRaw">>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}

async function connectAdapter(connection: PgConnection): Promise<SqlDriverAdapter> {
  const pool = createCatalogueSafePool(connection);
  const adapter = retypeCharColumns(await new PrismaPg(pool, { disposeExternalPool: true }).connect());
  // The adapter splits scripts on every ";", which breaks function bodies; PostgreSQL runs a
  // multi-statement script as one implicit transaction, as `prisma migrate` does.
  const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => retypeCharColumns(await startTransaction(isolationLevel));
  return adapter;
}

/** Shadow databases are created and dropped here rather than by the adapter, which drops them
 *  while its own pool still holds a connection. */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  /** The engine does not dispose what it connects; the pools are closed in `close()` so that
   *  the migration advisory lock held by their sessions is released at once. */
  readonly opened: SqlDriverAdapter[] = [];

  constructor(private readonly connection: PgConnection) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await connectAdapter(this.connection);
    this.opened.push(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `boordtabel_shadow_${randomUUID().replace(/-/g, "")}`;
    await adminQuery(this.connection, `CREATE DATABASE ${quoteIdent(database)}`);
    const adapter = await connectAdapter(withDatabase(this.connection, database));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.connection, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    };
    return adapter;
  }
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface OpenEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(connection: PgConnection, schema: SchemaFile): Promise<OpenEngine> {
  const adapters = new MigrationAdapterFactory(connection);
  const log = (): void => undefined;
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapters),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(adapters.opened.map((a) => a.dispose().catch(() => undefined)));
      await Promise.all([...openClients].map((client) => client.end().catch(() => undefined)));
    },
  };
}

export function wasmPanicMessage(): string | undefined {
  const registry = panicRegistry.PRISMA_WASM_PANIC_REGISTRY as { message?: string } | undefined;
  return registry?.message || undefined;
}
