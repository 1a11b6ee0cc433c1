// What the activation and reset pages say of a link that cannot be used (expired, used, replaced). Pure: no I/O.

export const INVALID_ACTIVATION_LINK = "Ce lien d'activation n'est pas valide : il a expiré, a déjà servi ou a été remplacé par un lien plus récent.";

export const INVALID_RESET_LINK = "Ce lien de réinitialisation n'est pas valide : il a expiré, a déjà servi ou a été remplacé par un lien plus récent.";
