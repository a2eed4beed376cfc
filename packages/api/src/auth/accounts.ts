import { DomainError, singleLineText } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { writeAudit, type AuditActor } from "../audit.js";

export const roleSchema = z.enum(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"]);
export type Role = z.infer<typeof roleSchema>;

export const newAccountSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  name: singleLineText(200).min(1),
  password: z.string().min(12).max(256),
  role: roleSchema,
});

/** Creates a user with a password credential the way better-auth stores it (account with
 *  providerId "credential", scrypt hash), in one transaction with its audit row. */
export async function createAccount(
  db: Db,
  input: z.input<typeof newAccountSchema>,
  actor: AuditActor,
): Promise<{ id: string }> {
  const account = newAccountSchema.parse(input);
  const hash = await hashPassword(account.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      throw new DomainError("CONFLICT", "user.exists", { email: account.email });
    }
    const id = randomUUID();
    await tx.user.create({
      data: {
        id,
        email: account.email,
        name: account.name,
        role: account.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    await writeAudit(tx, actor, {
      action: "user.create",
      entityType: "user",
      entityId: id,
      after: { email: account.email, name: account.name, role: account.role },
    });
    return { id };
  });
}

export const DEMO_PASSWORD = "boordtabel-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.boordtabel.be", name: "Demo secretariaat", role: "ADMIN" },
  { email: "editor@demo.boordtabel.be", name: "Demo ambtenaar", role: "EDITOR" },
  { email: "reviewer@demo.boordtabel.be", name: "Demo sociale partner", role: "REVIEWER" },
  { email: "viewer@demo.boordtabel.be", name: "Demo bestuurslid", role: "VIEWER" },
];

/** The four demo accounts of the embedded default; never called in production mode. */
export async function ensureDemoAccounts(db: Db): Promise<typeof DEMO_ACCOUNTS> {
  for (const demo of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (!exists) await createAccount(db, { ...demo, password: DEMO_PASSWORD }, { id: null, label: "system:demo" });
  }
  return DEMO_ACCOUNTS;
}
