import type { Locale } from "@boordtabel/domain";

export type { Locale };

/** Server-side messages (errors and exports) in nl-BE and en. */

const messages: Record<Locale, Record<string, string>> = {
  nl: {
    "plan.notFound": "Plan {code} bestaat niet.",
    "kpi.notFound": "Indicator {code} bestaat niet.",
    "period.invalid": "Periode {period} is ongeldig: gebruik 2019, 2019-Q3, 2019-09 of 2019-2020.",
    "period.invalidFormat": "Gebruik een periode als 2019, 2019-Q3, 2019-09 of 2019-2020.",
    "period.schoolYearSpan": "Schooljaar {period} moet twee opeenvolgende jaren omvatten, bv. 2019-2020.",
    "target.duplicatePeriod": "Er zijn twee doelen voor periode {period}.",
    "target.beforeBaseline": "Het doel voor {period} ligt niet na de basisperiode.",
    "observation.duplicatePeriod": "Periode {period} komt twee keer voor.",
    "value.notFinite": "De waarde voor {period} is geen geldig getal.",
    "budget.negative": "Het bedrag '{field}' mag niet negatief zijn.",
    "budget.emptyEnvelope": "De enveloppe mag niet nul zijn.",
    "ratio.denominator": "De noemer moet groter dan nul zijn.",
    "forecast.growthNeedsPositiveValues": "Een groeiprognose vraagt positieve waarden.",
    "date.invalid": "Datum {date} is ongeldig (gebruik JJJJ-MM-DD).",
    "auth.required": "Meld je aan om verder te gaan.",
    "auth.forbidden": "Je rol laat dit niet toe.",
    "auth.badOrigin": "Deze aanvraag komt niet van een toegelaten adres.",
    "user.exists": "Er bestaat al een gebruiker met e-mailadres {email}.",
    "user.notFound": "Deze gebruiker bestaat niet.",
    "token.notFound": "Dit API-token bestaat niet.",
    "series.notFound": "Indicator {code} heeft geen reeks {series}.",
    "kpi.outOfScope": "Je mag indicator {code} niet bewerken.",
    "measurement.notANumber": "Vul een getal in.",
    "measurement.percentRange": "Een percentage ligt tussen 0 en 100.",
    "measurement.negative": "Deze waarde kan niet negatief zijn.",
    "measurement.wholeNumber": "Een aantal is een geheel getal.",
    "measurement.tooManyDecimals": "Gebruik hoogstens {decimals} decimalen.",
    "measurement.ratioIncomplete": "Vul zowel teller als noemer in.",
    "measurement.denominatorPositive": "De noemer moet groter dan nul zijn.",
    "measurement.outlierNeedsComment": "Deze waarde wijkt sterk af van de vorige: licht ze toe in een opmerking.",
    "measurement.reasonRequired": "Geef een reden voor deze wijziging.",
    "measurement.expectedVersionRequired": "Vermeld welke versie je wijzigt.",
    "measurement.stale":
      "Iemand anders wijzigde deze waarde intussen (versie {current}, jij zag versie {expected}). Bekijk de nieuwe waarde en probeer opnieuw.",
    "measurement.wrongState": "Deze waarde heeft de status '{state}' en kan die stap niet zetten.",
    "measurement.notFound": "Er is geen waarde voor periode {period}.",
    "measurement.validateRole": "Alleen een reviewer of beheerder kan waarden valideren.",
    "review.notFound": "Deze opmerking bestaat niet.",
    "review.alreadyResolved": "Deze opmerking is al afgehandeld.",
    "commitment.notFound": "Engagement {code} bestaat niet.",
    "import.csvHeader": "Het CSV-bestand moet een kopregel hebben met minstens de kolommen period en value.",
    "import.body": 'Verwacht: {"observations": [{"period", "value"}]}.',
    "import.rowErrors": "{count} rij(en) bevatten fouten; er werd niets opgeslagen.",
    "import.duplicateRow": "Deze periode en reeks komen twee keer voor.",
    "import.header": "Het bestand moet een kopregel hebben met minstens de kolommen kpi, period en value.",
    "import.unreadable": "Dit Excel-bestand kan niet gelezen worden.",
    "import.empty": "Het bestand bevat geen rijen.",
    "import.duplicateRowOf": "Deze indicator, reeks en periode staan ook al op rij {row}.",
    "route.notFound": "Deze pagina of dit adres bestaat niet.",
    "input.invalid": "De invoer is ongeldig.",
    "input.invalidField": "Deze waarde is ongeldig.",
    internal: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
  },
  en: {
    "plan.notFound": "Plan {code} does not exist.",
    "kpi.notFound": "Indicator {code} does not exist.",
    "period.invalid": "Period {period} is invalid: use 2019, 2019-Q3, 2019-09 or 2019-2020.",
    "period.invalidFormat": "Use a period such as 2019, 2019-Q3, 2019-09 or 2019-2020.",
    "period.schoolYearSpan": "School year {period} must span two consecutive years, e.g. 2019-2020.",
    "target.duplicatePeriod": "There are two targets for period {period}.",
    "target.beforeBaseline": "The target for {period} is not after the baseline period.",
    "observation.duplicatePeriod": "Period {period} occurs twice.",
    "value.notFinite": "The value for {period} is not a valid number.",
    "budget.negative": "The amount '{field}' cannot be negative.",
    "budget.emptyEnvelope": "The envelope cannot be zero.",
    "ratio.denominator": "The denominator must be greater than zero.",
    "forecast.growthNeedsPositiveValues": "A growth forecast needs positive values.",
    "date.invalid": "Date {date} is invalid (use YYYY-MM-DD).",
    "auth.required": "Please sign in to continue.",
    "auth.forbidden": "Your role does not allow this.",
    "auth.badOrigin": "This request does not come from an allowed address.",
    "user.exists": "A user with e-mail address {email} already exists.",
    "user.notFound": "This user does not exist.",
    "token.notFound": "This API token does not exist.",
    "series.notFound": "Indicator {code} has no series {series}.",
    "kpi.outOfScope": "You may not edit indicator {code}.",
    "measurement.notANumber": "Enter a number.",
    "measurement.percentRange": "A percentage lies between 0 and 100.",
    "measurement.negative": "This value cannot be negative.",
    "measurement.wholeNumber": "A count is a whole number.",
    "measurement.tooManyDecimals": "Use at most {decimals} decimals.",
    "measurement.ratioIncomplete": "Enter both numerator and denominator.",
    "measurement.denominatorPositive": "The denominator must be greater than zero.",
    "measurement.outlierNeedsComment": "This value differs strongly from the previous ones: explain it in a comment.",
    "measurement.reasonRequired": "Give a reason for this change.",
    "measurement.expectedVersionRequired": "State which version you are changing.",
    "measurement.stale":
      "Someone else changed this value meanwhile (version {current}, you saw version {expected}). Review the new value and try again.",
    "measurement.wrongState": "This value has the state '{state}' and cannot take that step.",
    "measurement.notFound": "There is no value for period {period}.",
    "measurement.validateRole": "Only a reviewer or admin can validate values.",
    "review.notFound": "This comment does not exist.",
    "review.alreadyResolved": "This comment has already been resolved.",
    "commitment.notFound": "Commitment {code} does not exist.",
    "import.csvHeader": "The CSV file needs a header row with at least the columns period and value.",
    "import.body": 'Expected: {"observations": [{"period", "value"}]}.',
    "import.rowErrors": "{count} row(s) contain errors; nothing was saved.",
    "import.duplicateRow": "This period and series occur twice.",
    "import.header": "The file needs a header row with at least the columns kpi, period and value.",
    "import.unreadable": "This Excel file cannot be read.",
    "import.empty": "The file contains no rows.",
    "import.duplicateRowOf": "This indicator, series and period also appear on row {row}.",
    "route.notFound": "This page or address does not exist.",
    "input.invalid": "The input is invalid.",
    "input.invalidField": "This value is invalid.",
    internal: "Something went wrong on our side. Please try again later.",
  },
};

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = messages[locale][key] ?? messages.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks nl or en from ?lang= or an Accept-Language header; Dutch is the default. */
export function pickLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (lang === "en" || lang === "nl") return lang;
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "nl";
}

export function hasMessage(key: string): boolean {
  return key in messages.nl && key in messages.en;
}
