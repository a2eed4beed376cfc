import { useEffect, useState } from "react";
import { useAnnouncement } from "../lib/announce";

/** The page's polite live region. It is in the page from the start (a region that appears with
 *  its text is often not read), empties itself first so that the same words are heard again. */
export function Announcer() {
  const { text, id } = useAnnouncement();
  const [shown, setShown] = useState("");
  useEffect(() => {
    setShown("");
    if (!text) return;
    const timer = setTimeout(() => setShown(text), 100);
    return () => clearTimeout(timer);
  }, [text, id]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="announcer">
      {shown}
    </div>
  );
}
