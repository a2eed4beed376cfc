import type { Catalogue } from "./catalogue.js";

/** The words inside formatted values: periods ("K3 2019", "schooljaar 2019-2020"), percentage
 *  points and units. */
export const wordsNl = {
  quarter: "K{{quarter}} {{year}}",
  schoolYear: "schooljaar {{period}}",
  month: {
    "1": "januari",
    "2": "februari",
    "3": "maart",
    "4": "april",
    "5": "mei",
    "6": "juni",
    "7": "juli",
    "8": "augustus",
    "9": "september",
    "10": "oktober",
    "11": "november",
    "12": "december",
  },
  monthYear: "{{month}} {{year}}",
  points: "{{number}} pt",
  unit: { hours: "{{number}} uur", days: "{{number}} dagen", months: "{{number}} maanden" },
} as const;

export const wordsEn: Catalogue<typeof wordsNl> = {
  quarter: "Q{{quarter}} {{year}}",
  schoolYear: "school year {{period}}",
  month: {
    "1": "January",
    "2": "February",
    "3": "March",
    "4": "April",
    "5": "May",
    "6": "June",
    "7": "July",
    "8": "August",
    "9": "September",
    "10": "October",
    "11": "November",
    "12": "December",
  },
  monthYear: "{{month}} {{year}}",
  points: "{{number}} pp",
  unit: { hours: "{{number}} hours", days: "{{number}} days", months: "{{number}} months" },
};
