import { Link, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSignInOptions } from "./sign-in-options";

/** better-auth's codes for a sign-in the provider completed but Boordtabel refuses: no user
 *  has this subject (no sign-up), the e-mail is not verified for linking, or the user is
 *  disabled (no session). Every other code is a failed sign-in (state, code, nonce, …). */
const REFUSALS = new Set(["signup_disabled", "account_not_linked", "unable_to_create_session", "email_not_found"]);

/** Where single sign-on lands when Boordtabel says no: "geen toegang" naming whom to ask, or
 *  "aanmelden mislukt" with a way to try again. */
export function SignInRefusedPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: "/login/refused" });
  const { loading, options } = useSignInOptions();
  const code = search.error ?? "unknown";
  const refused = REFUSALS.has(code);

  return (
    <section className="login panel" aria-labelledby="refused-heading">
      <h1 id="refused-heading">{t(refused ? "sso.refusedTitle" : "sso.failedTitle")}</h1>
      <p>{t(refused ? "sso.refusedBody" : "sso.failedBody")}</p>
      {/* Whom to ask once the server has said it: not "an administrator" first and then the contact. */}
      {refused && !loading && (
        <p>{options.contact ? t("sso.askContact", { contact: options.contact }) : t("sso.askAdmin")}</p>
      )}
      <p>
        <Link to="/login" search={search.lang ? { lang: search.lang } : {}}>
          {t("sso.tryAgain")}
        </Link>
      </p>
      <p className="muted">{t("sso.code", { code })}</p>
    </section>
  );
}
