/** An absolute link to the portal, for e-mails. */
export function absoluteUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
