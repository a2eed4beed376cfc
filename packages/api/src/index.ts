export { appRouter, type AppRouter } from "./root.js";
export { createCallerFactory, errorBody, toClientError, type Context, type ErrorBody } from "./trpc.js";
export { message, pickLocale, type Locale, type MessageKey } from "./i18n.js";
export {
  openData,
  readOpenDataOptions,
  CSV_COLUMNS,
  SPREADSHEET_COLUMNS,
  type OpenDataOptions,
  type RestResponse,
} from "./rest/open-data.js";
export { kpiTargetProposalsJson } from "./proposal/proposals-rest.js";
export type { ProposalDto } from "./proposal/proposal.dto.js";
export type { CorrectiveActionDto } from "./corrective-action/corrective-action.dto.js";
export { planCommitmentsCsv, planCommitmentsXlsx, COMMITMENT_COLUMNS } from "./rest/commitments-export.js";
export type { PlanDetail, PlanSummary } from "./plan/plan.service.js";
export type { PlanOverview } from "./plan/plan-overview.service.js";
export type { CommitmentSheet } from "./commitment/commitment-sheet.service.js";
export type { PlanCommitments } from "./commitment/plan-commitments.service.js";
export type { KpiDetail } from "./kpi/kpi-detail.service.js";
export type { KpiValues } from "./kpi/kpi-values.service.js";
export type { Deck } from "./presentation/presentation.service.js";
export type { EntryGrid } from "./measurement/grid.service.js";
export type { EntryContext } from "./due/entry-context.service.js";
export type { ReturnedValues } from "./due/returned.service.js";
export type { PlanCompleteness } from "./due/completeness.service.js";
export type { ReviewQueue } from "./review/review.service.js";
export type { PlanNodeDto } from "./plan/plan-tree.js";
export type { KpiObservations, PlanObservations } from "./kpi/kpi-export.service.js";
export { createAuth, SIGN_IN_REFUSED_PATH, type Auth, type AuthOptions } from "./auth/auth.js";
export { linkOidcSubject, OIDC_PROVIDER_ID, type OidcSettings } from "./auth/oidc.js";
export { parseOrgMap, parseRoleMap } from "./auth/oidc-claims.js";
export { resolveActor, type Actor } from "./auth/actor.js";
export { requireRole, RECORDING_ROLES } from "./auth/roles.js";
export { createAccount, ensureDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, type Role } from "./auth/accounts.js";
export { countSignInAttempt } from "./auth/sign-in-limit.js";
export { isPublicRead } from "./settings/settings.service.js";
export { postObservations, parseObservationsCsv, RowErrors } from "./rest/observations-post.js";
export type { ClientError } from "./trpc.js";
export { importTemplate, runImport, uploadImport, type ImportResult } from "./import/import.service.js";
export { MAX_ROWS, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "./measurement/record-rows.js";
export {
  refreshAllStoredVerdicts,
  refreshExpiredStoredVerdicts,
  refreshMissingStoredVerdicts,
} from "./kpi/stored-verdicts.js";
export {
  boardPack,
  regenerateBoardPack,
  readBoardPackKey,
  type BoardPackKey,
  type RenderBoardPack,
  type StoredBoardPack,
} from "./board-pack/board-pack.service.js";
export { sendDigests, digestMail, type Mail, type MailSender } from "./notification/digest.js";
export { notifyDuePeriods } from "./notification/period-due.js";
export type { NotificationItem } from "./notification/notification.service.js";
export type { NotificationKind } from "./notification/notify.js";
export { readDataState } from "./read-cache/data-version.js";
export { ByteLru } from "./read-cache/byte-lru.js";
