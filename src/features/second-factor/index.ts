// The second factor's public entry for server code (pages): the authenticator app (TOTP), security keys,
// recovery codes and the e-mailed code. React code takes its components from ui.ts.
export { beginTotpSetup } from "./use-cases/begin-totp-setup.ts";
export { getSecondFactorSettings } from "./use-cases/get-second-factor-settings.ts";
