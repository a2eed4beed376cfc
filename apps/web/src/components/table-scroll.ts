/** The attributes of a wrapper that lets a wide table scroll inside the page instead of the page
 *  scrolling sideways (WCAG 1.4.10): a named region that takes keyboard focus, so keyboard users
 *  can scroll it with the arrow keys (2.1.1). Use on `<div className="table-scroll">`. */
export function scrollRegion(name: string | { labelledBy: string }) {
  return {
    role: "region",
    tabIndex: 0,
    ...(typeof name === "string" ? { "aria-label": name } : { "aria-labelledby": name.labelledBy }),
  } as const;
}
