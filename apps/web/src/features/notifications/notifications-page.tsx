import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { NotificationItem } from "@boordtabel/api";
import { QueryState } from "../../components/query-state";
import { dateTimeText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { itemHref, readerParams } from "./notification-text";

/** The signed-in user's inbox: newest first, unread ones marked, each linking to its subject;
 *  opening an item marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery(trpc.notification.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSettled: refresh }));

  const text = (item: NotificationItem) => t(`notifications.kind.${item.kind}`, readerParams(item, language));
  const open = (event: MouseEvent<HTMLAnchorElement>, item: NotificationItem) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!item.readAt) markRead.mutate({ ids: [item.id] });
    void navigate({ href: itemHref(item, language) });
  };

  return (
    <>
      <h1>{t("notifications.title")}</h1>
      <QueryState query={list}>
        {(items) => {
          const unread = items.filter((n) => !n.readAt).length;
          if (items.length === 0) return <p className="empty">{t("notifications.none")}</p>;
          return (
            <>
              <div className="inbox-summary">
                <p role="status">{t("notifications.unreadCount", { count: unread })}</p>
                {unread > 0 && (
                  <button type="button" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
                    {t("notifications.markAllRead")}
                  </button>
                )}
              </div>
              <ul className="inbox-list">
                {items.map((item) => (
                  <li key={item.id} className={item.readAt ? "read" : "unread"} data-notification={item.kind}>
                    <p>
                      {!item.readAt && <span className="unread-label">{t("notifications.new")}</span>}{" "}
                      <a href={itemHref(item, language)} onClick={(event) => open(event, item)}>
                        {text(item)}
                      </a>
                    </p>
                    <p className="meta">
                      <time dateTime={item.createdAt}>{dateTimeText(item.createdAt, language)}</time>
                      {!item.readAt && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => markRead.mutate({ ids: [item.id] })}
                          aria-label={t("notifications.markReadOf", { text: text(item) })}
                        >
                          {t("notifications.markRead")}
                        </button>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
