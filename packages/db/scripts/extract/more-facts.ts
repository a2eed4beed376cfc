// Adds more-facts.json (published figures read in December 2026) to the KPIs built from the
// catalogue and external-facts.json. Every figure lands somewhere with its source: in a series
// when it measures that series (same definition, age range, reference period and frequency),
// else in the KPI's facts with the reason it stays out.
import { parsePeriod } from "@boordtabel/domain";
import type { BenchmarkSeed, ObservationSeed, TargetRevisionSeed } from "../../src/seed/seed-schema.js";
import { asList, str } from "./catalogue.js";
import { isUrl, MEMBER_ALIASES, UNSTAMPED, type SeriesSet, type Variant } from "./kpis.js";

type Json = Record<string, unknown>;

export interface MoreFacts {
  benchmark_year_verdict: Record<string, string>;
  series: Json[];
}

export interface KpiInProgress {
  code: string;
  frequency: "YEAR" | "SCHOOL_YEAR" | "QUARTER" | "MONTH";
  set: SeriesSet;
  facts: unknown[];
  benchmarks: BenchmarkSeed[];
  definitionNl: string | null;
  /** The unit the published figures are in, where more-facts states it. */
  publishedUnit: string | null;
  notes: string[];
}

const ENTITIES: Record<string, [string, string, string]> = {
  België: ["BE", "België", "Belgium"],
  EU27: ["EU27", "EU27", "EU27"],
  EU28: ["EU28", "EU28", "EU28"],
  Zweden: ["SE", "Zweden", "Sweden"],
  Duitsland: ["DE", "Duitsland", "Germany"],
  Nederland: ["NL", "Nederland", "Netherlands"],
  "Waals Gewest": ["BE-WAL", "Waals Gewest", "Walloon Region"],
  "Brussels Hoofdstedelijk Gewest": ["BE-BRU", "Brussels Hoofdstedelijk Gewest", "Brussels-Capital Region"],
  "België (12 maanden)": ["BE", "België", "Belgium"],
};

/** Benchmarks of the 12-month variant belong to that series, not to the KPI's 4-week total. */
const BENCHMARK_SERIES: Record<string, string> = { "België (12 maanden)": "referentieperiode=12-maanden" };

/** Pact 2020 sub-targets as read in Over.Werk 4/2011: known since that publication at the latest. */
const SUB_TARGET_KNOWN_SINCE = { knownSince: "2011-12-31", knownSinceApproximate: true };

const observation = (o: Json, source: string, extra: Partial<ObservationSeed> = {}): ObservationSeed => ({
  period: String(o["period"]),
  value: Number(o["value"]),
  status: o["status"] === "estimate" ? "ESTIMATE" : "FINAL",
  comment: o["status"] === "rounded" ? "Afgerond gepubliceerd." : null,
  ...UNSTAMPED,
  sourceLabel: source,
  sourceUrl: isUrl(o["url"]) ? o["url"] : null,
  note: [str(o["note"]), str(o["quote"]) ? `“${String(o["quote"])}”` : null].filter(Boolean).join(" ") || null,
  evidence: [],
  ...extra,
});

function membersOf(o: Json): Record<string, string> | null {
  const member = str(o["member"]);
  if (!member) return {};
  const alias = MEMBER_ALIASES[member];
  return alias ? { [alias[0]]: alias[1] } : null;
}

/** A figure that differs from the stored one for the same period: a later vintage of a
 *  provisional value, or the unrounded reading of a rounded one. Anything else is a conflict. */
function supersede(k: KpiInProgress, o: Json, source: string, variant?: Variant): void {
  const series = k.set.get(membersOf(o) ?? {}, variant);
  const fresh = observation(o, source);
  const index = series.observations.findIndex((x) => x.period === fresh.period);
  const existing = series.observations[index];
  if (!existing || existing.value === fresh.value) {
    k.set.observe(membersOf(o) ?? {}, fresh, variant);
    return;
  }
  if (existing.status === "PROVISIONAL") {
    const { period: _period, earlierVersions, ...previous } = existing;
    series.observations[index] = { ...fresh, earlierVersions: [...earlierVersions, previous] };
    return;
  }
  if (String(o["note"] ?? "").includes("unrounded")) {
    series.observations[index] = { ...fresh, comment: `Eerder afgerond gepubliceerd als ${existing.value} %.` };
    return;
  }
  throw new Error(`${k.code} ${fresh.period}: ${existing.value} vs ${fresh.value} and no rule says which is newer`);
}

