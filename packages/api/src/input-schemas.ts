import { idSchema, singleLineText } from "@boordtabel/domain";
import { z } from "zod";

/** Input pieces the admin procedures of several nouns share; texts follow the domain's boundary
 *  rule (no control characters) and ids fit PostgreSQL's integer. */
export const titleSchema = singleLineText(500).min(1);
export const idInputSchema = z.object({ id: idSchema });
export const memberCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9+-]*$/, { message: "code.memberFormat" })
  .max(60);
/** A series named by its members ("total", "gender=women"): one line. */
export const seriesNameSchema = singleLineText(200).min(1);
/** A user's or a token's id (better-auth's text ids): one line, no control characters. */
export const textIdSchema = singleLineText(100).min(1);
