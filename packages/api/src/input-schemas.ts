import { z } from "zod";

/** Input pieces the admin procedures of several nouns share. */
export const titleSchema = z.string().trim().min(1).max(500);
export const idInputSchema = z.object({ id: z.number().int().positive() });
export const memberCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9+-]*$/, { message: "code.memberFormat" })
  .max(60);
