import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { dateText, parseDayMonthYear } from "../lib/dates";

/** "Zoals gekend op": a date typed as dd/mm/jjjj whatever the browser's locale (a native date
 *  input follows the operating system and shows 12/01/2024 as 1 December on an English laptop).
 *  The address keeps the ISO date (?asOf=YYYY-MM-DD) so a link can be shared. */
export function AsOfPicker({ value, onChange }: { value?: string; onChange: (iso: string | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value ? dateText(value) : "");
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(value ? dateText(value) : ""), [value]);

  const apply = () => {
    if (text.trim() === "") {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const iso = parseDayMonthYear(text);
    setInvalid(iso === null);
    if (iso) onChange(iso);
  };
  return (
    <form
      className="as-of"
      role="search"
      aria-label={t("asOf.label")}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label htmlFor={id}>{t("asOf.label")}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder={t("asOf.placeholder")}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        value={text}
        size={11}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{t("asOf.show")}</button>
      {value && (
        <button type="button" onClick={() => onChange(undefined)}>
          {t("asOf.today")}
        </button>
      )}
      <span id={`${id}-hint`} className={invalid ? "error" : "muted"} role={invalid ? "alert" : undefined}>
        {invalid ? t("asOf.invalid") : t("asOf.hint")}
      </span>
    </form>
  );
}
