// What a sollicitation's files may be: the types src/lib/file-content-type.ts recognises from the content (as an
// invoice's attachments), and how many and how big.
export const SOLLICITATION_MAX_FILES = 5;
export const SOLLICITATION_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const SOLLICITATION_MAX_FILES_BYTES = 20 * 1024 * 1024;
export const SOLLICITATION_FILES_HINT = `${SOLLICITATION_MAX_FILES} fichiers au plus ; 10 Mo par fichier, 20 Mo en tout ; PDF, images, XML, bureautique, texte`;
