// The e-mails of the accounts area, in the portal's wording.
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";

export const activationEmail = (token: string) =>
  renderEmail({
    subject: "Activation de votre compte",
    paragraphs: [
      "Votre compte utilisateur a été créé. Pour les accès futurs à votre compte, celui-ci doit être activé.",
      "Cliquez sur le lien ci-dessous pour activer votre compte et créer votre mot de passe. Ce lien est valable 24 heures et ne peut servir qu'une fois.",
    ],
    link: { label: "Activer mon compte", url: absoluteUrl(`/activation/${token}`) },
  });

export const accountExistsEmail = () =>
  renderEmail({
    subject: "Un compte existe déjà avec cette adresse",
    paragraphs: [
      "Une demande de création de compte a été faite avec votre adresse électronique, mais un compte existe déjà avec cette adresse de connexion.",
      "Si vous avez oublié votre mot de passe, utilisez « Mot de passe oublié ? ». Si votre compte n'est pas encore activé, demandez un nouveau lien d'activation : " +
        absoluteUrl("/activation/renvoyer"),
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce courriel.",
    ],
    link: { label: "Mot de passe oublié ?", url: absoluteUrl("/mot-de-passe-oublie") },
  });

export const passwordResetEmail = (token: string) =>
  renderEmail({
    subject: "Réinitialisation de votre mot de passe",
    paragraphs: [
      "Vous avez demandé à réinitialiser votre mot de passe.",
      "Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe. Ce lien est valable 1 heure et ne peut servir qu'une fois.",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce courriel : votre mot de passe reste inchangé.",
    ],
    link: { label: "Réinitialiser mon mot de passe", url: absoluteUrl(`/reinitialisation-mot-de-passe/${token}`) },
  });
