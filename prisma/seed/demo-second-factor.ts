// The second factor of the demo accounts: one authenticator-app key, public on purpose (printed by `npm start`, written
// in the README, used by the end-to-end tests), so that anyone trying the demo can log in. Never used outside demo mode:
// demo accounts exist only there.

/** Base32, as an authenticator app takes it ("Saisir une clé"). */
export const DEMO_TOTP_SECRET = "DEMOPORTAILFACTURATIONDEMOPORTAI";
