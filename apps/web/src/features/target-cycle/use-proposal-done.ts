import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc";

/** After a position or a decision: the proposal and the KPI pages that show it read it again. */
export function useProposalMutationDone() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.proposal.pathFilter());
    void queryClient.invalidateQueries(trpc.kpi.pathFilter());
  };
}
