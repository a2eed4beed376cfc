import type { Catalogue } from "./catalogue.js";

/** What the server says: errors (the `messageKey` of a DomainError or a zod issue) and the few
 *  texts it writes into exports and stored records. */
export const serverNl = {
  plan: {
    notFound: "Plan {{code}} bestaat niet.",
  },
  kpi: {
    notFound: "Indicator {{code}} bestaat niet.",
    unitUnspecified:
      "De bron vermeldt de eenheid van indicator {{code}} niet: een beheerder moet eerst een eenheid instellen.",
    outOfScope: "Je mag indicator {{code}} niet bewerken.",
    thresholdOrder: "De drempel voor 'risico' moet lager liggen dan die voor 'op koers'.",
  },
  period: {
    invalid: "Periode {{period}} is ongeldig: gebruik 2019, 2019-Q3, 2019-09 of 2019-2020.",
    invalidFormat: "Gebruik een periode als 2019, 2019-Q3, 2019-09 of 2019-2020.",
    schoolYearSpan: "Schooljaar {{period}} moet twee opeenvolgende jaren omvatten, bv. 2019-2020.",
    /** What a series of each frequency expects, named with an example in the app's notation. */
    expects: {
      year: "{{kpi}} is een jaarreeks en verwacht een jaar, bv. {{example}}.",
      quarter: "{{kpi}} is een kwartaalreeks en verwacht een kwartaal, bv. {{example}}.",
      month: "{{kpi}} is een maandreeks en verwacht een maand, bv. {{example}}.",
      schoolYear: "{{kpi}} volgt schooljaren en verwacht een schooljaar, bv. {{example}}.",
    },
    notStarted: "{{period}} is nog niet begonnen: een waarde kan pas vanaf {{start}}.",
  },
  target: {
    duplicatePeriod: "Er zijn twee doelen voor periode {{period}}.",
    beforeBaseline: "Het doel voor {{period}} ligt niet na de basisperiode.",
  },
  observation: {
    duplicatePeriod: "Periode {{period}} komt twee keer voor.",
  },
  value: {
    notFinite: "De waarde voor {{period}} is geen geldig getal.",
  },
  budget: {
    negative: "Het bedrag '{{field}}' mag niet negatief zijn.",
    emptyEnvelope: "De enveloppe mag niet nul zijn.",
  },
  ratio: {
    denominator: "De noemer moet groter dan nul zijn.",
  },
  forecast: {
    growthNeedsPositiveValues: "Een groeiprognose vraagt positieve waarden.",
  },
  date: {
    invalid: "Datum {{date}} is ongeldig (gebruik JJJJ-MM-DD).",
  },
  source: {
    httpUrl: "Een bronlink moet een webadres zijn dat begint met http:// of https://.",
  },
  export: {
    format: "Onbekend formaat {{format}}: laat het weg of gebruik format=excel.",
    observationsSheet: "meetwaarden",
    commitmentsSheet: "engagementen",
  },
  auth: {
    required: "Meld je aan om verder te gaan.",
    forbidden: "Je rol laat dit niet toe.",
    badOrigin: "Deze aanvraag komt niet van een toegelaten adres.",
    invalidCredentials: "Het e-mailadres of het wachtwoord klopt niet.",
    tooMany: "Te veel pogingen na elkaar. Wacht even en probeer dan opnieuw.",
    passwordOff: "Aanmelden met een wachtwoord staat uit: meld je aan via de identiteitsprovider.",
  },
  user: {
    exists: "Er bestaat al een gebruiker met e-mailadres {{email}}.",
    notFound: "Deze gebruiker bestaat niet.",
    subjectTaken: "Subject {{subject}} is al gekoppeld aan een andere gebruiker.",
  },
  token: {
    notFound: "Dit API-token bestaat niet.",
  },
  series: {
    notFound: "Indicator {{code}} heeft geen reeks {{series}}.",
    needsMembers: "Een reeks heeft minstens één dimensie nodig.",
  },
  measurement: {
    notANumber: "Vul een getal in.",
    percentRange: "Een percentage ligt tussen 0 en 100.",
    negative: "Deze waarde kan niet negatief zijn.",
    wholeNumber: "Een aantal is een geheel getal.",
    tooManyDecimals: "Gebruik hoogstens {{decimals}} decimalen.",
    tooManyDecimalsOne: "Gebruik hoogstens 1 decimaal.",
    tooManyDecimalsNone: "Vul een geheel getal in, zonder decimalen.",
    sourceRequired: "Vermeld de bron van deze waarde: zonder bron kan ze niet ingediend worden.",
    sourceRequiredToPublish: "Vermeld de bron van deze waarde: zonder bron kan ze niet gepubliceerd worden.",
    ratioIncomplete: "Vul zowel teller als noemer in.",
    denominatorPositive: "De noemer moet groter dan nul zijn.",
    outlierNeedsComment: "Deze waarde wijkt sterk af van de vorige: licht ze toe in een opmerking.",
    reasonRequired: "Geef een reden voor deze wijziging.",
    sourceRequiredToValidate:
      "Een waarde zonder bron kan niet gevalideerd worden: stuur ze terug met de vraag naar de bron.",
    expectedVersionRequired: "Vermeld welke versie je wijzigt.",
    stale:
      "Iemand anders wijzigde deze waarde intussen (versie {{current}}, jij zag versie {{expected}}). Bekijk de nieuwe waarde en probeer opnieuw.",
    wrongState: "Deze waarde heeft de status '{{state}}' en kan die stap niet zetten.",
    notFound: "Er is geen waarde voor periode {{period}}.",
    versionNotFound: "Versie {{version}} van deze waarde bestaat niet.",
    restoreWithdrawn: "Versie {{version}} is een intrekking; trek de waarde opnieuw in als dat de bedoeling is.",
    validateRole: "Alleen een reviewer of beheerder kan waarden valideren.",
    /** The comment a restored version carries when the original had none (stored in Dutch). */
    restoredComment: "Versie {{version}} hersteld",
  },
  proposal: {
    notFound: "Dit doelvoorstel bestaat niet.",
    decided: "Over dit doelvoorstel is al beslist.",
    noOrganisation: "Je account hoort bij geen organisatie: vraag een beheerder je organisatie in te stellen.",
    otherOrganisation: "Je kunt alleen een standpunt innemen namens je eigen organisatie.",
    bodyRequired: "Geef bij 'akkoord met voorbehoud' het voorbehoud en bij 'niet akkoord' de motivering.",
    amendedTargets: "Geef bij 'aangepast aangenomen' de aangepaste doelen.",
    futureDecision: "De beslissingsdatum ligt in de toekomst.",
  },
  correctiveAction: {
    notFound: "Deze bijsturing bestaat niet.",
    closed: "Deze bijsturing is al afgesloten.",
    alreadyOpen: "Voor deze reeks loopt al een bijsturing.",
  },
  review: {
    notFound: "Deze opmerking bestaat niet.",
    alreadyResolved: "Deze opmerking is al afgehandeld.",
  },
  commitment: {
    notFound: "Engagement {{code}} bestaat niet.",
    outOfScope: "Je mag engagement {{code}} niet bijwerken.",
  },
  import: {
    csvHeader: "Het CSV-bestand moet een kopregel hebben met minstens de kolommen period en value.",
    body: 'Verwacht: {"observations": [{"period", "value"}]}.',
    rowErrors: "{{count}} rij(en) bevatten fouten; er werd niets opgeslagen.",
    duplicateRow: "Deze periode en reeks komen twee keer voor.",
    header: "Het bestand moet een kopregel hebben met minstens de kolommen kpi, period en value.",
    unreadable: "Dit Excel-bestand kan niet gelezen worden.",
    empty: "Het bestand bevat geen rijen.",
    duplicateRowOf: "Deze indicator, reeks en periode staan ook al op rij {{row}}.",
    tooManyRows: "Te veel rijen: hoogstens {{max}} per keer.",
    tooLarge: "Bestand te groot: hoogstens {{mb}} MB.",
    otherPlan: "Indicator {{kpi}} hoort niet bij plan {{plan}}.",
    noFile: "Kies een bestand (CSV of XLSX) in het veld file.",
    fileType: "Gebruik een CSV- of XLSX-bestand.",
  },
  entity: {
    exists: "Dit bestaat al (de code is al in gebruik).",
    inUse: "Dit is nog in gebruik en kan niet verwijderd worden.",
    notFound: "Dit bestaat niet (meer).",
  },
  node: {
    notFound: "Onderdeel {{code}} bestaat niet.",
    otherPlan: "Dit onderdeel hoort bij een ander plan.",
  },
  organisation: {
    notFound: "Organisatie {{code}} bestaat niet.",
  },
  audit: {
    adminOnly: "Alleen een beheerder kan de geschiedenis van gebruikers, API-tokens en instellingen bekijken.",
  },
  annotation: {
    subject: "Koppel de notitie aan een plan of een indicator.",
    planOutOfScope: "Je mag enkel notities bij je eigen indicatoren toevoegen of verwijderen, niet bij het hele plan.",
  },
  code: {
    format: "Een code begint met een hoofdletter of cijfer en bevat letters, cijfers, punten en streepjes.",
    kpiFormat: "Een indicatorcode heeft de vorm KPI-XXX (hoofdletters, cijfers, streepjes).",
    memberFormat: "Gebruik kleine letters, cijfers, + en -.",
  },
  dimension: {
    memberNotFound: "Dimensie {{dimension}} heeft geen waarde {{member}}.",
  },
  route: {
    notFound: "Deze pagina of dit adres bestaat niet.",
    methodNotAllowed: "Dit adres kent de methode {{method}} niet; gebruik {{allowed}}.",
  },
  health: {
    database: "De databank is niet bereikbaar. De toepassing probeert het vanzelf opnieuw.",
    migrations: "De databank is niet bijgewerkt: {{count}} migratie(s) ontbreken. Een beheerder voert de migratie uit.",
    disk: "De schijf van de server is vol of niet beschrijfbaar.",
  },
  boardPack: {
    unavailable:
      "De vergadermap (PDF) kan nu niet gemaakt worden: deze server heeft geen Chromium. Een beheerder zet CHROMIUM_PATH of installeert Chromium; de rest van de toepassing werkt gewoon.",
    noWebApp:
      "De vergadermap (PDF) kan nu niet gemaakt worden: deze server toont de webtoepassing niet (ze is niet gebouwd). Een beheerder bouwt ze met pnpm start.",
    failed: "De vergadermap (PDF) kon niet gemaakt worden. Probeer het later opnieuw.",
    badDate: "Gebruik een datum als 2026-11-30 (jjjj-mm-dd), niet in de toekomst.",
  },
  input: {
    invalid: "De invoer is ongeldig.",
    invalidField: "Deze waarde is ongeldig.",
  },
  text: {
    controlCharacter:
      "Deze tekst bevat een onzichtbaar stuurteken (zoals een nul-byte); verwijder het. Enkel tekst met meerdere regels mag regeleinden en tabs bevatten.",
  },
  number: {
    tooLarge: "Dit getal is te groot voor dit veld: hoogstens {{digits}} cijfers vóór de komma.",
  },
  request: {
    badJson: "De inhoud is geen geldige JSON.",
    contentType: "Het inhoudstype {{type}} wordt hier niet aanvaard.",
    tooLarge: "Bestand te groot: hoogstens {{mb}} MB.",
    tooLargeBody: "De aanvraag is te groot.",
    contentTypeAny: "Dit inhoudstype wordt hier niet aanvaard.",
    methodNotSupported: "Deze bewerking kan niet met deze HTTP-methode.",
    badHeader: "De kopregel {{header}} van deze aanvraag is ongeldig.",
    badPath: "Dit adres bevat een ongeldig teken.",
  },
  internal: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
} as const;

