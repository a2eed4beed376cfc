import { entryPeriodChoices, readPeriod, type PeriodFrequency } from "@boordtabel/domain";
import { useTranslation } from "react-i18next";
import { periodText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import type { EntryContextData } from "./returned-notice";

export const OTHER_PERIOD = "other";

export const today = () => new Date().toISOString().slice(0, 10);

export interface PeriodGroups {
  returned: string[];
  missing: string[];
  other: string[];
}

/** The periods of the series' frequency to choose from — values sent back first, then the
 *  missing expected periods, then recent and filled ones — and a free field for any other
 *  period in local notation ("K2 2025"). */
export function PeriodPicker({
  groups,
  choice,
  typed,
  error,
  hint,
  onChoose,
  onType,
}: {
  groups: PeriodGroups;
  choice: string;
  typed: string;
  error?: string | undefined;
  hint: string;
  onChoose: (choice: string) => void;
  onType: (text: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const other = choice === OTHER_PERIOD;
  const describedBy = (id: string) => [error ? "entry-period-error" : null, id].filter(Boolean).join(" ");
  const group = (label: string, periods: string[]) =>
    periods.length > 0 && (
      <optgroup label={label}>
        {periods.map((p) => (
          <option key={p} value={p}>
            {periodText(p, language)}
          </option>
        ))}
      </optgroup>
    );
  return (
    <div className="field">
      <label htmlFor="entry-period">{t("entry.period")}</label>
      <select
        id="entry-period"
        value={choice}
        onChange={(e) => onChoose(e.target.value)}
        aria-invalid={Boolean(error) && !other}
        aria-describedby={describedBy("entry-period-hint")}
      >
        {group(t("entryLoop.periodsReturned"), groups.returned)}
        {group(t("entryLoop.periodsMissing"), groups.missing)}
        {group(t("entryLoop.periodsOther"), groups.other)}
        <option value={OTHER_PERIOD}>{t("entryLoop.periodTypeOption")}</option>
      </select>
      {other && (
        <>
          <label htmlFor="entry-period-typed">{t("entryLoop.periodTyped")}</label>
          <input
            id="entry-period-typed"
            value={typed}
            onChange={(e) => onType(e.target.value)}
            autoComplete="off"
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy("entry-period-hint")}
          />
        </>
      )}
      <p id="entry-period-hint" className="field-hint">
        {hint}
      </p>
      {error && (
        <p id="entry-period-error" className="field-error" data-field-error="entry-period">
          {error}
        </p>
      )}
    </div>
  );
}

/** The picker's groups and its preselected period: a requested period, else a value sent back,
 *  else the next expected period, else the current one. */
export function periodGroups(context: EntryContextData, initial: string): { groups: PeriodGroups; preselect: string } {
  const frequency = context.frequency.toUpperCase() as PeriodFrequency;
  const present = context.periods.map((p) => p.period);
  const choices = entryPeriodChoices({ frequency, today: today(), present, from: context.from ?? undefined });
  const returned = context.returned.map((r) => r.period);
  const missing = choices.missing.filter((p) => !returned.includes(p)).reverse();
  const filled = [...present]
    .filter((p) => !returned.includes(p))
    .sort()
    .reverse();
  const other = [...new Set([...choices.recent, ...filled])].filter(
    (p) => !missing.includes(p) && !returned.includes(p),
  );
  const requested = readPeriod(initial);
  const known = [...returned, ...missing, ...other];
  if (requested && !known.includes(requested)) other.unshift(requested);
  const preselect = requested ?? returned[0] ?? choices.next ?? choices.recent[0] ?? OTHER_PERIOD;
  return { groups: { returned, missing, other }, preselect };
}
