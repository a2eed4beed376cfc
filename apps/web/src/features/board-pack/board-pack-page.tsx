import { useQueries, useQuery } from "@tanstack/react-query";
import { useParams, useSearch } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import "./board-pack.css";
import { PackCover } from "./pack-cover";
import { pillarsOf, writtenDate, type PackData } from "./pack-data";
import { KpiPackPage } from "./pack-kpi";
import { CommitmentsAttention } from "./pack-commitments";
import { OpenNotes, Sources } from "./pack-closing";
import { DomainPage, PillarPage } from "./pack-pillar";
import { KpiSummaryTable } from "./pack-summary";
import { PackCorrectiveActions } from "../target-cycle/pack-corrective-actions";
import type { Deck } from "@boordtabel/api";

/** The print route of the board pack (`/print/plans/:code?asOf=&lang=`): the whole pack as one
 *  document, printed to PDF by the server's Chromium. When every query has answered and the
 *  charts are drawn it sets `data-ready` on <html> (the server waits for it), with the header
 *  and page label the PDF's running header and footer use. */
export function BoardPackPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code } = useParams({ from: "/print/plans/$code" });
  const search = useSearch({ from: "/print/plans/$code" });
  const asOf = search.asOf ?? new Date().toISOString().slice(0, 10);
  const trpc = useTRPC();
  const overview = useQuery(trpc.plan.overview.queryOptions({ code, asOf }));
  const detail = useQuery(trpc.plan.detail.queryOptions({ code }));
  const commitments = useQuery(trpc.commitment.list.queryOptions({ plan: code }));
  const deck = useQuery(trpc.presentation.deck.queryOptions({ code, asOf }));
  const headline = overview.data?.headline ?? [];
  const details = useQueries({
    queries: headline.map((k) => trpc.kpi.detail.queryOptions({ code: k.code, asOf })),
  });
  const [generatedAt] = useState(() => new Date());

  const all = [overview, detail, commitments, deck, ...details];
  const failed = all.some((q) => q.isError);
  const loaded = all.every((q) => q.isSuccess);
  // The headline KPIs' queries change in number; their update times say when any answered.
  const detailsKey = details.map((d) => d.dataUpdatedAt).join(",");
  const data: PackData | null = useMemo(
    () =>
      loaded && overview.data && detail.data && commitments.data
        ? {
            overview: overview.data,
            commitments: commitments.data,
            planSource: [detail.data.title[language], detail.data.owner, detail.data.year].filter(Boolean).join(", "),
            details: details.map((d) => d.data!),
            asOf,
            generatedAt,
          }
        : null,
    [loaded, overview.data, detail.data, commitments.data, asOf, generatedAt, language, detailsKey],
  );

  useEffect(() => {
    const root = document.documentElement;
    if (failed) {
      root.dataset["ready"] = "error";
      return;
    }
    if (!data) return;
    const title = data.overview.title[language];
    document.title = `${t("boardPack.title")} – ${title}`;
    // A long title (an agenda's can run to 120 characters) leaves the running header as the code.
    const plan = title.length > 60 ? data.overview.code : title;
    root.dataset["packHeader"] = t("boardPack.header", { plan, date: writtenDate(asOf, language) });
    root.dataset["packPage"] = t("boardPack.page");
    // Two frames: React has committed and the charts' SVG has been laid out.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (root.dataset["ready"] = "true"));
    });
    return () => {
      cancelAnimationFrame(frame);
      delete root.dataset["ready"];
    };
  }, [data, failed, language, asOf, t]);

  if (failed) return <p role="alert">{t("boardPack.failed")}</p>;
  if (!data) return <p role="status">{t("boardPack.loading")}</p>;
  return <BoardPack data={data} correctiveActions={deck.data?.correctiveActions ?? []} />;
}

function BoardPack({ data, correctiveActions }: { data: PackData; correctiveActions: Deck["correctiveActions"] }) {
  const { t } = useTranslation();
  const { overview } = data;
  const pillars = pillarsOf(overview);
  const hasKpis = overview.kpis.length > 0;
  return (
    <article className="board-pack">
      <PackCover data={data} />
      {hasKpis && (
        <section className="pack-page" data-pack-section="summary">
          <h2>{t("boardPack.summary")}</h2>
          <KpiSummaryTable kpis={overview.kpis} caption={t("boardPack.summary")} hideCaption />
        </section>
      )}
      {pillars.map((node) =>
        hasKpis ? (
          <PillarPage key={node.code} node={node} data={data} />
        ) : (
          <DomainPage key={node.code} node={node} data={data} />
        ),
      )}
      {overview.headline.map((kpi, i) => (
        <KpiPackPage key={kpi.code} kpi={kpi} detail={data.details[i]!} />
      ))}
      {hasKpis && <OpenNotes data={data} />}
      <PackCorrectiveActions actions={correctiveActions} />
      <CommitmentsAttention data={data} />
      <Sources data={data} />
    </article>
  );
}
