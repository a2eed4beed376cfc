import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

/** GET /api/accessibility-contact: where the operator takes reports (ACCESSIBILITY_CONTACT). */
interface AccessibilityContact {
  contact: { kind: "email" | "url"; value: string } | null;
}

const GAPS = ["gapLanguage", "gapChartContrast", "gapForms", "gapPdf", "gapScreenReader"] as const;
const OMBUDS = "https://www.vlaamseombudsdienst.be";

/** The accessibility statement the EU Web Accessibility Directive asks for (`/toegankelijkheid`):
 *  compliance status, what does not comply yet, how it was prepared, how to report a problem and
 *  the enforcement procedure. docs/accessibility.md is its long form, with the tests behind it. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <article className="methodology">
      <h1>{t("accessibilityStatement.title")}</h1>
      <p className="lead">{t("accessibilityStatement.intro")}</p>
      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{t("accessibilityStatement.statusHeading")}</h2>
        <p>{t("accessibilityStatement.status")}</p>
        <h3>{t("accessibilityStatement.gapsHeading")}</h3>
        <ul>
          {GAPS.map((gap) => (
            <li key={gap}>{t(`accessibilityStatement.${gap}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-prepared">
        <h2 id="a11y-prepared">{t("accessibilityStatement.preparedHeading")}</h2>
        <p>{t("accessibilityStatement.prepared")}</p>
      </section>
      <section aria-labelledby="a11y-contact">
        <h2 id="a11y-contact">{t("accessibilityStatement.contactHeading")}</h2>
        <p>{t("accessibilityStatement.contactIntro")}</p>
        <Contact />
      </section>
      <section aria-labelledby="a11y-enforcement">
        <h2 id="a11y-enforcement">{t("accessibilityStatement.enforcementHeading")}</h2>
        <p>{t("accessibilityStatement.enforcement")}</p>
        <p>
          <a href={OMBUDS} lang="nl-BE">
            {t("accessibilityStatement.ombudsLink")}
          </a>
        </p>
      </section>
    </article>
  );
}

function Contact() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["accessibility-contact"],
    staleTime: Infinity,
    queryFn: async (): Promise<AccessibilityContact> => {
      const response = await fetch("/api/accessibility-contact", { credentials: "same-origin" });
      if (!response.ok) throw new Error(`accessibility contact: ${response.status}`);
      return (await response.json()) as AccessibilityContact;
    },
  });
  if (query.isPending) return <p role="status">{t("accessibilityStatement.loading")}</p>;
  const contact = query.data?.contact ?? null;
  if (!contact) return <p data-testid="a11y-contact">{t("accessibilityStatement.contactAdmin")}</p>;
  const href = contact.kind === "email" ? `mailto:${contact.value}` : contact.value;
  const [before, after] = t(
    contact.kind === "email" ? "accessibilityStatement.contactEmail" : "accessibilityStatement.contactUrl",
    {
      address: "\u0000",
    },
  ).split("\u0000");
  return (
    <p data-testid="a11y-contact">
      {before}
      <a href={href}>{contact.value}</a>
      {after}
    </p>
  );
}
