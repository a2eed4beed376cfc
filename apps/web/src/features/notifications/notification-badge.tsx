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
    <Link to="/meldingen" className="inbox-link" aria-label={t("notifications.badge", { count })} data-testid="inbox">
      {t("notifications.title")}
      {count > 0 && (
        <span className="inbox-count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
