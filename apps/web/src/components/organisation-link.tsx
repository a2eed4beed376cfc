import { Link } from "@tanstack/react-router";

/** An organisation's name linked to its page (`/organisaties/:code`); the router keeps `?lang`. */
export function OrganisationLink({ code, label }: { code: string; label: string }) {
  return (
    <Link to="/organisaties/$code" params={{ code }}>
      {label}
    </Link>
  );
}

/** Several organisations, comma-separated, each linked to its page. */
export function OrganisationLinks({ organisations }: { organisations: { code: string; label: string }[] }) {
  return (
    <>
      {organisations.map((o, i) => (
        <span key={o.code}>
          {i > 0 && ", "}
          <OrganisationLink code={o.code} label={o.label} />
        </span>
      ))}
    </>
  );
}
