import { useEffect, useRef } from "react";

/** After a submit that found errors, focus moves to the first field marked `aria-invalid` (or, if
 *  the error concerns the whole form, to its alert), so a keyboard or screen-reader user lands on
 *  what to fix. Attach the returned ref to the `<form>`; pass the form's error map (or its one error). */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>(
  errors: Record<string, string> | string | null | undefined,
) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!errors || (typeof errors === "object" && Object.keys(errors).length === 0)) return;
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    if (first && first.getAttribute("role") === "alert" && !first.hasAttribute("tabindex")) first.tabIndex = -1;
    first?.focus();
  }, [errors]);
  return ref;
}
