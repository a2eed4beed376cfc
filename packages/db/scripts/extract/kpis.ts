import type {
  BenchmarkSeed,
  DimensionSeed,
  KpiSeed,
  ObservationSeed,
  SeriesSeed,
  TargetRevisionSeed,
} from "../../src/seed/seed-schema.js";
import { asList, evidenceOf, str, type Catalogue, type ExternalFacts } from "./catalogue.js";

type Json = Record<string, unknown>;

const IAB_SOURCE = "Actieplan Iedereen aan boord (SERV, 2019)";
const HEADLINE = new Set(["KPI-WZG", "KPI-NWWZ", "KPI-WERKBAAR", "KPI-LLL", "KPI-VOV", "KPI-DIGI-VAARD"]);

const DIMENSIONS: DimensionSeed[] = [
  {
    code: "geslacht",
    nameNl: "Geslacht",
    nameEn: "Sex",
    members: [
      { code: "mannen", nameNl: "Mannen", nameEn: "Men" },
      { code: "vrouwen", nameNl: "Vrouwen", nameEn: "Women" },
    ],
  },
  {
    code: "leeftijd",
    nameNl: "Leeftijd",
    nameEn: "Age group",
    members: [{ code: "55-64", nameNl: "55-64 jaar", nameEn: "55-64 years" }],
  },
  {
    code: "onderwijsniveau",
    nameNl: "Onderwijsniveau",
    nameEn: "Education level",
    members: [
      { code: "laag", nameNl: "Laaggeschoold", nameEn: "Low-skilled" },
      { code: "midden", nameNl: "Middengeschoold", nameEn: "Medium-skilled" },
      { code: "hoog", nameNl: "Hooggeschoold", nameEn: "High-skilled" },
    ],
  },
  {
    code: "statuut",
    nameNl: "Statuut",
    nameEn: "Employment status",
    members: [
      { code: "werknemers", nameNl: "Werknemers", nameEn: "Employees" },
      { code: "zelfstandigen", nameNl: "Zelfstandige ondernemers", nameEn: "Self-employed" },
    ],
  },
  {
    code: "sector",
    nameNl: "Sector",
    nameEn: "Sector",
    members: [
      { code: "metaal", nameNl: "Metaalindustrie", nameEn: "Metal industry" },
      { code: "bouw", nameNl: "Bouw", nameEn: "Construction" },
      { code: "voeding", nameNl: "Voedingsnijverheid", nameEn: "Food industry" },
      { code: "chemie", nameNl: "Chemie", nameEn: "Chemicals" },
    ],
  },
  {
    code: "positie",
    nameNl: "Socio-economische positie",
    nameEn: "Socio-economic position",
    members: [
      { code: "werklozen", nameNl: "Werklozen", nameEn: "Unemployed" },
      { code: "werkenden", nameNl: "Werkenden", nameEn: "Employed" },
      { code: "niet-actieven", nameNl: "Niet-actieven", nameEn: "Inactive" },
    ],
  },
];

/** The member names the published figures use, mapped to [dimension, member] codes. */
const MEMBER_ALIASES: Record<string, [string, string]> = {
  mannen: ["geslacht", "mannen"],
  vrouwen: ["geslacht", "vrouwen"],
  "55-64": ["leeftijd", "55-64"],
  laaggeschoold: ["onderwijsniveau", "laag"],
  middengeschoold: ["onderwijsniveau", "midden"],
  hooggeschoold: ["onderwijsniveau", "hoog"],
  werknemers: ["statuut", "werknemers"],
  "zelfstandige ondernemers": ["statuut", "zelfstandigen"],
  Metaalindustrie: ["sector", "metaal"],
  Bouw: ["sector", "bouw"],
  Voedingsnijverheid: ["sector", "voeding"],
  Chemie: ["sector", "chemie"],
  werklozen: ["positie", "werklozen"],
  werkenden: ["positie", "werkenden"],
  "niet-actieven": ["positie", "niet-actieven"],
};