function addObservations(k: KpiInProgress, list: Json[], source: string, variant?: Variant): void {
  for (const o of list) {
    const members = membersOf(o);
    const status = str(o["status"]);
    const ownFrequency = parsePeriod(String(o["period"])).frequency === (variant ?? k.frequency);
    if (
      !ownFrequency ||
      members === null ||
      o["measure"] ||
      status === "lower_bound" ||
      status === "period_uncertain" ||
      status === "label_ambiguous"
    ) {
      const reason = ownFrequency ? (status ?? "other_measure") : "other_frequency";
      k.facts.push({ kind: "published_figure_not_in_series", reason, source, ...o });
      continue;
    }
    supersede(k, o, source, variant);
  }
}

function addDisaggregated(k: KpiInProgress, list: Json[], source: string): void {
  for (const o of list) {
    const dimension = String(o["dimension"] ?? "");
    const alias = MEMBER_ALIASES[String(o["member"])];
    // The stored education series are of 25-64-year-olds; a figure whose age range the page does
    // not state cannot join them.
    if (!alias || (dimension === "onderwijsniveau" && k.code === "KPI-WZG") || o["status"] === "secondary_source") {
      k.facts.push({ kind: "published_figure_not_in_series", reason: "other_definition", source, ...o });
      continue;
    }
    const note = dimension.includes("25-64") ? "Onderwijsniveau gemeten bij 25-64-jarigen." : null;
    k.set.observe(
      { [alias[0]]: alias[1] },
      observation({ ...o, note: [note, str(o["note"])].filter(Boolean).join(" ") || null }, source),
    );
  }
}

function addBenchmarks(k: KpiInProgress, list: Json[], source: string): void {
  for (const b of list) {
    const entity = ENTITIES[String(b["entity"])];
    const period = String(b["period"]);
    if (!entity || b["kind"] === "target" || b["status"] === "superseded_vintage" || period.includes("-Q")) {
      k.facts.push({
        kind: "benchmark_not_compared",
        reason: b["kind"] ?? b["status"] ?? "other_period",
        source,
        ...b,
      });
      continue;
    }
    const seriesKey = BENCHMARK_SERIES[String(b["entity"])] ?? null;
    const note = [str(b["note"]), str(b["quote"]) ? `“${String(b["quote"])}”` : null].filter(Boolean).join(" ") || null;
    // The action plan's yearless comparators are the Eurostat 2018 values (benchmark_year_verdict).
    const yearless = k.benchmarks.find(
      (x) => x.period === null && x.entityCode === entity[0] && x.value === b["value"],
    );
    if (yearless) {
      yearless.period = period;
      yearless.note = [yearless.note, "Jaar niet vermeld in het actieplan; Eurostat-waarde van 2018."]
        .filter(Boolean)
        .join(" ");
    }
    const same = k.benchmarks.filter(
      (x) => x.entityCode === entity[0] && x.period === period && x.seriesKey === seriesKey,
    );
    if (same.some((x) => x.value === b["value"])) {
      for (const x of same) x.sourceUrl ??= isUrl(b["url"]) ? b["url"] : null;
      k.benchmarks.splice(0, k.benchmarks.length, ...dedupe(k.benchmarks));
      continue;
    }
    if (same.length > 0) throw new Error(`${k.code} benchmark ${entity[0]} ${period}: conflicting values`);
    k.benchmarks.push({
      entityCode: entity[0],
      entityNl: entity[1],
      entityEn: entity[2],
      period,
      value: Number(b["value"]),
      seriesKey,
      sourceLabel: source,
      sourceUrl: isUrl(b["url"]) ? b["url"] : null,
      note,
      evidence: [],
    });
  }
}

/** Two readings of one comparator (the plan's and a published page's) become one, keeping both sources. */
function dedupe(list: BenchmarkSeed[]): BenchmarkSeed[] {
  const out: BenchmarkSeed[] = [];
  for (const b of list) {
    const twin = out.find((x) => x.entityCode === b.entityCode && x.period === b.period && x.seriesKey === b.seriesKey);
    if (!twin) out.push(b);
    else {
      twin.sourceUrl ??= b.sourceUrl;
      twin.evidence = [...twin.evidence, ...b.evidence];
      twin.note = [twin.note, b.note].filter(Boolean).join(" ") || null;
    }
  }
  return out;
}

