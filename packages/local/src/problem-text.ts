/** One line for an RFC 9457 problem answer: status, title, detail and the field errors. */
export function describeProblem(status: number, body: unknown): string {
  const p = (body ?? {}) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
  const fields = Array.isArray(p.errors) ? p.errors.map((e) => `${e.path}: ${e.message}`).join('; ') : '';
  const text =
    [p.title, p.detail].filter(Boolean).join(': ') || (typeof body === 'string' ? body.slice(0, 200) : '');
  return `${status} ${text}${fields ? ` (${fields})` : ''}`.trimEnd();
}
