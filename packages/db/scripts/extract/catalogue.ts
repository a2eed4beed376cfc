import type {
  AnnotationSeed,
  CommitmentSeed,
  Evidence,
  OrganisationSeed,
  PlanNodeSeed,
  PlanSeed,
} from "../../src/seed/seed-schema.js";

/* The shapes of the reference files, as far as this script reads them. */
type Json = Record<string, unknown>;
export interface Catalogue {
  plans: Json[];
  themes: Json[];
  commitments: Json[];
  kpis: Json[];
  instrument_parameters: Json[];
  timeline: Json[];
}
export interface ExternalFacts {
  series: Json[];
}

export const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A target's source as a short name for sentences and legends ("Vlaams regeerakkoord 2019-2024")
 *  and the rest of the source text (quotes, readings) as a remark for the note. */
export function sourceName(text: string): { label: string; remark: string | null } {
  const cut = text.search(/ \(|;/);
  if (cut <= 0) return { label: text, remark: null };
  const remark = text
    .slice(cut)
    .replace(/^[ ;]+/, "")
    .replace(/^\(([^)]*)\)/, "$1")
    .trim();
  return { label: text.slice(0, cut).trim(), remark: remark || null };
}
export const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : v ? [v as Json] : []);
export const evidenceOf = (v: unknown): Evidence[] =>
  asList(v).map((e) => ({ file: String(e["file"]), lines: String(e["lines"]), quote: String(e["quote"] ?? "") }));

/** Well-known organisations with the spellings the seed texts use for them. */
const KNOWN_ORGANISATIONS: OrganisationSeed[] = [
  {
    code: "SERV",
    nameNl: "SERV",
    nameEn: "SERV (Social and Economic Council of Flanders)",
    kind: "organisation",
    aliases: ["SERV", "SERV (pleit)"],
  },
  {
    code: "SOCIALE-PARTNERS",
    nameNl: "Vlaamse sociale partners",
    nameEn: "Flemish social partners",
    kind: "organisation",
    aliases: [
      "Vlaamse sociale partners",
      "Vlaamse sociale partners (als medebeheerders van VDAB)",
      "sociale partners",
      "SERV-sociale partners",
    ],
  },
  {
    code: "VDAB",
    nameNl: "VDAB",
    nameEn: "VDAB (Flemish Public Employment Service)",
    kind: "organisation",
    aliases: [
      "VDAB",
      "VDAB (Competent)",
      "VDAB (Mijn Loopbaan)",
      "VDAB-specialisten (vijfjaarlijkse bedrijfsbezoeken)",
    ],
  },
  {
    code: "VLAAMSE-REGERING",
    nameNl: "Vlaamse Regering",
    nameEn: "Flemish Government",
    kind: "organisation",
    aliases: ["Vlaamse Regering", "Vlaamse Regering (volgende)"],
  },
  {
    code: "SIA",
    nameNl: "Stichting Innovatie & Arbeid",
    nameEn: "Foundation for Innovation & Work",
    kind: "organisation",
    aliases: ["Stichting Innovatie en Arbeid/SERV", "Stichting Innovatie & Arbeid (onderzoek)"],
  },
  {
    code: "OCMW",
    nameNl: "OCMW’s",
    nameEn: "Public centres for social welfare (OCMW)",
    kind: "organisation",
    aliases: ["OCMW’s", "OCMW’s (artikel 60, §7)"],
  },
  {
    code: "SYNTRA",
    nameNl: "Syntra",
    nameEn: "Syntra",
    kind: "organisation",
    aliases: ["Syntra", "Syntra vzw’s", "Syntra’s"],
  },
  { code: "ACTIRIS", nameNl: "Actiris", nameEn: "Actiris", kind: "organisation", aliases: ["Actiris"] },
  { code: "FOREM", nameNl: "Forem", nameEn: "Forem", kind: "organisation", aliases: ["Forem"] },
  {
    code: "DEPT-WSE",
    nameNl: "Departement Werk en Sociale Economie",
    nameEn: "Department of Work and Social Economy",
    kind: "organisation",
    aliases: ["Departement WSE (evaluatiestudie/Jaarrapport Vlaams Doelgroepenbeleid 2017)"],
  },
  {
    code: "STEUNPUNT-WERK",
    nameNl: "Steunpunt Werk",
    nameEn: "Steunpunt Werk (Policy Research Centre Work)",
    kind: "organisation",
    aliases: ["Steunpunt Werk"],
  },
  {
    code: "STATISTIEK-VLAANDEREN",
    nameNl: "Statistiek Vlaanderen",
    nameEn: "Statistics Flanders",
    kind: "organisation",
    aliases: [],
  },
  {
    code: "STATBEL",
    nameNl: "Statbel",
    nameEn: "Statbel (Belgian statistical office)",
    kind: "organisation",
    aliases: [],
  },
  {
    code: "HIVA",
    nameNl: "HIVA (KU Leuven)",
    nameEn: "HIVA (KU Leuven)",
    kind: "organisation",
    aliases: ["HIVA (VIONA-onderzoeken)"],
  },
];

