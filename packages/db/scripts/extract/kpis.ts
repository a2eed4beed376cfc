import type {
  BenchmarkSeed,
  DimensionSeed,
  KpiSeed,
  ObservationSeed,
  SeriesSeed,
  TargetRevisionSeed,
} from "../../src/seed/seed-schema.js";
import { parsePeriod } from "@boordtabel/domain";
import { asList, evidenceOf, sourceName, str, type Catalogue, type ExternalFacts } from "./catalogue.js";
import { applyMoreFacts, type KpiInProgress, type MoreFacts } from "./more-facts.js";

type Json = Record<string, unknown>;

const IAB_SOURCE = "Actieplan Iedereen aan boord (SERV, 2019)";
/** The plan carries no publication date; its latest dated facts are of May 2019 (L268-269, L969). */
export const IAB_KNOWN_SINCE = { knownSince: "2019-05-31", knownSinceApproximate: true };
/** When the published (non-IAB) targets became known. The 80 % of the Flemish coalition
 *  agreement 2019-2024 dates from its presentation (30 September 2019); the date is not in the
 *  cited page, hence approximate. */
const EXTERNAL_TARGET_KNOWN_SINCE: Record<string, { knownSince: string; knownSinceApproximate: boolean }> = {
  "KPI-WZG": { knownSince: "2019-09-30", knownSinceApproximate: true },
};
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
    members: [
      { code: "20-34", nameNl: "20-34 jaar", nameEn: "20-34 years" },
      { code: "35-44", nameNl: "35-44 jaar", nameEn: "35-44 years" },
      { code: "45-54", nameNl: "45-54 jaar", nameEn: "45-54 years" },
      { code: "55-64", nameNl: "55-64 jaar", nameEn: "55-64 years" },
    ],
  },
  {
    code: "beperking",
    nameNl: "Beperking",
    nameEn: "Impairment",
    members: [
      { code: "met", nameNl: "Met beperking", nameEn: "With impairment" },
      { code: "zonder", nameNl: "Zonder beperking", nameEn: "Without impairment" },
    ],
  },
  {
    code: "geboorteland",
    nameNl: "Geboorteland",
    nameEn: "Country of birth",
    members: [
      { code: "belgie", nameNl: "Geboren in België", nameEn: "Born in Belgium" },
      { code: "eu27", nameNl: "Geboren in de EU-27 (niet België)", nameEn: "Born in the EU-27 (not Belgium)" },
      { code: "buiten-eu27", nameNl: "Geboren buiten de EU-27", nameEn: "Born outside the EU-27" },
    ],
  },
  {
    code: "referentieperiode",
    nameNl: "Referentieperiode",
    nameEn: "Reference period",
    members: [{ code: "12-maanden", nameNl: "Laatste 12 maanden", nameEn: "Last 12 months" }],
  },
  {
    code: "vaardigheidsniveau",
    nameNl: "Vaardigheidsniveau",
    nameEn: "Skill level",
    members: [{ code: "meer-dan-basis", nameNl: "Meer dan basisvaardigheden", nameEn: "Above basic skills" }],
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
export const MEMBER_ALIASES: Record<string, [string, string]> = {
  mannen: ["geslacht", "mannen"],
  vrouwen: ["geslacht", "vrouwen"],
  "55-64": ["leeftijd", "55-64"],
  "45-54": ["leeftijd", "45-54"],
  "35-44": ["leeftijd", "35-44"],
  "20-34": ["leeftijd", "20-34"],
  "met beperking": ["beperking", "met"],
  "zonder beperking": ["beperking", "zonder"],
  België: ["geboorteland", "belgie"],
  "EU-27 (niet België)": ["geboorteland", "eu27"],
  "buiten EU-27": ["geboorteland", "buiten-eu27"],
  "meer dan basis": ["vaardigheidsniveau", "meer-dan-basis"],
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

/** knownSince is stamped once every figure is in place (see stampKnownSince). */
export const UNSTAMPED = { breakInSeries: false, earlierVersions: [], knownSince: "", knownSinceApproximate: false };

export const isUrl = (v: unknown): v is string => typeof v === "string" && /^https?:\/\//.test(v);

function seriesKey(members: Record<string, string>): string {
  const entries = Object.entries(members).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "total" : entries.map(([d, m]) => `${d}=${m}`).join(";");
}

function memberName(dimension: string, member: string, lang: "nameNl" | "nameEn"): string {
  const found = DIMENSIONS.find((d) => d.code === dimension)?.members.find((m) => m.code === member);
  if (!found) throw new Error(`unknown member ${dimension}=${member}`);
  return found[lang];
}

/** A series of the total at another frequency than the KPI's (quarterly figures of a yearly
 *  KPI): one series, one frequency. */
export const FREQUENCY_VARIANTS = {
  QUARTER: { key: "kwartaal", labelNl: "Totaal, kwartaalcijfers", labelEn: "Total, quarterly figures" },
  MONTH: {
    key: "maand",
    labelNl: "Totaal, maandcijfers (einde maand)",
    labelEn: "Total, monthly figures (end of month)",
  },
} as const;
export type Variant = keyof typeof FREQUENCY_VARIANTS;

export class SeriesSet {
  readonly byKey = new Map<string, SeriesSeed>();

  get(members: Record<string, string>, variant?: Variant): SeriesSeed {
    const key = variant ? FREQUENCY_VARIANTS[variant].key : seriesKey(members);
    let series = this.byKey.get(key);
    if (!series) {
      const pairs = Object.entries(members);
      series = {
        key,
        members: variant ? {} : members,
        labelNl: variant
          ? FREQUENCY_VARIANTS[variant].labelNl
          : pairs.length
            ? pairs.map(([d, m]) => memberName(d, m, "nameNl")).join(", ")
            : "Totaal",
        labelEn: variant
          ? FREQUENCY_VARIANTS[variant].labelEn
          : pairs.length
            ? pairs.map(([d, m]) => memberName(d, m, "nameEn")).join(", ")
            : "Total",
        ...(variant ? { frequency: variant } : {}),
        observations: [],
        targetRevisions: [],
      };
      this.byKey.set(key, series);
    }
    return series;
  }

  /** Adds an observation; the same figure from a second source is merged, a different figure
   *  for the same period is a conflict the reference must resolve first. */
  observe(members: Record<string, string>, observation: ObservationSeed, variant?: Variant): void {
    const series = this.get(members, variant);
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
          ...UNSTAMPED,
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
  const add = (o: Json, members: Record<string, string>, variant?: Variant): void => {
    const url = o["url"] ?? ext["sector_source_url"];
    set.observe(
      members,
      {
        period: String(o["period"]),
        value: Number(o["value"]),
        status: o["status"] === "provisional" ? "PROVISIONAL" : "FINAL",
        comment: null,
        ...UNSTAMPED,
        sourceLabel: source,
        sourceUrl: isUrl(url) ? url : null,
        note: [str(o["note"]), isUrl(url) || url == null ? null : String(url)].filter(Boolean).join("; ") || null,
        evidence: [],
      },
      variant,
    );
  };
  for (const o of asList(ext["observations"])) {
    const member = str(o["member"]);
    add(o, member ? Object.fromEntries([MEMBER_ALIASES[member]!]) : {});
  }
  for (const o of asList(ext["quarterly_observations"])) add(o, {}, "QUARTER");
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
  const seedPoints = numeric.map((t) => {
    const source = sourceName(String(t["target_source"] ?? IAB_SOURCE));
    return {
      period: String(t["target_year"]),
      value: Number(t["value"]),
      kind: "TARGET" as const,
      sourceLabel: source.label,
      sourceUrl: null,
      note: [source.remark, str(t["target_year_basis"]), str(t["note"])].filter(Boolean).join(" ") || null,
      evidence: evidenceOf(t["evidence"]),
    };
  });
  const extPoints = asList(ext?.["targets"])
    .filter((t) => !seedPoints.some((p) => p.period === String(t["period"])))
    .map((t) => {
      const source = sourceName(String(t["source"]));
      const derived = t["kind"] === "derived milestone";
      return {
        period: String(t["period"]),
        value: Number(t["value"]),
        kind: derived ? ("INDICATIVE" as const) : ("TARGET" as const),
        sourceLabel: source.label,
        sourceUrl: isUrl(t["url"]) ? t["url"] : null,
        note:
          [derived ? "Afgeleide, indicatieve waarde; geen officieel doel." : null, source.remark]
            .filter(Boolean)
            .join(" ") || null,
        evidence: [],
      };
    });
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
      ...IAB_KNOWN_SINCE,
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
      ...(EXTERNAL_TARGET_KNOWN_SINCE[String(kpi["code"])] ?? IAB_KNOWN_SINCE),
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
      seriesKey: null,
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

/** Where the catalogue says "niet vermeld" and no published figure we seed defines the unit. */
const UNIT_NOT_STATED = /niet vermeld/;
const UNIT_DEFINED_BY_PUBLISHED_FIGURES = new Set(["KPI-LLL", "KPI-DIGI-VAARD"]);

const FREQUENCY: Record<string, KpiSeed["frequency"]> = {
  "KPI-VOV": "SCHOOL_YEAR",
  "KPI-DUAAL-LLN": "SCHOOL_YEAR",
  "KPI-DUAAL-OPL": "SCHOOL_YEAR",
};
const REPORTING_INTERVAL: Record<string, number> = { "KPI-WERKBAAR": 4, "KPI-DIGI-VAARD": 2 };

/** The series the KPI's targets are set on and its status reported on, when it is not the total:
 *  the workability monitor reports the werkbaarheidsgraad of employees, and the Pact 2020 target
 *  of 60 % workable jobs is set on it. */
const HEADLINE_SERIES: Record<string, string> = { "KPI-WERKBAAR": "statuut=werknemers" };

/** Months after the period's end until publication, where a source says so. */
const PUBLICATION: Record<string, { lag: number; nextRelease: string | null; note: string }> = {
  "KPI-WZG": {
    lag: 3,
    nextRelease: null,
    note: "Statbel publiceert het jaarcijfer met de cijfers van het vierde kwartaal, ongeveer drie maanden na het einde van het jaar (jaarcijfer 2022 in maart 2023).",
  },
  "KPI-WERKBAAR": {
    lag: 3,
    nextRelease: "2027-12-31",
    note: "Resultaten voor werknemers eind van het meetjaar, voor zelfstandigen begin van het jaar erna (actieplan r. 960-962); de meting gebeurt sinds 2023 om de vier jaar, de volgende in 2027.",
  },
};

const DEFAULT_LAG: Record<KpiSeed["frequency"], number> = { YEAR: 12, SCHOOL_YEAR: 12, QUARTER: 4, MONTH: 2 };

function addMonths(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0));
  return d.toISOString().slice(0, 10);
}

/** A press article's date in its address (Mediahuis: dmfYYYYMMDD) is the day the figure was public. */
function dateInUrl(url: string | null): string | null {
  const m = url?.match(/dmf(\d{4})(\d{2})(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** knownSince of every seeded figure: the date its source was published where the source
 *  shows it, else period end + publication lag (approximate); never later than the action plan
 *  for figures the plan itself quotes. */
function stampKnownSince(kpi: KpiSeed): void {
  for (const series of kpi.series) {
    const frequency = series.frequency ?? kpi.frequency;
    const lag = kpi.publicationLagMonths ?? DEFAULT_LAG[frequency];
    for (const o of series.observations) {
      for (const v of [...o.earlierVersions, o]) {
        if (v.knownSince !== "") continue;
        const exact = dateInUrl(v.sourceUrl);
        const estimate = addMonths(parsePeriod(o.period).end, lag);
        const fromPlan = v.sourceLabel === IAB_SOURCE && IAB_KNOWN_SINCE.knownSince < estimate;
        v.knownSince = exact ?? (fromPlan ? IAB_KNOWN_SINCE.knownSince : estimate);
        v.knownSinceApproximate = exact === null;
      }
    }
  }
}

/** The provisional 2022 employment rate (trend level Q4 2021 - Q3 2022) became public with the
 *  third-quarter figures: end of 2022-Q3 plus the publication lag. */
function stampProvisionalVintages(kpi: KpiSeed): void {
  const lag = kpi.publicationLagMonths ?? DEFAULT_LAG[kpi.frequency];
  for (const o of kpi.series.flatMap((s) => s.observations)) {
    for (const v of o.earlierVersions) {
      const trend = v.note?.match(/Q4 (\d{4}) - Q3 (\d{4})/);
      if (trend && v.knownSince === "") {
        v.knownSince = addMonths(parsePeriod(`${trend[2]}-Q3`).end, lag);
        v.knownSinceApproximate = true;
      }
    }
  }
}

function chooseHeadline(code: string, series: SeriesSeed[]): SeriesSeed[] {
  const key = HEADLINE_SERIES[code];
  if (key) {
    const total = series.find((s) => s.key === "total");
    const headline = series.find((s) => s.key === key);
    if (!headline) throw new Error(`${code}: headline series ${key} missing`);
    if (total) {
      headline.targetRevisions = [...total.targetRevisions, ...headline.targetRevisions];
      total.targetRevisions = [];
    }
  }
  // A total with neither values nor targets next to series that hold values is no series at all.
  const kept = series.filter(
    (s) => !(s.key === "total" && s.observations.length === 0 && s.targetRevisions.length === 0 && series.length > 1),
  );
  const headlineKey = key ?? (kept.some((s) => s.key === "total") ? "total" : kept[0]!.key);
  return kept.map((s) => ({ ...s, isHeadline: s.key === headlineKey }));
}

export function buildKpis(catalogue: Catalogue, external: ExternalFacts, more: MoreFacts): KpiSeed[] {
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
    const frequency = FREQUENCY[code] ?? "YEAR";
    const building: KpiInProgress = {
      code,
      frequency,
      set,
      facts,
      benchmarks: benchmarks(kpi, ext, facts),
      definitionNl: str(ext?.["definition_nl"]),
      publishedUnit: null,
      notes: ext?.["frequency"] ? [`Publicatieritme: ${String(ext["frequency"])}.`] : [],
    };
    applyMoreFacts(building, more);
    // The plan gives workability as a fraction; the monitor's figures we seed are percentages.
    const planUnit = String(kpi["unit"]);
    const unitLabel = building.publishedUnit === "%" && /fractie/.test(planUnit) ? "%" : planUnit;
    const unit =
      UNIT_NOT_STATED.test(planUnit) && !UNIT_DEFINED_BY_PUBLISHED_FIGURES.has(code)
        ? "UNSPECIFIED"
        : unitOf(unitLabel);
    const series = chooseHeadline(code, [...set.byKey.values()]);
    const publication = PUBLICATION[code];
    const seed: KpiSeed = {
      code,
      planCode: String(kpi["plan_code"]),
      parentCode: str(kpi["parent_kpi"]),
      nameNl: String(kpi["name_nl"]),
      nameEn: String(kpi["name_en"]),
      nameEnTranslated: kpi["name_en_translated"] === true,
      definitionNl: building.definitionNl,
      publicationLagMonths: publication?.lag ?? null,
      nextRelease: publication?.nextRelease ?? null,
      kind: code === "KPI-VOV" ? "BUDGET_ENVELOPE" : unit === "COUNT" ? "COUNT" : "LEVEL",
      unit,
      unitLabel,
      decimals: unit === "COUNT" || unit === "EUR" ? 0 : 1,
      direction: String(kpi["direction"]).toUpperCase() as KpiSeed["direction"],
      directionBasis: str(kpi["direction_basis"]),
      frequency,
      reportingInterval: REPORTING_INTERVAL[code] ?? 1,
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
      note: [str(kpi["note"]), ...building.notes, publication?.note ?? null].filter(Boolean).join(" ") || null,
      series,
      benchmarks: building.benchmarks,
    };
    stampProvisionalVintages(seed);
    stampKnownSince(seed);
    return seed;
  });
}
