import { useMatches, useNavigate, useRouter } from "@tanstack/react-router";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { allows, useSession } from "../lib/session";
import { useLanguage } from "../lib/use-language";
import { NoAccess } from "./access-pages";
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
  const navigate = useNavigate();
  const role = screen?.role ?? null;
  const signInFirst = !allows(role, session.role) && !session.loading && !session.actor;

  // Signed out on a screen that needs a role: to the sign-in page at once (nothing of the screen
  // is shown, so nothing typed is lost), and back here afterwards. Once per gated screen: the
  // address changes before the screen does.
  useEffect(() => {
    const here = router.state.location;
    if (signInFirst && here.pathname !== "/login")
      void navigate({ to: "/login", search: { redirect: here.href }, replace: true });
  }, [signInFirst, navigate, router]);

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

  let content = children;
  if (!allows(role, session.role)) {
    if (session.actor) content = <NoAccess required={role} current={session.actor.role} />;
    else content = <Skeleton rows={6} label={t("plans.loading")} />;
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
