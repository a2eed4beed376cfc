import type { AppRouter } from "@boordtabel/api";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

const isUnauthorized = (error: unknown) =>
  error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";

/** `onSignedOut` is called when the server no longer knows the caller (session expired, or
 *  reading needs signing in), with whether someone was signed in a moment ago. */
export function createClients(getLanguage: () => string, onSignedOut: (hadSession: boolean) => void) {
  const hadSession = () =>
    queryClient.getQueriesData<unknown>({ queryKey: [["session", "me"]] }).some(([, data]) => Boolean(data));
  const handle = (error: unknown) => {
    if (isUnauthorized(error)) onSignedOut(hadSession());
  };
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: (count, error) => !isUnauthorized(error) && count < 1 },
    },
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
  });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/trpc", headers: () => ({ "accept-language": getLanguage() }) })],
  });
  return { queryClient, trpcClient };
}
