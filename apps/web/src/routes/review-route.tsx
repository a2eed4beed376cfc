import { createLazyRoute } from "@tanstack/react-router";
import { ReviewPage } from "../features/review/review-page";

export const Route = createLazyRoute("/review")({ component: ReviewPage });
