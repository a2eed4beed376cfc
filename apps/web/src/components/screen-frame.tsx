import { useMatches, useNavigate, useRouter } from "@tanstack/react-router";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { announce, useCurrentSubject } from "../lib/announce";
import { allows, useSession } from "../lib/session";
import { useLanguage } from "../lib/use-language";
import { NoAccess } from "./access-pages";
import { Skeleton } from "./query-state";

/** What every screen gets from its line in routes/screens.ts: the document title (the page's
 *  subject when it names one with useDocumentSubject, else the screen's title), focus on its h1
 *  after every client-side navigation with the new page's name said in the live region (so a
 *  screen reader user hears where they are), and the role gate, which
 *  shows who may open it instead of a form the API would refuse. The API stays the authority. */
export function ScreenFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const screen = useMatches({ select: (matches) => matches.at(-1)?.staticData });
  const session = useSession();
  const main = useRef<HTMLElement>(null);
  const router = useRouter();
  const subject = useCurrentSubject();
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
    const page = subject ?? (screen?.title ? t(screen.title) : null);
    document.title = page ? `${page} – ${name}` : name;
  }, [screen?.title, subject, t, language]);

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

/** Focuses the page's h1 now or as soon as it appears (pages show theirs once data arrives), and
 *  says its text in the live region. Until the user acts, a heading that is replaced (the old
 *  page's h1 leaving after the new route resolved, a skeleton giving way) hands focus on to the
 *  new one, so focus never falls back to the body. */
function focusHeading(main: HTMLElement): () => void {
  let focused: HTMLElement | null = null;
  const focus = () => {
    const active = document.activeElement;
    if (focused && active !== null && active !== document.body) return;
    const heading = main.querySelector("h1");
    if (!heading || (heading === focused && heading.isConnected && active === heading)) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    if (heading !== focused) announce(heading.textContent?.trim() ?? "");
    focused = heading;
  };
  const observer = new MutationObserver(focus);
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener("keydown", stop, true);
    document.removeEventListener("pointerdown", stop, true);
  };
  const timer = setTimeout(stop, 10_000);
  document.addEventListener("keydown", stop, true);
  document.addEventListener("pointerdown", stop, true);
  focus();
  return stop;
}
