import { useEffect, useSyncExternalStore } from "react";

/** What the page's one polite live region (components/announcer.tsx) says, and the subject of
 *  the current page for its document title. Both are small stores outside React, so any screen
 *  can speak or name itself without passing props through the layout. */
type Listener = () => void;

function store<T>(initial: T) {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set: (next: T) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface Spoken {
  text: string;
  /** Changes with every call, so saying the same words twice is heard twice. */
  id: number;
}

const spoken = store<Spoken>({ text: "", id: 0 });
const subject = store<string | null>(null);

/** Says `text` politely through the live region that exists from the first render (WCAG 4.1.3):
 *  a saved value, a validated row, the number of results after a filter. */
export function announce(text: string): void {
  spoken.set({ text, id: spoken.get().id + 1 });
}

export function useAnnouncement(): Spoken {
  return useSyncExternalStore(spoken.subscribe, spoken.get);
}

/** Names the page's subject ("Werkzaamheidsgraad Vlaanderen") in the document title while the
 *  page is shown; the frame falls back to the screen's title (routes/screens.ts). */
export function useDocumentSubject(name: string | null | undefined): void {
  useEffect(() => {
    if (!name) return;
    subject.set(name);
    return () => {
      if (subject.get() === name) subject.set(null);
    };
  }, [name]);
}

export function useCurrentSubject(): string | null {
  return useSyncExternalStore(subject.subscribe, subject.get);
}