const BENCHMARK_ENTITIES: Record<string, [string, string, string]> = {
  "Zweden (Sweden)": ["SE", "Zweden", "Sweden"],
  "Duitsland (Germany)": ["DE", "Duitsland", "Germany"],
  "Nederland (Netherlands)": ["NL", "Nederland", "Netherlands"],
  Zweden: ["SE", "Zweden", "Sweden"],
  Duitsland: ["DE", "Duitsland", "Germany"],
  Nederland: ["NL", "Nederland", "Netherlands"],
  België: ["BE", "België", "Belgium"],
  EU27: ["EU27", "EU27", "EU27"],
  EU28: ["EU28", "EU28", "EU28"],
  "Waals Gewest": ["BE-WAL", "Waals Gewest", "Walloon Region"],
  "Brussels Hoofdstedelijk Gewest": ["BE-BRU", "Brussels Hoofdstedelijk Gewest", "Brussels-Capital Region"],
};

export function buildDimensions(): DimensionSeed[] {
  return DIMENSIONS;
}

function unitOf(label: string): KpiSeed["unit"] {
  if (label === "EUR") return "EUR";
  if (label === "maanden") return "MONTHS";
  if (/^(%|aandeel)/.test(label) && !label.includes(" of ")) return "PERCENT";
  if (/^aantal/.test(label) && !label.includes("%")) return "COUNT";
  return "UNSPECIFIED";
}

const isUrl = (v: unknown): v is string => typeof v === "string" && /^https?:\/\//.test(v);

function seriesKey(members: Record<string, string>): string {
  const entries = Object.entries(members).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "total" : entries.map(([d, m]) => `${d}=${m}`).join(";");
}

function memberName(dimension: string, member: string, lang: "nameNl" | "nameEn"): string {
  const found = DIMENSIONS.find((d) => d.code === dimension)?.members.find((m) => m.code === member);
  if (!found) throw new Error(`unknown member ${dimension}=${member}`);
  return found[lang];
}

class SeriesSet {
  readonly byKey = new Map<string, SeriesSeed>();

  get(members: Record<string, string>): SeriesSeed {
    const key = seriesKey(members);
    let series = this.byKey.get(key);
    if (!series) {
      const pairs = Object.entries(members);
      series = {
        key,
        members,
        labelNl: pairs.length ? pairs.map(([d, m]) => memberName(d, m, "nameNl")).join(", ") : "Totaal",
        labelEn: pairs.length ? pairs.map(([d, m]) => memberName(d, m, "nameEn")).join(", ") : "Total",
        observations: [],
        targetRevisions: [],
      };
      this.byKey.set(key, series);
    }
    return series;
  }

  /** Adds an observation; the same figure from a second source is merged, a different figure
   *  for the same period is a conflict the reference must resolve first. */
  observe(members: Record<string, string>, observation: ObservationSeed): void {
    const series = this.get(members);
    const existing = series.observations.find((o) => o.period === observation.period);
    if (!existing) {
      series.observations.push(observation);
      series.observations.sort((a, b) => a.period.localeCompare(b.period));
      return;
    }
    if (existing.value !== observation.value) {
      throw new Error(`conflict for ${series.key} ${observation.period}: ${existing.value} vs ${observation.value}`);
    }
    existing.sourceUrl ??= observation.sourceUrl;
    existing.note = [existing.note, `Ook gepubliceerd door ${observation.sourceLabel}.`, observation.note]
      .filter(Boolean)
      .join(" ");
  }
}

function catalogueObservations(kpi: Json, set: SeriesSet, facts: unknown[]): void {
  for (const m of asList(kpi["measurements"])) {
    const value = m["value"];
    if (m["type"] === "observation" && typeof value === "number" && typeof m["year"] === "number") {
      set.observe(
        {},
        {
          period: String(m["year"]),
          value,
          status: "FINAL",
          comment: null,
          sourceLabel: IAB_SOURCE,
          sourceUrl: null,
          note: str(m["note"]),
          evidence: evidenceOf(m["evidence"]),
        },
      );
    } else {
      facts.push({ kind: m["type"], ...m });
    }
  }
}

