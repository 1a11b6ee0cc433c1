// The refusals of "Valider et envoyer" that name what the supplier must change (the tests and the pages quote them).
export const DUPLICATE_NUMBER_MESSAGE = "Ce numéro de facture est déjà utilisé par une facture envoyée de votre structure.";
export const DEPOSIT_ACCOUNT_INACTIVE_MESSAGE =
  "Le compte bancaire de ce fichier n'est plus un compte actif de votre structure : un gestionnaire de la structure doit le réactiver avant l'envoi.";