function addTargets(k: KpiInProgress, list: Json[], source: string): void {
  for (const t of list) {
    const points = [...k.set.byKey.values()].flatMap((s) => s.targetRevisions.flatMap((r) => r.points));
    const confirmed = points.filter((p) => p.period === String(t["period"]) && p.value === t["value"]);
    if (!t["entity"] && confirmed.length > 0) {
      for (const p of confirmed) {
        p.sourceUrl ??= isUrl(t["url"]) ? t["url"] : null;
        p.note = [p.note, `Bevestigd: “${String(t["quote"])}”`].filter(Boolean).join(" ");
      }
      continue;
    }
    // Targets of other governments (EU, Belgium) are context, not this plan's targets.
    k.facts.push({ kind: "target_of_other_entity", source, ...t });
  }
}

function addSubTargets(k: KpiInProgress, list: Json[], source: string): void {
  for (const t of list) {
    const alias = MEMBER_ALIASES[String(t["member"])];
    const series = alias ? k.set.byKey.get(`${alias[0]}=${alias[1]}`) : undefined;
    if (t["entity"] || !series || series.targetRevisions.length > 0) {
      k.facts.push({ kind: "target_of_other_entity_or_group", source, ...t });
      continue;
    }
    const revision: TargetRevisionSeed = {
      justification: `Subdoelstelling Pact 2020 (${String(t["member"])}), zoals gelezen in Over.Werk 4/2011.`,
      baseline: null,
      interpolation: "LINEAR",
      ...SUB_TARGET_KNOWN_SINCE,
      points: [
        {
          period: String(t["period"]),
          value: Number(t["value"]),
          kind: "TARGET",
          sourceLabel: "Pact 2020 (Over.Werk 4/2011, Steunpunt WSE)",
          sourceUrl: isUrl(t["url"]) ? t["url"] : null,
          note: `“${String(t["quote"])}”`,
          evidence: [],
        },
      ],
    };
    series.targetRevisions.push(revision);
  }
}

function markBreaks(k: KpiInProgress, breaks: string): void {
  const years = new Set(breaks.match(/\b(19|20)\d{2}\b/g) ?? []);
  for (const o of k.set.get({}).observations) {
    if (!years.has(o.period)) continue;
    o.breakInSeries = true;
    o.comment = [o.comment, "Breuk in de tijdreeks."].filter(Boolean).join(" ");
  }
}

/** Applies the KPI's entry of more-facts.json; returns nothing, changes `k` in place. */
export function applyMoreFacts(k: KpiInProgress, more: MoreFacts): void {
  const entry = more.series.find((s) => s["kpi_code"] === k.code);
  if (!entry) return;
  const source = String(entry["source"] ?? "more-facts (Boordtabel-referentie, december 2026)");
  if (str(entry["definition_nl"])) k.definitionNl = String(entry["definition_nl"]);
  k.publishedUnit = str(entry["unit"]);
  if (str(entry["frequency"])) k.notes.push(`Publicatieritme: ${String(entry["frequency"])}.`);
  addObservations(k, asList(entry["observations"]), source);
  addObservations(k, asList(entry["quarterly_observations"]), source, "QUARTER");
  addObservations(k, asList(entry["monthly_observations"]), source, "MONTH");
  const variant = entry["variant_12_months"] as Json | undefined;
  if (variant) {
    const list = asList(variant["observations"]).map((o) => ({ ...o, member: "12 maanden" }));
    MEMBER_ALIASES["12 maanden"] = ["referentieperiode", "12-maanden"];
    addObservations(k, list, source);
    addObservations(
      k,
      asList(variant["confirmation"]).map((o) => ({ ...o, member: "12 maanden" })),
      source,
    );
  }
  addDisaggregated(k, asList(entry["disaggregated"]), source);
  addBenchmarks(k, asList(entry["benchmarks"]), source);
  addTargets(k, asList(entry["targets"]), source);
  addSubTargets(k, asList(entry["sub_targets"]), source);
  if (str(entry["breaks"])) markBreaks(k, String(entry["breaks"]));
  for (const list of ["revisions_noted", "related", "related_other_age", "parameters"]) {
    for (const f of asList(entry[list])) k.facts.push({ kind: list, source, ...f });
  }
  for (const key of ["note", "not_found"]) if (str(entry[key])) k.facts.push({ kind: "note", text: entry[key] });
  k.benchmarks.splice(0, k.benchmarks.length, ...dedupe(k.benchmarks));
}
