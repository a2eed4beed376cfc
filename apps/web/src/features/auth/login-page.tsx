import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formText } from "../../lib/messages";
import { signIn, SignInError } from "../../lib/session";
import { ProviderSignIn } from "./provider-sign-in";
import { useSignInOptions } from "./sign-in-options";

/** The sign-in form. After signing in it returns to the page the user came from. */
export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: "/login" });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  /** Which fields the error is about: marked invalid and described by the error text. */
  const [invalid, setInvalid] = useState<{ email: boolean; password: boolean }>({ email: false, password: false });
  const [busy, setBusy] = useState(false);
  const { loading, options } = useSignInOptions();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, "email").trim();
    const password = formText(form, "password");
    if (!email || !password) {
      setError(t("login.missing"));
      setInvalid({ email: !email, password: !password });
      document.getElementById(email ? "login-password" : "login-email")?.focus();
      return;
    }
    if (busy) return;
    setBusy(true);
    setError(null);
    setInvalid({ email: false, password: false });
    try {
      await signIn(email, password);
      await queryClient.invalidateQueries();
      // The way back is a whole address (its own query, language included), not a route name.
      if (search.redirect) await navigate({ href: search.redirect });
      else await navigate({ to: "/", search: search.lang ? { lang: search.lang } : {} });
    } catch (e) {
      setError(t(`login.error.${e instanceof SignInError ? e.reason : "unavailable"}`));
      // Refused credentials: both fields are in question (which one is wrong is not told).
      if (e instanceof SignInError && e.reason === "credentials") setInvalid({ email: true, password: true });
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
      {options.provider && (
        <ProviderSignIn
          provider={options.provider}
          returnTo={search.redirect ?? (search.lang ? `/?lang=${search.lang}` : "/")}
        />
      )}
      {options.provider && options.password && <p className="login-or">{t("sso.or")}</p>}
      {!loading && options.password && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="login-email">{t("login.email")}</label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-invalid={invalid.email || undefined}
              aria-describedby={invalid.email ? "login-error" : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t("login.password")}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={invalid.password || undefined}
              aria-describedby={invalid.password ? "login-error" : undefined}
            />
          </div>
          {error && (
            <p role="alert" className="field-error" id="login-error">
              {error}
            </p>
          )}
          {/* aria-disabled, not disabled: a pressed button keeps focus while signing in. */}
          <button type="submit" className="primary" aria-disabled={busy}>
            {t("login.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
