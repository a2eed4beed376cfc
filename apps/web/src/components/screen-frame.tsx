import { useMatches, useRouter } from "@tanstack/react-router";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { allows, useSession } from "../lib/session";
import { useLanguage } from "../lib/use-language";
import { NoAccess, SignInNeeded } from "./access-pages";
import { Skeleton } from "./query-state";

/** What every screen gets from its line in routes/screens.ts: the document title, focus on its
 *  h1 after a navigation (so a screen reader announces the new page), and the role gate, which
 *  shows who may open it instead of a form the API would refuse. The API stays the authority. */
export function ScreenFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const screen = useMatches({ select: (matches) => matches.at(-1)?.staticData });
  const session = useSession();
  const main = useRef<HTMLElement>(null);
  const router = useRouter();

  useEffect(() => {
    const name = t("app.name");
    document.title = screen?.title ? `${t(screen.title)} – ${name}` : name;
  }, [screen?.title, t, language]);

  useEffect(() => {
    let stop = () => {};
    const unsubscribe = router.subscribe("onResolved", (event) => {
      stop();
      if (event.fromLocation && event.pathChanged && main.current) stop = focusHeading(main.current);
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, [router]);

  const role = screen?.role ?? null;
  let content = children;
  if (!allows(role, session.role)) {
    if (session.loading) content = <Skeleton rows={6} label={t("plans.loading")} />;
    else if (!session.actor) content = <SignInNeeded />;
    else content = <NoAccess required={role} current={session.actor.role} />;
  }
  return (
    <main id="main" ref={main}>
      {content}
    </main>
  );
}

/** Focuses the page's h1 now, or as soon as it appears (pages show theirs once data arrives). */
function focusHeading(main: HTMLElement): () => void {
  const focus = () => {
    const heading = main.querySelector("h1");
    if (!heading) return false;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), 10_000);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
