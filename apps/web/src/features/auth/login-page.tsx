import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formText } from "../../lib/messages";
import { signIn, SignInError } from "../../lib/session";

/** The sign-in form. After signing in it returns to the page the user came from. */
export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: "/login" });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, "email").trim();
    const password = formText(form, "password");
    if (!email || !password) {
      setError(t("login.missing"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      await queryClient.invalidateQueries();
      // The way back is a whole address (its own query, language included), not a route name.
      if (search.redirect) await navigate({ href: search.redirect });
      else await navigate({ to: "/", search: search.lang ? { lang: search.lang } : {} });
    } catch (e) {
      setError(t(`login.error.${e instanceof SignInError ? e.reason : "unavailable"}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="login panel" aria-labelledby="login-heading">
      <h1 id="login-heading">{t("login.title")}</h1>
      {search.expired ? (
        <p role="status" className="notice">
          {t("login.expired")}
        </p>
      ) : (
        search.redirect && <p className="notice">{t("login.signInFirst")}</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="login-email">{t("login.email")}</label>
          <input id="login-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t("login.password")}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("login.submit")}
        </button>
      </form>
    </section>
  );
}
