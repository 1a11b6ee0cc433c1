import { z } from "zod";
import { COUNTRY_NAMES } from "@/lib/countries.ts";
import { NOTIFICATION_DELIVERIES } from "./rules/notification-subscriptions.ts";
import { isPasswordAcceptable, PASSWORD_POLICY_MESSAGE } from "./rules/password-policy.ts";
import { SECRET_QUESTIONS } from "./rules/secret-questions.ts";

const INVALID_EMAIL = "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.";
export const CAPTCHA_MESSAGE = "Veuillez cocher la case du captcha et attendre sa validation.";

const required = (message: string, max = 255) => z.string().trim().min(1, message).max(max, `${max} caractères au maximum.`);
const optional = (max = 255) => z.string().trim().max(max, `${max} caractères au maximum.`);
const email = (missing: string) => required(missing).email(INVALID_EMAIL);
const phone = (label: string) =>
  optional(20).refine((value) => value === "" || /^\+?[0-9 .()-]{6,20}$/.test(value), `Saisissez un numéro de ${label} valide (chiffres, espaces, « + »).`);

export const loginSchema = z.object({
  email: email("Saisissez votre adresse électronique de connexion."),
  password: z.string().min(1, "Saisissez votre mot de passe."),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** Everything a user says about themselves, but the login address: entered at sign-up, edited in Mon compte. */
const accountDetailsFields = {
  contactEmail: optional().refine((value) => value === "" || z.email().safeParse(value).success, INVALID_EMAIL),
  nom: required("Saisissez votre nom.", 100),
  prenom: required("Saisissez votre prénom.", 100),
  adresse: required("Saisissez votre adresse."),
  complementAdresse1: optional(),
  complementAdresse2: optional(),
  codePostal: required("Saisissez votre code postal.", 10),
  ville: required("Saisissez votre ville.", 100),
  pays: z.enum(COUNTRY_NAMES, "Choisissez un pays dans la liste."),
  telephone: phone("téléphone"),
  fax: phone("fax"),
};

export const profileSchema = z.object(accountDetailsFields);
export type ProfileInput = z.infer<typeof profileSchema>;

export const signupSchema = z
  .object({
    loginEmail: email("Saisissez votre adresse électronique de connexion."),
    loginEmailConfirmation: required("Ressaisissez votre adresse électronique de connexion."),
    ...accountDetailsFields,
    /** The ALTCHA widget's payload (its hidden field), checked by the server. */
    altcha: z.string().min(1, CAPTCHA_MESSAGE),
  })
  .refine((input) => input.loginEmail.toLowerCase() === input.loginEmailConfirmation.toLowerCase(), {
    path: ["loginEmailConfirmation"],
    message: "Les deux adresses électroniques de connexion ne sont pas identiques.",
  });
export type SignupInput = z.infer<typeof signupSchema>;

const newPasswordFields = {
  password: z.string().refine(isPasswordAcceptable, PASSWORD_POLICY_MESSAGE),
  confirmation: z.string().min(1, "Confirmez le mot de passe."),
};
const passwordsMatch: [(input: { password: string; confirmation: string }) => boolean, { path: string[]; message: string }] = [
  (input) => input.password === input.confirmation,
  { path: ["confirmation"], message: "La confirmation ne correspond pas au mot de passe." },
];

const secretAnswer = required("Saisissez la réponse à la question secrète.", 100);

export const activationSchema = z
  .object({
    ...newPasswordFields,
    secretQuestion: z.enum(SECRET_QUESTIONS, "Choisissez une question secrète."),
    secretAnswer,
  })
  .refine(...passwordsMatch);
export type ActivationInput = z.infer<typeof activationSchema>;

export const resetPasswordSchema = z.object({ secretAnswer, ...newPasswordFields }).refine(...passwordsMatch);
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel."), ...newPasswordFields })
  .refine(...passwordsMatch);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** "Mot de passe oublié ?" and "Renvoyer le lien d'activation": one address. */
export const emailRequestSchema = z.object({ email: email("Saisissez votre adresse électronique de connexion.") });
export type EmailRequestInput = z.infer<typeof emailRequestSchema>;

/** Mon compte > Abonnements: one choice per topic; the user is the session's, never a field of the form. */
const delivery = z.enum(NOTIFICATION_DELIVERIES, "Choisissez comment recevoir ces notifications.");
export const notificationSubscriptionsSchema = z.object({ STATUT_FACTURE: delivery, SOLLICITATION: delivery, RATTACHEMENT: delivery });
export type NotificationSubscriptionsInput = z.infer<typeof notificationSubscriptionsSchema>;
