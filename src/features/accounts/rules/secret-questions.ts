// The secret questions a user picks from at activation, and how an answer is compared. Pure: no I/O.

export const SECRET_QUESTIONS = [
  "Quel est le nom de jeune fille de votre mère ?",
  "Quel est le nom de votre premier animal de compagnie ?",
  "Dans quelle ville êtes-vous né(e) ?",
  "Quel est le prénom de votre meilleur(e) ami(e) d'enfance ?",
  "Quel était le nom de votre école primaire ?",
] as const;

/** An answer is compared without regard to surrounding spaces or case: what the user remembers, not how they typed it. */
export const normaliseSecretAnswer = (answer: string) => answer.trim().toLocaleLowerCase("fr-FR");
