import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { CONTENT_TYPES, type RestResponse } from "../rest/open-data.js";
import { kpiProposals } from "./proposal.read.js";

/** `GET /api/v1/kpis/:code/target-proposals.json`: a KPI's adopted and rejected proposals with
 *  the position of every organisation and the decision; open proposals only for signed-in
 *  reviewers and admins (session cookie or API token). A stable contract: extend, never break. */
export async function kpiTargetProposalsJson(db: Db, actor: Actor | null, code: string): Promise<RestResponse> {
  const proposals = await kpiProposals(db, actor, code, false);
  return { status: 200, contentType: CONTENT_TYPES.json, body: { kpi: code, proposals } };
}
