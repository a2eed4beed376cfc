import { STATUSES, type Status } from "@boordtabel/domain";
import { StatusBadge } from "./status-badge";

/** The count per status of a roll-up, in the engine's order, leaving out statuses nobody has. */
export function StatusCounts({
  counts,
  className,
  label,
}: {
  counts: Partial<Record<Status, number>>;
  className: string;
  label?: string;
}) {
  return (
    <ul className={className} aria-label={label}>
      {STATUSES.filter((s) => (counts[s] ?? 0) > 0).map((s) => (
        <li key={s}>
          <StatusBadge status={s} />: {counts[s]}
        </li>
      ))}
    </ul>
  );
}
