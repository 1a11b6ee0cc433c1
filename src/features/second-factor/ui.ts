// The second factor's public entry for React code. Never reaches @/server.
export { RegenerateRecoveryCodesForm } from "./components/regenerate-recovery-codes-form.tsx";
export { RemoveSecurityKeyButton } from "./components/remove-security-key-button.tsx";
export { SecondFactorForm } from "./components/second-factor-form.tsx";
export { SecurityKeyRegistration } from "./components/security-key-registration.tsx";
export { TotpSetupForm } from "./components/totp-setup-form.tsx";
