// Pure: no I/O.

/** A key's name as the user gave it, or a default one. */
export function securityKeyName(name: string | undefined, count: number): string {
  return name?.trim().slice(0, 60) || `Clé de sécurité ${count + 1}`;
}
