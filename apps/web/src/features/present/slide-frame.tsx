import type { ReactNode } from "react";
import type { Slide } from "./slides";

/** Every slide: one h1, then its content. */
export function SlideFrame({
  kind,
  id,
  heading,
  className,
  children,
}: {
  kind: Slide["kind"];
  id: string;
  heading: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`deck-slide deck-slide-${kind} ${className ?? ""}`} data-slide-kind={kind} data-slide={id}>
      <h1>{heading}</h1>
      {children}
    </section>
  );
}
