// The forms of the second factor, checked in the browser and by their server actions with the same schemas.
import { z } from "zod";

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .max(20, "Saisissez les 6 chiffres du code.")
    .regex(/^\d{3}\s?\d{3}$/, "Saisissez les 6 chiffres du code, sans lettre."),
});

export const totpSetupSchema = totpCodeSchema.extend({ sealed: z.string().min(1).max(2000) });

export const recoveryCodeSchema = z.object({
  code: z.string().trim().min(1, "Saisissez un de vos codes de secours.").max(40, "Un code de secours compte 10 caractères (xxxxx-xxxxx)."),
});

export const securityKeyNameSchema = z.object({ name: z.string().trim().max(60, "60 caractères au maximum.").optional() });

/** A WebAuthn answer as @simplewebauthn/browser gives it, sent as JSON text. */
export const webAuthnResponseSchema = z.object({ response: z.string().min(2).max(20_000) });
