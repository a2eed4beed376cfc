import type { Db, Prisma } from "@boordtabel/db";

/** The client inside a `db.$transaction`: what every write takes once its transaction runs. */
export type Tx = Prisma.TransactionClient;

/** Either the database or an open transaction, for reads that serve both. */
export type Reader = Db | Tx;
