import type { Catalogue } from "./catalogue.js";

/** The sentences that explain a verdict (SPEC §2). `observed` is "74,6 % in 2022"; `target` is
 *  the target with its period and source as the sentence needs them. */
export const assessNl = {
  observed: "{{value}} in {{period}}",
  target: "{{value}}{{source}}",
  targetIn: "{{value}} in {{period}}{{source}}",
  below: "onder",
  above: "boven",
  noData: {
    tooFew: "Deze methode heeft minstens twee meetwaarden nodig; geen status.",
    none: "Nog geen meetwaarde; geen status.",
    noneUntil: "Nog geen meetwaarde tot en met {{period}}; geen status.",
  },
  noTarget: "{{observed}}; er is geen doel vastgelegd.",
  achieved: "{{observed}}: het doel van {{target}} is gehaald.",
  notAchieved: "{{observed}}, {{amount}} {{side}} het doel van {{target}}; doel niet gehaald.",
  trajectory:
    "{{observed}}, {{amount}} {{side}} het geplande pad ({{planned}}) naar {{target}}; {{share}} van de verwachte vooruitgang: {{verdict}}.",
  withinTolerance: "{{verdict}} (binnen de tolerantie)",
  trajectoryVerdict: { ON_TRACK: "op koers", AT_RISK: "risico op achterstand", OFF_TRACK: "niet op koers" },
  insufficient:
    "{{observed}}; nog geen meetwaarde na het basisjaar, dus geen oordeel over de vooruitgang naar {{target}}.",
  growthTowardsTarget: "{{observed}}; de groei is {{share}} van wat nodig is voor {{target}}: {{verdict}}.",
  annualGrowth: "{{observed}}; jaarlijkse groei in de goede richting {{growth}}: {{verdict}}.",
  projection:
    "{{observed}}; bij de huidige groei {{projected}} in {{when}}, {{share}} van de nodige afstand tot {{target}}: {{verdict}}.",
  opensdg: {
    substantial_progress: "op koers",
    moderate_progress: "vooruitgang, maar versnelling nodig",
    limited_progress: "beperkte vooruitgang",
    deterioration: "achteruitgang",
  },
  unsd: {
    "3": "doel gehaald of op koers",
    "2": "redelijke vooruitgang, versnelling nodig",
    "1": "stilstand of achteruitgang",
  },
  status: {
    ACHIEVED: "doel gehaald",
    ON_TRACK: "op koers",
    AT_RISK: "risico",
    OFF_TRACK: "niet op koers",
    NOT_ACHIEVED: "doel niet gehaald",
    INSUFFICIENT_DATA: "onvoldoende gegevens",
    NO_DATA: "geen gegevens",
    NO_TARGET: "geen doel",
  },
  pastTarget: {
    name: "Doel {{period}}",
    notMeasured: "{{name}} ({{target}}): niet gemeten.",
    met: "{{name}} ({{target}}): gehaald ({{actual}}).",
    notMet: "{{name}} ({{target}}): niet gehaald ({{actual}}).",
  },
  trend: {
    belowPathButReaches: "Onder het geplande pad, maar de trend haalt {{target}} in {{year}}.",
    reaches: "De trend haalt {{target}} wel in {{year}}.",
    fallsShort: "Maar de trend haalt {{target}} in {{when}} niet ({{projected}}).",
  },
  age: {
    stale: "Laatste waarde {{last}}, verwacht {{expected}}.",
    staleProvisional: "Laatste waarde {{last}} (voorlopig), verwacht {{expected}}.",
    provisional: "De waarde van {{last}} is voorlopig.",
  },
} as const;

export const assessEn: Catalogue<typeof assessNl> = {
  observed: "{{value}} in {{period}}",
  target: "{{value}}{{source}}",
  targetIn: "{{value}} for {{period}}{{source}}",
  below: "below",
  above: "above",
  noData: {
    tooFew: "This method needs at least two values; no status.",
    none: "No value yet; no status.",
    noneUntil: "No value yet up to {{period}}; no status.",
  },
  noTarget: "{{observed}}; no target has been set.",
  achieved: "{{observed}}: the target of {{target}} has been met.",
  notAchieved: "{{observed}}, {{amount}} {{side}} the target of {{target}}; target not met.",
  trajectory:
    "{{observed}}, {{amount}} {{side}} the planned path ({{planned}}) towards {{target}}; {{share}} of the expected progress: {{verdict}}.",
  withinTolerance: "{{verdict}} (within the tolerance)",
  trajectoryVerdict: { ON_TRACK: "on track", AT_RISK: "at risk", OFF_TRACK: "off track" },
  insufficient: "{{observed}}; no value after the baseline yet, so no verdict on progress towards {{target}}.",
  growthTowardsTarget: "{{observed}}; growth is {{share}} of what is needed for {{target}}: {{verdict}}.",
  annualGrowth: "{{observed}}; annual growth in the desired direction {{growth}}: {{verdict}}.",
  projection:
    "{{observed}}; at the current growth {{projected}} in {{when}}, {{share}} of the distance to {{target}}: {{verdict}}.",
  opensdg: {
    substantial_progress: "on track",
    moderate_progress: "progress made but acceleration needed",
    limited_progress: "limited progress",
    deterioration: "deterioration",
  },
  unsd: {
    "3": "achieved or on track",
    "2": "fair progress, acceleration needed",
    "1": "stagnation or regression",
  },
  status: {
    ACHIEVED: "achieved",
    ON_TRACK: "on track",
    AT_RISK: "at risk",
    OFF_TRACK: "off track",
    NOT_ACHIEVED: "not achieved",
    INSUFFICIENT_DATA: "insufficient data",
    NO_DATA: "no data",
    NO_TARGET: "no target",
  },
  pastTarget: {
    name: "Target {{period}}",
    notMeasured: "{{name}} ({{target}}): not measured.",
    met: "{{name}} ({{target}}): met ({{actual}}).",
    notMet: "{{name}} ({{target}}): not met ({{actual}}).",
  },
  trend: {
    belowPathButReaches: "Below the planned path, but the trend reaches {{target}} in {{year}}.",
    reaches: "The trend does reach {{target}} in {{year}}.",
    fallsShort: "But the trend does not reach {{target}} by {{when}} ({{projected}}).",
  },
  age: {
    stale: "Latest value {{last}}, {{expected}} expected.",
    staleProvisional: "Latest value {{last}} (provisional), {{expected}} expected.",
    provisional: "The value for {{last}} is provisional.",
  },
};
