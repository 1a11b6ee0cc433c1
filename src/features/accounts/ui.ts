// The accounts area's public entry for React code: its forms, and the form helpers the second factor's forms share.
// Never reaches @/server.
export { ActivationForm } from "./components/activation-form.tsx";
export { ChangePasswordForm } from "./components/change-password-form.tsx";
export { EmailRequestForm } from "./components/email-request-form.tsx";
export { FormMessage } from "./components/form-message.tsx";
export { LoginForm } from "./components/login-form.tsx";
export { NotificationSubscriptionsForm } from "./components/notification-subscriptions-form.tsx";
export { ProfileForm } from "./components/profile-form.tsx";
export { ResetPasswordForm } from "./components/reset-password-form.tsx";
export { SignupForm } from "./components/signup-form.tsx";
export { useActionForm } from "./components/use-action-form.ts";
export { safeReturnPath } from "./rules/return-path.ts";
