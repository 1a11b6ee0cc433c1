// The accounts area's public entry for server code (pages, routes, other areas): inscription, activation, login,
// passwords, Mon compte, sessions. React code takes its components from ui.ts.
export { NotificationSubscriptionsSection } from "./components/notification-subscriptions-section.tsx";
export { ProfileSection } from "./components/profile-section.tsx";
export { SessionsSection } from "./components/sessions-section.tsx";
export { credentialsProvider } from "./credentials.ts";
export { createCaptchaChallenge } from "./data/captcha.ts";
export { INVALID_ACTIVATION_LINK, INVALID_RESET_LINK } from "./rules/link-messages.ts";
export { safeReturnPath } from "./rules/return-path.ts";
export type { NotificationSubscriptions } from "./rules/notification-subscriptions.ts";
export type { ActivationInput, ChangePasswordInput, NotificationSubscriptionsInput, ProfileInput, ResetPasswordInput, SignupInput } from "./schemas.ts";
export { activateAccount } from "./use-cases/activate-account.ts";
export { authenticateUser } from "./use-cases/authenticate-user.ts";
export { changePassword } from "./use-cases/change-password.ts";
export { createAccount } from "./use-cases/create-account.ts";
export { getActivationAccount } from "./use-cases/get-activation-account.ts";
export { getPasswordReset } from "./use-cases/get-password-reset.ts";
export { getNotificationSubscriptions } from "./use-cases/get-notification-subscriptions.ts";
export { getProfile } from "./use-cases/get-profile.ts";
export { listActiveSessions } from "./use-cases/list-active-sessions.ts";
export { requestPasswordReset } from "./use-cases/request-password-reset.ts";
export { resendActivation } from "./use-cases/resend-activation.ts";
export { resetPassword } from "./use-cases/reset-password.ts";
export { signOutEverywhere } from "./use-cases/sign-out-everywhere.ts";
export { updateNotificationSubscriptions } from "./use-cases/update-notification-subscriptions.ts";
export { updateProfile } from "./use-cases/update-profile.ts";
