import { useState } from "react";

const KEY = "boordtabel.contrast";
type Contrast = "high" | "normal";

function stored(): Contrast | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === "high" || value === "normal" ? value : null;
  } catch {
    return null; // storage blocked: the system setting decides
  }
}

/** Puts the stored choice on <html data-contrast>; without one, `prefers-contrast: more` decides
 *  (styles.css). Called before the first render, so the page never flashes the other theme. */
export function applyStoredContrast(): void {
  const choice = stored();
  if (choice) document.documentElement.dataset["contrast"] = choice;
  else delete document.documentElement.dataset["contrast"];
}

/** Whether the high-contrast theme is on (chosen, or asked for by the system), and a switch
 *  that remembers the choice in this browser. */
export function useHighContrast(): [boolean, () => void] {
  const [high, setHigh] = useState(
    () => (stored() ?? (window.matchMedia("(prefers-contrast: more)").matches ? "high" : "normal")) === "high",
  );
  const toggle = () => {
    const next: Contrast = high ? "normal" : "high";
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not remembered, but still switched for this page.
    }
    document.documentElement.dataset["contrast"] = next;
    setHigh(!high);
  };
  return [high, toggle];
}