function externalObservations(ext: Json, set: SeriesSet): void {
  const source = String(ext["source"]);
  const add = (o: Json, members: Record<string, string>): void => {
    const url = o["url"] ?? ext["sector_source_url"];
    set.observe(members, {
      period: String(o["period"]),
      value: Number(o["value"]),
      status: o["status"] === "provisional" ? "PROVISIONAL" : "FINAL",
      comment: null,
      sourceLabel: source,
      sourceUrl: isUrl(url) ? url : null,
      note: [str(o["note"]), isUrl(url) || url == null ? null : String(url)].filter(Boolean).join("; ") || null,
      evidence: [],
    });
  };
  for (const o of asList(ext["observations"])) {
    const member = str(o["member"]);
    add(o, member ? Object.fromEntries([MEMBER_ALIASES[member]!]) : {});
  }
  for (const o of asList(ext["quarterly_observations"])) add(o, {});
  for (const o of asList(ext["disaggregated"])) {
    const [dimension, member] = MEMBER_ALIASES[String(o["member"])]!;
    const note = String(o["dimension"]).includes("25-64") ? "Onderwijsniveau gemeten bij 25-64-jarigen." : null;
    add(
      {
        ...o,
        note:
          [note, o["url"] ? null : "De bron vermeldt geen aparte pagina voor dit cijfer."].filter(Boolean).join(" ") ||
          null,
      },
      { [dimension]: member },
    );
  }
  for (const o of asList(ext["sector_values_2019_werknemers"])) {
    add({ ...o, period: "2019" }, { statuut: "werknemers", sector: MEMBER_ALIASES[String(o["member"])]![1] });
  }
}

function targetRevisions(kpi: Json, ext: Json | undefined, qualitative: unknown[]): TargetRevisionSeed[] {
  const numeric = asList(kpi["targets"]).filter((t) => {
    const ok = typeof t["value"] === "number" && typeof t["target_year"] === "number";
    if (!ok) qualitative.push(t);
    return ok;
  });
  const seedPoints = numeric.map((t) => ({
    period: String(t["target_year"]),
    value: Number(t["value"]),
    kind: "TARGET" as const,
    sourceLabel: String(t["target_source"] ?? IAB_SOURCE),
    sourceUrl: null,
    note: [str(t["target_year_basis"]), str(t["note"])].filter(Boolean).join(" ") || null,
    evidence: evidenceOf(t["evidence"]),
  }));
  const extPoints = asList(ext?.["targets"])
    .filter((t) => !seedPoints.some((p) => p.period === String(t["period"])))
    .map((t) => ({
      period: String(t["period"]),
      value: Number(t["value"]),
      kind: t["kind"] === "derived milestone" ? ("MILESTONE" as const) : ("TARGET" as const),
      sourceLabel: String(t["source"]),
      sourceUrl: isUrl(t["url"]) ? t["url"] : null,
      note: t["kind"] === "derived milestone" ? "Afgeleide mijlpaal, geen officieel doel." : null,
      evidence: [],
    }));
  const baselineObs = asList(kpi["measurements"]).find(
    (m) => m["type"] === "observation" && typeof m["value"] === "number",
  );
  const baseline =
    baselineObs && typeof baselineObs["year"] === "number" && seedPoints.length > 0
      ? { period: String(baselineObs["year"]), value: Number(baselineObs["value"]), source: IAB_SOURCE }
      : null;
  const revisions: TargetRevisionSeed[] = [];
  if (seedPoints.length > 0) {
    revisions.push({
      justification: `Doel zoals vermeld in ${IAB_SOURCE}.`,
      baseline,
      interpolation: "LINEAR",
      points: seedPoints,
    });
  }
  if (extPoints.length > 0) {
    revisions.push({
      justification:
        seedPoints.length > 0
          ? `Herzien: ${extPoints.map((p) => `${p.value} in ${p.period} (${p.sourceLabel})`).join("; ")}.`
          : `Doel volgens ${extPoints.map((p) => p.sourceLabel).join("; ")}.`,
      baseline,
      interpolation: "LINEAR",
      points: [...seedPoints, ...extPoints].sort((a, b) => a.period.localeCompare(b.period)),
    });
  }
  return revisions;
}

