// The codes authorize() gives the login form through next-auth (the error string of signIn), and what the form
// says for each. Pure: shared by the server and the browser.

export const LOGIN_ERROR = {
  /** Wrong address or password (next-auth's own code when authorize() returns null). */
  invalid: "CredentialsSignin",
  /** Wrong, and the account's next login needs the captcha. */
  invalidCaptchaNext: "IDENTIFIANTS_INCORRECTS_CAPTCHA",
  captchaRequired: "CAPTCHA_REQUIS",
  captchaInvalid: "CAPTCHA_INVALIDE",
  /** Followed by ":<seconds>". */
  delayed: "RALENTI",
} as const;

export const WRONG_CREDENTIALS = "Adresse électronique ou mot de passe incorrect.";
export const CAPTCHA_NEEDED =
  "Plusieurs tentatives de connexion à ce compte ont échoué : cochez la case du captcha, attendez sa validation, puis reconnectez-vous.";

export const delayedCode = (seconds: number) => `${LOGIN_ERROR.delayed}:${seconds}`;

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}

/** The message next to the form, and whether the form must show the captcha from now on. */
export function loginErrorMessage(code: string): { message: string; showCaptcha: boolean } {
  if (code === LOGIN_ERROR.invalidCaptchaNext) return { message: `${WRONG_CREDENTIALS} ${CAPTCHA_NEEDED}`, showCaptcha: true };
  if (code === LOGIN_ERROR.captchaRequired) return { message: CAPTCHA_NEEDED, showCaptcha: true };
  if (code === LOGIN_ERROR.captchaInvalid) return { message: "Le captcha n'a pas été validé : cochez la case, attendez sa validation, puis reconnectez-vous.", showCaptcha: true };
  if (code.startsWith(`${LOGIN_ERROR.delayed}:`)) {
    const seconds = Math.max(1, Number(code.slice(LOGIN_ERROR.delayed.length + 1)) || 1);
    return {
      message: `Trop de tentatives de connexion infructueuses depuis votre connexion : réessayez dans ${duration(seconds)}. Vous pouvez aussi réinitialiser votre mot de passe avec « Mot de passe oublié ? ».`,
      showCaptcha: false,
    };
  }
  return { message: WRONG_CREDENTIALS, showCaptcha: false };
}
