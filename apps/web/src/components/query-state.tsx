import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Loading (a skeleton the size of what comes, so nothing jumps), an error with a retry
 *  button, or the content. */
export function QueryState<T>({
  query,
  children,
  skeletonRows = 6,
}: {
  query: UseQueryResult<T, { message: string }>;
  children: (data: T) => ReactNode;
  skeletonRows?: number;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton rows={skeletonRows} label={t("plans.loading")} />;
  if (query.isError) {
    return (
      <div role="alert" className="error-box">
        <p>{query.error.message || t("plans.error")}</p>
        {mayRetry(query.error) && (
          <button type="button" onClick={() => void query.refetch()}>
            {t("plans.retry")}
          </button>
        )}
      </div>
    );
  }
  return <>{children(query.data)}</>;
}

/** Trying again helps when the network or the server failed, not when the answer is final:
 *  something that does not exist, or that the user may not see. */
const FINAL = new Set(["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED", "BAD_REQUEST"]);
function mayRetry(error: unknown): boolean {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  return typeof code !== "string" || !FINAL.has(code);
}

export function Skeleton({ rows, label }: { rows: number; label: string }) {
  return (
    <div role="status" className="skeleton" data-testid="skeleton">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
