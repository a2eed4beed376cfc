import type { Catalogue } from "./catalogue.js";

/** The texts of notifications (`notification.<kind>`, filled with the item's params) and of the
 *  daily e-mail digest. The web app's inbox has the same kinds in its own catalogue. */
export const notificationNl = {
  notFound: "Deze melding bestaat niet.",
  valueSentBack: "{{kpiName}} ({{kpiCode}}), {{period}}: je waarde is teruggestuurd. Reden: {{reason}}",
  valuesSubmitted: "{{kpiName}} ({{kpiCode}}), {{period}}: een ingediende waarde wacht op validatie.",
  periodDue: "{{kpiName}} ({{kpiCode}}): de waarde voor {{period}} wordt verwacht.",
  proposalAwaitingPosition: "{{kpiName}} ({{kpiCode}}): een voorstel wacht op je standpunt.",
  correctiveActionDue: "{{kpiName}} ({{kpiCode}}): een corrigerende actie wordt verwacht.",
  digest: {
    subjectOne: "Boordtabel: 1 nieuwe melding",
    subjectMany: "Boordtabel: {{count}} nieuwe meldingen",
    greeting: "Dag {{name}},",
    intro: "Dit is er nieuw voor jou in Boordtabel sinds de vorige samenvatting:",
    open: "Openen: {{url}}",
    inbox: "Al je meldingen: {{url}}",
    footer: "Je krijgt deze samenvatting één keer per dag zolang er ongelezen meldingen zijn.",
  },
} as const;

export const notificationEn: Catalogue<typeof notificationNl> = {
  notFound: "This notification does not exist.",
  valueSentBack: "{{kpiName}} ({{kpiCode}}), {{period}}: your value was sent back. Reason: {{reason}}",
  valuesSubmitted: "{{kpiName}} ({{kpiCode}}), {{period}}: a submitted value awaits validation.",
  periodDue: "{{kpiName}} ({{kpiCode}}): the value for {{period}} is due.",
  proposalAwaitingPosition: "{{kpiName}} ({{kpiCode}}): a proposal awaits your position.",
  correctiveActionDue: "{{kpiName}} ({{kpiCode}}): a corrective action is due.",
  digest: {
    subjectOne: "Boordtabel: 1 new notification",
    subjectMany: "Boordtabel: {{count}} new notifications",
    greeting: "Hello {{name}},",
    intro: "This is new for you in Boordtabel since the previous digest:",
    open: "Open: {{url}}",
    inbox: "All your notifications: {{url}}",
    footer: "You receive this digest once a day as long as there are unread notifications.",
  },
};
