import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { periodText } from "../../lib/format";
import { errorDetails } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { cardId, ReviewCard, type Decision, type Submitted } from "./review-card";

const DONE = {
  validate: "review.done.validated",
  reserve: "review.done.reserved",
  sendBack: "review.done.sentBack",
} as const;

/** The submitted values as cards. After a decision the page's live region says what happened and,
 *  once the card has left, the focus moves to the card that took its place (or the queue's
 *  heading when none is left), so a keyboard user goes on without searching. */
export function SubmittedQueue({ items, announce }: { items: Submitted[]; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = { onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.review.queue.queryKey() }) };
  const validate = useMutation(trpc.measurement.validate.mutationOptions(options));
  const reserve = useMutation(trpc.review.validateWithReservation.mutationOptions(options));
  const sendBack = useMutation(trpc.measurement.sendBack.mutationOptions(options));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const ids = items.map(cardId).join(",");

  useEffect(() => {
    if (focusIndex === null) return;
    const next = items[Math.min(focusIndex, items.length - 1)];
    const target = next ? headings.current.get(cardId(next)) : queueHeading.current;
    target?.focus();
    setFocusIndex(null);
    // Runs when the list has changed: the decided card has left.
  }, [ids]);

  const decide = (s: Submitted, index: number) => (decision: Decision) => {
    const key = { kpi: s.kpi, series: s.series, period: s.period, expectedVersion: s.version };
    const id = cardId(s);
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([card]) => card !== id)));
    const callbacks = {
      onSuccess: () => {
        announce(t(DONE[decision.kind], { kpi: s.name[language], period: periodText(s.period, language) }));
        setFocusIndex(index);
      },
      onError: (e: unknown) => setErrors((all) => ({ ...all, [id]: errorDetails(e).message })),
    };
    if (decision.kind === "validate") validate.mutate(key, callbacks);
    else if (decision.kind === "reserve") reserve.mutate({ ...key, reservation: decision.reservation }, callbacks);
    else sendBack.mutate({ ...key, reason: decision.reason }, callbacks);
  };

  const busy = validate.isPending || reserve.isPending || sendBack.isPending;
  return (
    <section aria-labelledby="submitted-heading">
      <h2 id="submitted-heading" ref={queueHeading} tabIndex={-1}>
        {t("review.submitted", { count: items.length })}
      </h2>
      {items.length === 0 ? (
        <p className="empty">{t("review.noneSubmitted")}</p>
      ) : (
        <div className="review-cards">
          {items.map((s, index) => (
            <ReviewCard
              key={cardId(s)}
              ref={(element) => {
                if (element) headings.current.set(cardId(s), element);
                else headings.current.delete(cardId(s));
              }}
              item={s}
              busy={busy}
              error={errors[cardId(s)] ?? null}
              onDecide={decide(s, index)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
