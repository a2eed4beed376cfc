import { createLazyRoute } from "@tanstack/react-router";
import { AccessibilityPage } from "../features/accessibility/accessibility-page";

export const Route = createLazyRoute("/toegankelijkheid")({ component: AccessibilityPage });
