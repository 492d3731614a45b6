import * as z from 'zod';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  tenantId: z.string(),
  actor: z.object({ sub: z.string(), role: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  requestId: z.string(),
  flags: z.array(z.string()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = z
  .object({
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(64).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .refine((q) => !q.entityId === !q.entityType, {
    path: ['entityId'],
    message: 'entityType and entityId go together',
  });

/** Before/after values of the fields that changed; unchanged fields are left out. */
export function diffFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  fields: readonly string[],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const f of fields) {
    const b = before?.[f] ?? null;
    const a = after?.[f] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[f] = { before: b, after: a };
  }
  return changes;
}
