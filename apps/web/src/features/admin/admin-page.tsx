import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { dateTimeText } from "../../lib/format";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";
import { useLanguage } from "../../lib/use-language";
import { scrollRegion } from "../../components/table-scroll";

const ROLES = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"] as const;
type Role = (typeof ROLES)[number];
const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

/** Administration: who may read, the accounts with their roles and scopes, and API tokens. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <ReadingSwitch />
      <Users />
      <Tokens />
    </>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries();
}

function ReadingSwitch() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.session.settings.queryOptions());
  const refresh = useRefresh();
  const set = useMutation(trpc.user.setPublicRead.mutationOptions({ onSuccess: refresh }));
  return (
    <section className="panel" aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t("admin.reading")}</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.data?.publicRead ?? true}
          aria-disabled={!settings.data || set.isPending}
          onChange={(e) => settings.data && !set.isPending && set.mutate({ publicRead: e.target.checked })}
        />{" "}
        {t("admin.publicRead")}
      </label>
      <p className="field-hint">{t("admin.publicReadHint")}</p>
    </section>
  );
}

function Users() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());
  const refresh = useRefresh();
  const update = useMutation(trpc.user.update.mutationOptions({ onSuccess: refresh }));
  const scopes = useMutation(trpc.user.setScopes.mutationOptions({ onSuccess: refresh }));
  const create = useMutation(trpc.user.create.mutationOptions({ onSuccess: refresh }));
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(fields);
  const onError = (e: unknown) => {
    const details = errorDetails(e);
    setError(details.message);
    setFields(details.fields);
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    setFields({});
    create.mutate(
      {
        email: formText(data, "email"),
        name: formText(data, "name"),
        password: formText(data, "password"),
        role: formText(data, "role") as Role,
      },
      { onSuccess: () => form.reset(), onError },
    );
  };

  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">{t("admin.users")}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <QueryState query={users}>
        {(list) => (
          <div className="table-scroll" {...scrollRegion({ labelledBy: "users-heading" })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.name")}</th>
                  <th scope="col">{t("admin.role")}</th>
                  <th scope="col">{t("admin.scopes")}</th>
                  <th scope="col">{t("admin.disabled")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((u) => (
                  <tr key={u.id} data-user={u.email}>
                    <th scope="row">
                      {u.name}
                      <br />
                      <span className="muted">{u.email}</span>
                    </th>
                    <td>
                      <select
                        aria-label={t("admin.roleOf", { name: u.name })}
                        value={u.role}
                        onChange={(e) => update.mutate({ id: u.id, role: e.target.value as Role }, { onError })}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {u.role === "EDITOR" ? (
                        <form
                          className="inline-form"
                          onSubmit={(e) => {
                            e.preventDefault();
                            const data = new FormData(e.currentTarget);
                            scopes.mutate(
                              {
                                userId: u.id,
                                kpis: codes(formText(data, "kpis")),
                                organisations: codes(formText(data, "orgs")),
                              },
                              { onError },
                            );
                          }}
                        >
                          <label htmlFor={`kpis-${u.id}`}>{t("admin.scopeKpis")}</label>
                          <input id={`kpis-${u.id}`} name="kpis" defaultValue={u.scopes.kpis.join(", ")} />
                          <label htmlFor={`orgs-${u.id}`}>{t("admin.scopeOrgs")}</label>
                          <input id={`orgs-${u.id}`} name="orgs" defaultValue={u.scopes.organisations.join(", ")} />
                          <button type="submit">{t("admin.saveScopes")}</button>
                        </form>
                      ) : (
                        <span className="muted">{t("admin.scopesOnlyEditors")}</span>
                      )}
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t("admin.disableOf", { name: u.name })}
                        checked={u.disabled}
                        onChange={(e) => update.mutate({ id: u.id, disabled: e.target.checked }, { onError })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <h3>{t("admin.newUser")}</h3>
      <form ref={formRef} onSubmit={add} noValidate className="entry-form">
        <Field id="new-email" label={t("login.email")} error={fields["email"]}>
          {(p) => <input {...p} name="email" type="email" autoComplete="off" />}
        </Field>
        <Field id="new-name" label={t("admin.name")} error={fields["name"]}>
          {(p) => <input {...p} name="name" autoComplete="off" />}
        </Field>
        <Field id="new-password" label={t("login.password")} error={fields["password"]} hint={t("admin.passwordHint")}>
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" />}
        </Field>
        <Field id="new-role" label={t("admin.role")}>
          {(p) => (
            <select {...p} name="role" defaultValue="VIEWER">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" aria-disabled={create.isPending}>
          {t("admin.create")}
        </button>
      </form>
    </section>
  );
}

function Tokens() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const tokens = useQuery(trpc.token.list.queryOptions());
  const refresh = useRefresh();
  const create = useMutation(trpc.token.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.token.revoke.mutationOptions({ onSuccess: refresh }));
  const [fresh, setFresh] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const formRef = useFocusFirstInvalid(nameError);
  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("admin.tokens")}</h2>
      <p className="field-hint">{t("admin.tokensHint")}</p>
      <form
        ref={formRef}
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (create.isPending) return;
          const name = formText(new FormData(e.currentTarget), "name").trim();
          setNameError(name ? undefined : t("formErrors.tokenNameRequired"));
          if (name)
            create.mutate(
              { name },
              {
                onSuccess: (made) => setFresh(made.token),
                onError: (error) => {
                  const details = errorDetails(error);
                  setNameError(details.fields["name"] ?? details.message);
                },
              },
            );
        }}
      >
        <Field id="token-name" label={t("admin.tokenName")} error={nameError}>
          {(props) => <input {...props} name="name" />}
        </Field>
        <button type="submit" aria-disabled={create.isPending}>
          {t("admin.createToken")}
        </button>
      </form>
      {fresh && (
        <p role="status" className="notice" data-testid="new-token">
          {t("admin.tokenOnce")} <code>{fresh}</code>
        </p>
      )}
      <QueryState query={tokens} skeletonRows={2}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t("admin.noTokens")}</p>
          ) : (
            <ul>
              {list.map((tk) => (
                <li key={tk.id}>
                  {tk.name} ({tk.prefix}…) · {dateTimeText(tk.createdAt, language)}
                  {tk.revokedAt ? (
                    ` · ${t("admin.revoked")}`
                  ) : (
                    <button type="button" className="link-button" onClick={() => revoke.mutate({ id: tk.id })}>
                      {t("admin.revoke", { name: tk.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
