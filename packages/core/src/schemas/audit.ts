import * as z from 'zod';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  tenantId: z.string(),
  actor: z.object({ sub: z.string(), role: z.string() }),
  /** The actor's display name as of the change; entries written before it was kept have none. */
  actorName: z.string().optional(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  requestId: z.string(),
  flags: z.array(z.string()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An entry as GET /v1/audit lists it: the actor's name always present, looked up for older entries. */
export const auditListEntrySchema = auditEntrySchema.extend({
  /** Stored with the entry, else the actor's current account name; null when neither is known (anonymous, deleted). */
  actorName: z.string().nullable(),
});
export type AuditListEntry = z.infer<typeof auditListEntrySchema>;

/**
 * A page of the audit log, with `names`: the display names of the agencies, units, employees,
 * users, positions, trainings and survey units the page's entries refer to (their entityId, and the
 * before/after values of changed fields ending in `Id`), by id. An id that could not be resolved
 * (deleted, or a unit whose agency the entry does not say) is left out: show the id.
 */
export const auditPageSchema = z.object({
  items: z.array(auditListEntrySchema),
  nextCursor: z.string().nullable(),
  names: z.record(z.string(), z.string()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

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