function benchmarks(kpi: Json, ext: Json | undefined, facts: unknown[]): BenchmarkSeed[] {
  const result: BenchmarkSeed[] = [];
  const push = (b: Json, sourceLabel: string, sourceUrl: string | null): void => {
    const entity = BENCHMARK_ENTITIES[String(b["entity"])];
    if (typeof b["value"] !== "number" || !entity) {
      facts.push({ kind: "benchmark_without_value", ...b });
      return;
    }
    const period = b["period"] ?? b["year"];
    const duplicate = result.find(
      (r) => r.entityCode === entity[0] && r.period === (period == null ? null : String(period)),
    );
    if (duplicate) return;
    result.push({
      entityCode: entity[0],
      entityNl: entity[1],
      entityEn: entity[2],
      period: period == null ? null : String(period),
      value: b["value"],
      sourceLabel,
      sourceUrl,
      note: str(b["note"]),
      evidence: evidenceOf(b["evidence"]),
    });
  };
  for (const b of asList(kpi["benchmarks"])) push(b, IAB_SOURCE, null);
  for (const b of asList(ext?.["benchmarks"])) {
    push(
      b,
      isUrl(b["url"]) ? String(ext?.["source"] ?? b["url"]) : String(b["source"] ?? ext?.["source"]),
      isUrl(b["url"]) ? b["url"] : null,
    );
  }
  return result;
}

export function buildKpis(catalogue: Catalogue, external: ExternalFacts): KpiSeed[] {
  return catalogue.kpis.map((kpi) => {
    const code = String(kpi["code"]);
    const ext = external.series.find((s) => s["kpi_code"] === code);
    const facts: unknown[] = [];
    const qualitativeTargets: unknown[] = [];
    const set = new SeriesSet();
    set.get({});
    catalogueObservations(kpi, set, facts);
    if (ext) externalObservations(ext, set);
    for (const f of asList(ext?.["facts"])) facts.push({ kind: "published_fact", ...f });
    for (const r of asList(ext?.["related"])) facts.push({ kind: "related_figure", source: ext?.["source"], ...r });
    if (ext?.["note"]) facts.push({ kind: "note", text: ext["note"] });
    set.get({}).targetRevisions = targetRevisions(kpi, ext, qualitativeTargets);
    const unitLabel = String(kpi["unit"]);
    const unit = unitOf(unitLabel);
    const series = [...set.byKey.values()];
    return {
      code,
      planCode: String(kpi["plan_code"]),
      parentCode: str(kpi["parent_kpi"]),
      nameNl: String(kpi["name_nl"]),
      nameEn: String(kpi["name_en"]),
      nameEnTranslated: kpi["name_en_translated"] === true,
      definitionNl: str(ext?.["definition_nl"]),
      kind: code === "KPI-VOV" ? "BUDGET_ENVELOPE" : unit === "COUNT" ? "COUNT" : "LEVEL",
      unit,
      unitLabel,
      decimals: unit === "COUNT" || unit === "EUR" ? 0 : 1,
      direction: String(kpi["direction"]).toUpperCase() as KpiSeed["direction"],
      directionBasis: str(kpi["direction_basis"]),
      frequency: code === "KPI-VOV" ? "SCHOOL_YEAR" : "YEAR",
      reportingInterval: code === "KPI-WERKBAAR" ? 3 : 1,
      sourceOrganisationCode:
        code === "KPI-WZG" || code === "KPI-LLL" ? "STATISTIEK-VLAANDEREN" : code === "KPI-WERKBAAR" ? "SIA" : null,
      sourceText: str(ext?.["source"]),
      isHeadline: HEADLINE.has(code),
      quantifiable: str(kpi["quantifiable"]),
      nodeCodes: (kpi["theme_codes"] as string[] | undefined) ?? [],
      commitmentCodes: (kpi["commitment_codes"] as string[] | undefined) ?? [],
      dimensionCodes: [...new Set(series.flatMap((s) => Object.keys(s.members)))].sort(),
      qualitativeStatus: (kpi["qualitative_status"] as unknown[] | undefined) ?? [],
      qualitativeTargets,
      facts,
      dataSourceNote: str(kpi["data_source_note"]),
      note:
        [str(kpi["note"]), ext?.["frequency"] ? `Publicatieritme: ${String(ext["frequency"])}.` : null]
          .filter(Boolean)
          .join(" ") || null,
      series,
      benchmarks: benchmarks(kpi, ext, facts),
    };
  });
}
