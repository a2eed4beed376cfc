import type { Db } from "@boordtabel/db";
import Papa from "papaparse";
import { getKpiObservations } from "../kpi/kpi-export.service.js";
import { getPlanDetail, listPlans } from "../plan/plan.service.js";

/** Framework-free handlers for the public open-data URLs (a stable contract: extend, never
 *  break). The server maps thrown DomainErrors through toClientError. */
export interface RestResponse {
  status: number;
  contentType: "application/json" | "text/csv";
  body: unknown;
  filename?: string;
}

const json = (body: unknown): RestResponse => ({ status: 200, contentType: "application/json", body });

export const CSV_COLUMNS = ["kpi", "series", "period", "value", "status", "source", "source_url", "comment"] as const;

export const openData = {
  plans: async (db: Db) => json({ plans: await listPlans(db) }),
  plan: async (db: Db, code: string) => json(await getPlanDetail(db, code)),
  kpiObservationsJson: async (db: Db, code: string) => json(await getKpiObservations(db, code)),
  kpiObservationsCsv: async (db: Db, code: string): Promise<RestResponse> => {
    const data = await getKpiObservations(db, code);
    const rows = data.series.flatMap((s) =>
      s.observations.map((o) => [
        data.kpi.code,
        s.key,
        o.period,
        o.value ?? "",
        o.status,
        o.source ?? "",
        o.sourceUrl ?? "",
        o.comment ?? "",
      ]),
    );
    const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\n" });
    return { status: 200, contentType: "text/csv", body: `${body}\n`, filename: `${data.kpi.code}-observations.csv` };
  },
};
