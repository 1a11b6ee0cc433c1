// The "?page=" of a list or of an invoice's lines: the first page when absent, not a number, or below 1.
export const pageParam = (value: string | undefined) => Math.max(1, Number.parseInt(value ?? "1", 10) || 1);
