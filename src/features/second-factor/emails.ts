// The e-mail that carries a one-time login code (fallback of the authenticator app).
import { renderEmail } from "@/server/mail/render-email.ts";

export const secondFactorCodeEmail = (code: string, minutes: number) =>
  renderEmail({
    subject: "Votre code de connexion",
    paragraphs: [
      `Votre code de connexion est : ${code}`,
      `Saisissez-le sur la page de vérification du portail. Il est valable ${minutes} minutes et ne sert qu'une fois.`,
      "Si vous n'êtes pas à l'origine de cette connexion, votre mot de passe est connu d'un tiers : modifiez-le sans attendre.",
    ],
  });
