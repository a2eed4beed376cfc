/** Only web addresses become links: a stored "javascript:" or "file:" source stays plain text. */
export const safeUrl = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
};

/** A source as its label, linked when it has a web address. */
export function SourceLink({ label, url }: { label: string | null | undefined; url: string | null | undefined }) {
  const href = safeUrl(url);
  const text = label ?? (href ? new URL(href).host : "–");
  return href ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}
