import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { DeckControls } from "./deck-controls";
import { buildSlides, nextIndex, slideIndex } from "./slides";
import { SlideView } from "./slide-view";
import "./present.css";
import { announce } from "../../lib/announce";

/** Board meetings: the whole screen, one slide at a time. The slide is in the address
 *  (`?slide=N`, so a reload keeps it), `?asOf=` freezes the deck at a date, `?since=` dates the
 *  commitment changes and `?all=1` adds KPIs without data. Arrow keys, PageUp/PageDown and
 *  Home/End move; Esc leaves to the plan page. */
export function PresentationPage() {
  const { t } = useTranslation();
  const { planCode } = useParams({ from: "/present/$planCode" });
  const search = useSearch({ from: "/present/$planCode" });
  const navigate = useNavigate({ from: "/present/$planCode" });
  const trpc = useTRPC();
  const overview = useQuery(trpc.plan.overview.queryOptions({ code: planCode, asOf: search.asOf }));
  const deck = useQuery(
    trpc.presentation.deck.queryOptions({ code: planCode, asOf: search.asOf, since: search.since }),
  );
  const all = search.all === 1;
  const slides = useMemo(
    () => (overview.data && deck.data ? buildSlides(overview.data, deck.data, { all }) : []),
    [overview.data, deck.data, all],
  );
  const count = slides.length;
  const index = slideIndex(search.slide, count);
  const queryClient = useQueryClient();

  // The next chart is fetched while this slide is shown, so moving on never waits.
  const upcoming = slides[index + 1];
  useEffect(() => {
    if (upcoming?.kind === "kpi")
      void queryClient.prefetchQuery(trpc.kpi.detail.queryOptions({ code: upcoming.kpi.code, asOf: search.asOf }));
  }, [upcoming, queryClient, trpc, search.asOf]);

  const go = useCallback(
    (to: number) => void navigate({ search: (prev) => ({ ...prev, slide: to + 1 }), replace: true }),
    [navigate],
  );
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    void navigate({ to: "/plans/$code", params: { code: planCode }, search: { asOf: search.asOf } });
  }, [navigate, planCode, search.asOf]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return;
      // Keys typed into a control keep their own meaning: every key in a field, Space and Enter
      // on a button, link or summary (Space on "Volgende" presses it, once).
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, select, textarea, [contenteditable]") && event.key !== "Escape") return;
      if (target?.closest("button, a[href], summary, [role=button]") && (event.key === " " || event.key === "Enter"))
        return;
      if (event.key === "Escape") leave();
      else {
        const to = nextIndex(event.key, index, count);
        if (to === null) return;
        if (to !== index) go(to);
      }
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [count, index, go, leave]);

  const slide = slides[index];
  useSlideAnnouncement(index, count);
  return (
    <div className="deck" data-testid="deck">
      <QueryState query={overview} skeletonRows={8}>
        {(plan) => (
          <QueryState query={deck} skeletonRows={8}>
            {(data) =>
              slide ? (
                <>
                  <div className="deck-stage" data-slide-index={index + 1}>
                    <SlideView slide={slide} plan={plan} deck={data} asOf={search.asOf} since={search.since} />
                  </div>
                  <DeckControls
                    index={index}
                    count={count}
                    all={all}
                    hasKpis={plan.kpis.length > 0}
                    onGo={go}
                    onLeave={leave}
                    onAll={(next) =>
                      void navigate({
                        search: (prev) => ({ ...prev, all: next ? (1 as const) : undefined, slide: 1 }),
                        replace: true,
                      })
                    }
                  />
                </>
              ) : (
                <p>{t("present.noData")}</p>
              )
            }
          </QueryState>
        )}
      </QueryState>
    </div>
  );
}

/** Says the new slide's position and title in the live region when the slide changes (the first
 *  one is announced by the router's page change). The title is read from the slide's h1, which a
 *  KPI slide shows once its data is there. */
function useSlideAnnouncement(index: number, count: number) {
  const { t } = useTranslation();
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (count === 0) return;
    const first = shown.current === null;
    shown.current = index;
    if (first) return;
    const position = t("present.position", { current: index + 1, total: count });
    const say = () => {
      const heading = document.querySelector(`.deck-stage[data-slide-index="${index + 1}"] h1`);
      if (!heading?.textContent) return false;
      announce(`${position}: ${heading.textContent.trim()}`);
      return true;
    };
    if (say()) return;
    const observer = new MutationObserver(() => {
      if (say()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [index, count, t]);
}
