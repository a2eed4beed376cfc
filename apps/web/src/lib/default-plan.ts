/** The plan the app opens on and that plan pickers start from when the address names none. */
export const DEFAULT_PLAN = "IAB";