function slug(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "");
  return ascii
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

const ACTOR_FIELDS = [
  ["responsible", "RESPONSIBLE"],
  ["overseeing", "OVERSEEING"],
  ["partners", "PARTNER"],
  ["addressed_to", "ADDRESSED_TO"],
] as const;

/** "niet expliciet" marks that the text names nobody: not an actor. */
const isNamedActor = (label: string): boolean => !label.startsWith("niet expliciet");

function actorLabels(catalogue: Catalogue): string[] {
  const labels = new Set<string>();
  for (const c of catalogue.commitments) {
    const actors = c["actors"] as Json;
    for (const [field] of ACTOR_FIELDS) {
      for (const label of (actors[field] as string[] | undefined) ?? []) if (isNamedActor(label)) labels.add(label);
    }
  }
  return [...labels].sort();
}

export function buildOrganisations(catalogue: Catalogue): OrganisationSeed[] {
  const known = new Set(KNOWN_ORGANISATIONS.flatMap((o) => o.aliases));
  const others = actorLabels(catalogue)
    .filter((label) => !known.has(label))
    .map<OrganisationSeed>((label) => ({
      code: slug(label),
      nameNl: label,
      nameEn: label,
      kind: /^[A-Z]/.test(label) ? "organisation" : "actor_group",
      aliases: [label],
    }));
  return [...KNOWN_ORGANISATIONS, ...others];
}

export function organisationCodeFor(label: string, organisations: OrganisationSeed[]): string {
  const found = organisations.find((o) => o.aliases.includes(label));
  if (!found) throw new Error(`no organisation for actor "${label}"`);
  return found.code;
}

function nodeKind(theme: Json): PlanNodeSeed["kind"] {
  const code = String(theme["code"]);
  const level = Number(theme["level"]);
  if (code === "IAB-0") return "INTRODUCTION";
  if (code.startsWith("IAB-")) return (["INTRODUCTION", "PILLAR", "THEME", "SUBTHEME"] as const)[level] ?? "SUBTHEME";
  if (code === "DIGI-4") return "CHAPTER";
  if (code.startsWith("DIGI-")) return "DOMAIN";
  return "GROUP";
}

/** A title's trailing parenthesis that quotes another wording ("in de pijlerlijst: …") is an
 *  editor's remark, kept in the node's note, not part of the title. */
