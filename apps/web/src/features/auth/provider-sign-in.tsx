import { useState } from "react";
import { useTranslation } from "react-i18next";
import { startProviderSignIn } from "./sign-in-options";

/** "Aanmelden met <provider>": hands the browser to the identity provider. */
export function ProviderSignIn({ provider, returnTo }: { provider: { id: string; name: string }; returnTo: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  const start = async () => {
    setState("busy");
    try {
      await startProviderSignIn(provider.id, returnTo);
    } catch {
      setState("failed");
    }
  };

  return (
    <div className="provider-sign-in">
      <button type="button" className="primary" disabled={state === "busy"} onClick={() => void start()}>
        {t("sso.providerButton", { name: provider.name })}
      </button>
      {state === "busy" && <p role="status">{t("sso.redirecting", { name: provider.name })}</p>}
      {state === "failed" && (
        <p role="alert" className="field-error">
          {t("sso.providerUnavailable", { name: provider.name })}
        </p>
      )}
    </div>
  );
}
