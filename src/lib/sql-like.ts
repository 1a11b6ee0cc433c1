// Text typed by a user inside a SQL LIKE pattern (or Prisma's startsWith/contains, which become one). Pure.

/** LIKE's own wildcards (and its escape character) typed by the user, as plain characters. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
