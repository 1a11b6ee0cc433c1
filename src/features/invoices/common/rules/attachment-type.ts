// What an invoice's attachments may be: the types src/lib/file-content-type.ts recognises from the content (PDF,
// images, XML, office files, plain text; anything else refused), and how much of them.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES_PER_INVOICE = 20 * 1024 * 1024;
export const ATTACHMENT_LIMITS_TEXT = "10 Mo par fichier, 20 Mo par facture ; PDF, images, XML, bureautique, texte";
export const REFUSED_CONTENT_MESSAGE = "Le contenu du fichier ne correspond à aucun type autorisé (PDF, images, XML, bureautique, texte).";
