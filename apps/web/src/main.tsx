import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import i18n from "./i18n";
import { createClients, TRPCProvider } from "./lib/trpc";
import { router } from "./router";
import "./styles.css";

const { queryClient, trpcClient } = createClients(
  () => i18n.language,
  (hadSession) => {
    const here = router.state.location;
    if (here.pathname === "/login") return;
    void router.navigate({
      to: "/login",
      search: { redirect: here.href, ...(hadSession ? { expired: true } : {}) },
    });
  },
);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
