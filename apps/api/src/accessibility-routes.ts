import type { FastifyInstance } from "fastify";

/** Where to report an accessibility problem, as the statement page (/toegankelijkheid) shows it:
 *  an e-mail address (a mailto link) or a web address (a form, the product's issue page). */
export interface AccessibilityContact {
  contact: { kind: "email" | "url"; value: string } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_ADDRESS = /^https?:\/\/\S+$/;

/** True for what ACCESSIBILITY_CONTACT may hold. */
export function isAccessibilityContact(value: string): boolean {
  return EMAIL.test(value) || URL_ADDRESS.test(value);
}

export function accessibilityContact(value: string | null | undefined): AccessibilityContact {
  const text = value?.trim();
  if (!text || !isAccessibilityContact(text)) return { contact: null };
  return { contact: { kind: EMAIL.test(text) ? "email" : "url", value: text } };
}

/** GET /api/accessibility-contact: the operator's contact for accessibility reports
 *  (ACCESSIBILITY_CONTACT), null when none is set (the page then names the administrator). */
export function registerAccessibilityRoutes(app: FastifyInstance, contact: string | null | undefined): void {
  const answer = accessibilityContact(contact);
  app.get("/api/accessibility-contact", async (_request, reply) =>
    reply.header("cache-control", "no-store").send(answer),
  );
}
