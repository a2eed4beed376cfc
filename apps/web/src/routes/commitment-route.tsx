import { createLazyRoute } from "@tanstack/react-router";
import { CommitmentSheetPage } from "../features/commitment-sheet/commitment-sheet-page";

export const Route = createLazyRoute("/commitments/$code")({ component: CommitmentSheetPage });
