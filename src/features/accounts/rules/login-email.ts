// The login address as stored and compared, and the longest inputs the login form accepts. Pure: no I/O.

/** One account per address, whatever its case or the spaces typed around it. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Longer inputs are refused before anything is looked up or hashed. */
export const MAX_EMAIL_LENGTH = 255;
export const MAX_PASSWORD_LENGTH = 256;
