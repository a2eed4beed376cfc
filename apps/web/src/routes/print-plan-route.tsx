import { createLazyRoute } from "@tanstack/react-router";
import { BoardPackPage } from "../features/board-pack/board-pack-page";

export const Route = createLazyRoute("/print/plans/$code")({ component: BoardPackPage });
