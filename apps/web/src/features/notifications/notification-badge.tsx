import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";

/** The header's link to the inbox with the number of unread items ("3 ongelezen meldingen");
 *  only for signed-in users. Refreshed every minute and whenever the inbox changes. */
export function NotificationBadge() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unread = useQuery(trpc.notification.unreadCount.queryOptions(undefined, { refetchInterval: 60_000 }));
  const count = unread.data ?? 0;
  return (
    <Link
      to="/meldingen"
      className="inbox-link"
      aria-label={t("notifications.badge", { count })}
      title={t("notifications.title")}
      data-testid="inbox"
    >
      {/* A bell, not the word: the signed-in header stays one line at 1366 px; the link's name
          says what it is and how many are unread. */}
      <svg className="inbox-bell" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="inbox-count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
