import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { NoteForm } from "./note-form";
import { ReservationList } from "./reservation-list";
import { SubmittedQueue } from "./submitted-queue";

/** The reviewers' round: submitted values to validate (with or without a reservation) or send
 *  back, open reservations to resolve, and a form for a comment or reservation on a KPI. */
export function ReviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queue = useQuery(trpc.review.queue.queryOptions());
  // Rendered from the start, so screen readers hear what it says after a decision.
  const [done, setDone] = useState("");
  return (
    <>
      <h1>{t("review.title")}</h1>
      <p role="status" className="review-done" data-testid="review-done">
        {done}
      </p>
      <QueryState query={queue}>
        {(data) => (
          <>
            <SubmittedQueue items={data.submitted} announce={setDone} />
            <ReservationList items={data.reservations} />
          </>
        )}
      </QueryState>
      <NoteForm />
    </>
  );
}
