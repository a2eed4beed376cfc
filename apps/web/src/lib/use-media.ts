import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/** Whether a media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, [query]);
  return matches;
}

/** Whether the page is being printed. `beforeprint` renders synchronously (flushSync): the
 *  browser lays the printed page out right after the event, before React would otherwise get
 *  to it, and a chart sized for the screen would be cut or scaled down. */
export function usePrinting(): boolean {
  const media = useMediaQuery("print");
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return media || printing;
}
