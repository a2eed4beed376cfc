import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Loading, error with retry, or the content. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T, { message: string }>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t("plans.loading")}</p>;
  if (query.isError) {
    return (
      <div role="alert">
        <p>{query.error.message || t("plans.error")}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t("plans.retry")}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