export const serverEn: Catalogue<typeof serverNl> = {
  plan: {
    notFound: "Plan {{code}} does not exist.",
  },
  kpi: {
    notFound: "Indicator {{code}} does not exist.",
    unitUnspecified: "The source does not state the unit of indicator {{code}}: an administrator must set one first.",
    outOfScope: "You may not edit indicator {{code}}.",
    thresholdOrder: "The 'at risk' threshold must be lower than the 'on track' one.",
  },
  period: {
    invalid: "Period {{period}} is invalid: use 2019, 2019-Q3, 2019-09 or 2019-2020.",
    invalidFormat: "Use a period such as 2019, 2019-Q3, 2019-09 or 2019-2020.",
    schoolYearSpan: "School year {{period}} must span two consecutive years, e.g. 2019-2020.",
    expects: {
      year: "{{kpi}} is a yearly series and expects a year, e.g. {{example}}.",
      quarter: "{{kpi}} is a quarterly series and expects a quarter, e.g. {{example}}.",
      month: "{{kpi}} is a monthly series and expects a month, e.g. {{example}}.",
      schoolYear: "{{kpi}} follows school years and expects a school year, e.g. {{example}}.",
    },
    notStarted: "{{period}} has not started yet: a value can be entered from {{start}} on.",
  },
  target: {
    duplicatePeriod: "There are two targets for period {{period}}.",
    beforeBaseline: "The target for {{period}} is not after the baseline period.",
  },
  observation: {
    duplicatePeriod: "Period {{period}} occurs twice.",
  },
  value: {
    notFinite: "The value for {{period}} is not a valid number.",
  },
  budget: {
    negative: "The amount '{{field}}' cannot be negative.",
    emptyEnvelope: "The envelope cannot be zero.",
  },
  ratio: {
    denominator: "The denominator must be greater than zero.",
  },
  forecast: {
    growthNeedsPositiveValues: "A growth forecast needs positive values.",
  },
  date: {
    invalid: "Date {{date}} is invalid (use YYYY-MM-DD).",
  },
  source: {
    httpUrl: "A source link must be a web address starting with http:// or https://.",
  },
  export: {
    format: "Unknown format {{format}}: leave it out or use format=excel.",
    observationsSheet: "observations",
    commitmentsSheet: "commitments",
  },
  auth: {
    required: "Please sign in to continue.",
    forbidden: "Your role does not allow this.",
    badOrigin: "This request does not come from an allowed address.",
    invalidCredentials: "The e-mail address or the password is incorrect.",
    tooMany: "Too many attempts in a row. Wait a moment and try again.",
    passwordOff: "Signing in with a password is turned off: sign in through the identity provider.",
  },
  user: {
    exists: "A user with e-mail address {{email}} already exists.",
    notFound: "This user does not exist.",
    subjectTaken: "Subject {{subject}} is already linked to another user.",
  },
  token: {
    notFound: "This API token does not exist.",
  },
  series: {
    notFound: "Indicator {{code}} has no series {{series}}.",
    needsMembers: "A series needs at least one dimension.",
  },
  measurement: {
    notANumber: "Enter a number.",
    percentRange: "A percentage lies between 0 and 100.",
    negative: "This value cannot be negative.",
    wholeNumber: "A count is a whole number.",
    tooManyDecimals: "Use at most {{decimals}} decimals.",
    tooManyDecimalsOne: "Use at most 1 decimal.",
    tooManyDecimalsNone: "Enter a whole number, without decimals.",
    sourceRequired: "State the source of this value: without a source it cannot be submitted.",
    sourceRequiredToPublish: "State the source of this value: without a source it cannot be published.",
    ratioIncomplete: "Enter both numerator and denominator.",
    denominatorPositive: "The denominator must be greater than zero.",
    outlierNeedsComment: "This value differs strongly from the previous ones: explain it in a comment.",
    reasonRequired: "Give a reason for this change.",
    sourceRequiredToValidate: "A value without a source cannot be validated: send it back and ask for the source.",
    expectedVersionRequired: "State which version you are changing.",
    stale:
      "Someone else changed this value meanwhile (version {{current}}, you saw version {{expected}}). Review the new value and try again.",
    wrongState: "This value has the state '{{state}}' and cannot take that step.",
    notFound: "There is no value for period {{period}}.",
    versionNotFound: "Version {{version}} of this value does not exist.",
    restoreWithdrawn: "Version {{version}} is a withdrawal; withdraw the value again if that is what you mean.",
    validateRole: "Only a reviewer or admin can validate values.",
    restoredComment: "Version {{version}} restored",
  },
  proposal: {
    notFound: "This target proposal does not exist.",
    decided: "This target proposal has already been decided.",
    noOrganisation: "Your account belongs to no organisation: ask an admin to set your organisation.",
    otherOrganisation: "You can only take a position on behalf of your own organisation.",
    bodyRequired: "Give the reservation for 'agree with reservation' and the motivation for 'disagree'.",
    amendedTargets: "Give the amended targets for 'adopted as amended'.",
    futureDecision: "The decision date lies in the future.",
  },
  correctiveAction: {
    notFound: "This corrective action does not exist.",
    closed: "This corrective action has already been closed.",
    alreadyOpen: "A corrective action is already open for this series.",
  },
  review: {
    notFound: "This comment does not exist.",
    alreadyResolved: "This comment has already been resolved.",
  },
  commitment: {
    notFound: "Commitment {{code}} does not exist.",
    outOfScope: "You may not update commitment {{code}}.",
  },
  import: {
    csvHeader: "The CSV file needs a header row with at least the columns period and value.",
    body: 'Expected: {"observations": [{"period", "value"}]}.',
    rowErrors: "{{count}} row(s) contain errors; nothing was saved.",
    duplicateRow: "This period and series occur twice.",
    header: "The file needs a header row with at least the columns kpi, period and value.",
    unreadable: "This Excel file cannot be read.",
    empty: "The file contains no rows.",
    duplicateRowOf: "This indicator, series and period also appear on row {{row}}.",
    tooManyRows: "Too many rows: at most {{max}} at a time.",
    tooLarge: "File too large: at most {{mb}} MB.",
    otherPlan: "Indicator {{kpi}} does not belong to plan {{plan}}.",
    noFile: "Choose a file (CSV or XLSX) in the field file.",
    fileType: "Use a CSV or XLSX file.",
  },
  entity: {
    exists: "This already exists (the code is in use).",
    inUse: "This is still in use and cannot be removed.",
    notFound: "This does not exist (any more).",
  },
  node: {
    notFound: "Part {{code}} does not exist.",
    otherPlan: "This part belongs to another plan.",
  },
  organisation: {
    notFound: "Organisation {{code}} does not exist.",
  },
  audit: {
    adminOnly: "Only an admin can read the history of users, API tokens and settings.",
  },
  annotation: {
    subject: "Attach the note to a plan or an indicator.",
    planOutOfScope: "You may add or delete notes on your own indicators only, not on the whole plan.",
  },
  code: {
    format: "A code starts with a capital letter or digit and contains letters, digits, dots and dashes.",
    kpiFormat: "An indicator code has the form KPI-XXX (capitals, digits, dashes).",
    memberFormat: "Use lower-case letters, digits, + and -.",
  },
  dimension: {
    memberNotFound: "Dimension {{dimension}} has no member {{member}}.",
  },
  route: {
    notFound: "This page or address does not exist.",
    methodNotAllowed: "This address does not accept the method {{method}}; use {{allowed}}.",
  },
  health: {
    database: "The database cannot be reached. The application retries by itself.",
    migrations: "The database is not up to date: {{count}} migration(s) missing. An administrator runs the migration.",
    disk: "The server's disk is full or not writable.",
  },
  boardPack: {
    unavailable:
      "The board pack (PDF) cannot be made right now: this server has no Chromium. An administrator sets CHROMIUM_PATH or installs Chromium; the rest of the application works as usual.",
    noWebApp:
      "The board pack (PDF) cannot be made right now: this server does not serve the web application (it is not built). An administrator builds it with pnpm start.",
    failed: "The board pack (PDF) could not be made. Please try again later.",
    badDate: "Use a date such as 2026-11-30 (yyyy-mm-dd), not in the future.",
  },
  input: {
    invalid: "The input is invalid.",
    invalidField: "This value is invalid.",
  },
  text: {
    controlCharacter:
      "This text contains an invisible control character (such as a NUL byte); remove it. Only multi-line texts may contain line breaks and tabs.",
  },
  number: {
    tooLarge: "This number is too large for this field: at most {{digits}} digits before the decimal point.",
  },
  request: {
    badJson: "The body is not valid JSON.",
    contentType: "The content type {{type}} is not accepted here.",
    tooLarge: "File too large: at most {{mb}} MB.",
    tooLargeBody: "The request is too large.",
    contentTypeAny: "This content type is not accepted here.",
    methodNotSupported: "This operation cannot be called with this HTTP method.",
    badHeader: "The {{header}} header of this request is invalid.",
    badPath: "This address contains an invalid character.",
  },
  internal: "Something went wrong on our side. Please try again later.",
};
