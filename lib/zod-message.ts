// A zod error as one readable sentence plus a message per field. Browser-safe (the editor
// validates a document before saving it).
import type { ZodError } from 'zod';

export function zodMessage(error: ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return { message: `${where}${first?.message ?? 'Invalid input'}`, fields };
}