function withoutEditorialNote(title: string): string {
  return title.replace(/\s*\((?:in de pijlerlijst: )?"[^"]*"\)$/, "");
}

/** A plan's title without its trailing parenthesised subtitle ("Digitale beleidsagenda voor
 *  Vlaanderen (visienota …)" → "Digitale beleidsagenda voor Vlaanderen"): shorter for display,
 *  no word added. Null when the title has no such subtitle. */
function shortTitle(title: string): string | null {
  const short = title.replace(/\s*\([^()]*\)$/, "");
  return short !== title && short.length > 0 ? short : null;
}

export function buildPlans(catalogue: Catalogue): PlanSeed[] {
  return catalogue.plans.map((plan) => {
    const code = String(plan["code"]);
    const sourceFiles = asList(plan["source_file"]).length
      ? ([] as string[]).concat(plan["source_file"] as string | string[])
      : [];
    return {
      code,
      titleNl: String(plan["title_nl"]),
      titleEn: String(plan["title_en"]),
      titleEnTranslated: plan["title_en_translated"] === true,
      shortTitleNl: shortTitle(String(plan["title_nl"])),
      shortTitleEn: shortTitle(String(plan["title_en"])),
      // The catalogue's notes on the plans are English; no Dutch description is in the sources.
      descriptionNl: null,
      descriptionEn: str(plan["status_note"]) ?? str(plan["governance_note"]),
      kind: String(plan["kind"]),
      ownerOrganisationCode: "SERV",
      ownerText: String(plan["owner"]),
      year: Number(plan["year"]),
      sourceDocument: sourceFiles.join(", "),
      objectives: (plan["objectives"] as unknown[] | undefined) ?? [],
      evidence: evidenceOf(plan["evidence"]),
      nodes: catalogue.themes
        .filter((t) => t["plan_code"] === code)
        .map((t) => ({
          code: String(t["code"]),
          parentCode: str(t["parent_code"]),
          kind: nodeKind(t),
          level: Number(t["level"]),
          number: str(t["number_in_document"]),
          titleNl: withoutEditorialNote(String(t["title_nl"])),
          titleEn: withoutEditorialNote(String(t["title_en"])),
          titleEnTranslated: t["title_en_translated"] === true,
          note: str(t["note"]),
          location: t["location"] ?? null,
        })),
    };
  });
}

function quantitativeTarget(c: Json, catalogue: Catalogue): unknown {
  const target = c["quantitative_target"] as Json | null;
  if (!target) return null;
  const codes = (target["parameters"] as string[] | undefined) ?? [];
  if (codes.length === 0) return target;
  const parameters = codes.map((code) => catalogue.instrument_parameters.find((p) => p["code"] === code) ?? { code });
  return { ...target, parameters };
}

export function buildCommitments(catalogue: Catalogue): CommitmentSeed[] {
  const organisations = buildOrganisations(catalogue);
  return catalogue.commitments.map((c) => {
    const actors = c["actors"] as Json;
    const timeFrame = c["time_frame"] as Json | null;
    return {
      code: String(c["code"]),
      planCode: String(c["plan_code"]),
      nodeCode: String(c["theme_code"]),
      numberInDocument: c["number_in_document"] == null ? null : String(c["number_in_document"]),
      titleNl: String(c["title_nl"]),
      titleEn: String(c["title_en"]),
      titleEnTranslated: c["title_en_translated"] === true,
      kind: String(c["kind"]).toUpperCase() as CommitmentSeed["kind"],
      timeFrameNl: timeFrame ? str(timeFrame["text_nl"]) : null,
      timeFrameEn: timeFrame ? str(timeFrame["text_en"]) : null,
      quantitativeTarget: quantitativeTarget(c, catalogue),
      targetGroups: (actors["target_groups"] as string[] | undefined) ?? [],
      actors: ACTOR_FIELDS.flatMap(([field, role]) =>
        ((actors[field] as string[] | undefined) ?? []).filter(isNamedActor).map((label) => ({
          organisationCode: organisationCodeFor(label, organisations),
          role,
          labelAsWritten: label,
        })),
      ),
      actorNote:
        [
          str(actors["note"]),
          ...((actors["addressed_to"] as string[] | undefined) ?? []).filter((l) => !isNamedActor(l)),
        ]
          .filter((x): x is string => x !== null)
          .join(" ") || null,
      kpiCodes: (c["kpi_codes"] as string[] | undefined) ?? [],
      note: str(c["note"]),
      evidence: evidenceOf(c["evidence"]),
    };
  });
}

const PLAN_BY_FILE: Record<string, string> = {
  "003": "IAB",
  "000": "DIGI",
  "001": "DIGI",
  "002": "DIGI",
  "004": "I40",
};

/** Timeline events with an exact date become plan annotations; year-only ones are too vague to
 *  place on a chart and stay in the catalogue. */
export function buildAnnotations(catalogue: Catalogue): AnnotationSeed[] {
  const fromTimeline = catalogue.timeline.flatMap<AnnotationSeed>((t) => {
    const date = String(t["date"]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
    const evidence = t["evidence"] as Json | undefined;
    const file = String(evidence?.["file"] ?? "");
    const event = String(t["event"]);
    return [
      {
        planCode: PLAN_BY_FILE[file.slice(0, 3)] ?? "IAB",
        kpiCode: null,
        date,
        kind: "EVENT",
        titleNl: event,
        titleEn: event,
        bodyNl: evidence ? `Bron: ${file}, r. ${String(evidence["lines"])}: “${String(evidence["quote"])}”` : null,
        sourceUrl: null,
      },
    ];
  });
  return [
    ...fromTimeline,
    {
      planCode: "IAB",
      kpiCode: "KPI-VOV",
      date: "2019-09-01",
      kind: "POLICY",
      titleNl: "Vlaams opleidingsverlof vervangt betaald educatief verlof (max. 125 uur per schooljaar)",
      titleEn: "Flemish training leave replaces paid educational leave (max. 125 hours per school year)",
      bodyNl:
        "Bron: “VOV replaced betaald educatief verlof from 1 September 2019; at most 125 hours per school year for a full-time private-sector employee” (vlaanderen.be).",
      sourceUrl: "https://www.vlaanderen.be/betaald-educatief-verlof",
    },
    {
      planCode: "IAB",
      kpiCode: "KPI-VOV",
      date: "2025-04-25",
      kind: "POLICY",
      titleNl: "Loonforfait per VOV-uur met 30% verlaagd van € 21,30 naar € 14,91",
      titleEn: "Wage allowance per training-leave hour cut by 30% from € 21.30 to € 14.91",
      bodyNl:
        "Bron: beslissing van de Vlaamse Regering van 25 april 2025: loonforfait per VOV-uur van € 21,30 naar € 14,91, binnen een besparing van € 79,1 miljoen op arbeidsmarktsubsidies.",
      sourceUrl:
        "https://www.vlaanderen.be/vlaamse-regering/beslissingen-van-de-vlaamse-regering/tijdelijke-technische-aanpassingen-voorwaarden-om-in-aanmerking-te-komen-voor-het-vlaams-opleidingsverlof",
    },
  ];
}
