import type { ProposalDto } from "@boordtabel/api";

/** The label keys of a proposal's state, a position's stance and a target's kind. */
export const STATE_LABEL = {
  open: "targetCycle.stateOpen",
  adopted: "targetCycle.stateAdopted",
  adoptedAmended: "targetCycle.stateAdoptedAmended",
  rejected: "targetCycle.stateRejected",
} as const satisfies Record<ProposalDto["state"], string>;

export const STANCE_LABEL = {
  agree: "targetCycle.stanceAgree",
  agreeWithReservation: "targetCycle.stanceAgreeWithReservation",
  disagree: "targetCycle.stanceDisagree",
} as const satisfies Record<ProposalDto["positions"][number]["stance"], string>;

export const KIND_LABEL = {
  target: "targetCycle.kindTarget",
  milestone: "targetCycle.kindMilestone",
  indicative: "targetCycle.kindIndicative",
} as const satisfies Record<ProposalDto["targets"][number]["kind"], string>;
