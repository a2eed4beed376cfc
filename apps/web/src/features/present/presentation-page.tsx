import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { buildSlides } from "./slides";
import { SlideView } from "./slide-view";

/** Board meetings: one pillar, then the headline KPIs, per slide; arrow keys move, Esc leaves. */
export function PresentationPage() {
  const { t } = useTranslation();
  const { planCode } = useParams({ from: "/present/$planCode" });
  const navigate = useNavigate();
  const trpc = useTRPC();
  const overview = useQuery(trpc.plan.overview.queryOptions({ code: planCode }));
  const slides = overview.data ? buildSlides(overview.data) : [];
  const [index, setIndex] = useState(0);
  const count = slides.length;

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (["ArrowRight", "PageDown", " "].includes(event.key)) setIndex((i) => Math.min(i + 1, count - 1));
      else if (["ArrowLeft", "PageUp"].includes(event.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (event.key === "Home") setIndex(0);
      else if (event.key === "End") setIndex(count - 1);
      else if (event.key === "Escape") {
        if (document.fullscreenElement) void document.exitFullscreen();
        void navigate({ to: "/plans/$code", params: { code: planCode } });
      } else return;
      event.preventDefault();
    },
    [count, navigate, planCode],
  );

  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onKey]);

  return (
    <div className="presentation">
      <QueryState query={overview}>
        {(data) => (
          <>
            <SlideView slide={slides[index]!} plan={data} />
            <footer className="presentation-controls">
              <button type="button" onClick={() => setIndex((i) => Math.max(i - 1, 0))} disabled={index === 0}>
                ← {t("present.previous")}
              </button>
              <span aria-live="polite">{t("present.position", { current: index + 1, total: count })}</span>
              <button
                type="button"
                onClick={() => setIndex((i) => Math.min(i + 1, count - 1))}
                disabled={index === count - 1}
              >
                {t("present.next")} →
              </button>
              <button type="button" onClick={() => void document.documentElement.requestFullscreen?.()}>
                {t("present.fullscreen")}
              </button>
            </footer>
          </>
        )}
      </QueryState>
    </div>
  );
}
