/**
 * "Tempatkan": records a placement (mutasi) of a candidate into the position. The justification
 * is required, and says why, when the candidate is outside the top 5 recommendations; the API
 * enforces the same rule and flags the audit entry.
 */
import { ApiError } from '../../api/client';
import {
  getEmployee,
  type PlacementCandidate,
  type PlacementResult,
  type Position,
  recordPlacement,
} from '../../api/personnel';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, TextAreaField } from '../../components/ui';
import { useToday } from '../../lib/format';
import { useSchemaForm } from '../../lib/forms';
import { useAsync } from '../../lib/hooks';
import { Dialog } from './parts';
import { recordPlacementSchema, TOP_RECOMMENDATIONS } from './schemas';
import { useDevelopmentText, useFieldErrors } from './shared';

const FIELDS = ['tmt', 'decreeNumber', 'decreeDate', 'reason', 'justification'];

export function PlaceDialog({
  candidate,
  position,
  onClose,
  onPlaced,
}: {
  candidate: PlacementCandidate;
  position: Position;
  onClose: () => void;
  onPlaced: (result: PlacementResult) => void;
}) {
  const ct = useDevelopmentText();
  const cc = ct.candidates;
  const today = useToday();
  // The placement carries the employee's version, which the candidate list does not.
  const employee = useAsync(() => getEmployee(candidate.employeeId), [candidate.employeeId]);
  const outside = candidate.rank > TOP_RECOMMENDATIONS;
  const schema = recordPlacementSchema.superRefine((v, ctx) => {
    if (outside && !v.justification)
      ctx.addIssue({ code: 'custom', path: ['justification'], message: cc.justificationTooShort });
  });
  const form = useSchemaForm(
    schema,
    (v) => ({
      agencyId: position.agencyId,
      unitId: position.unitId,
      positionId: position.id,
      tmt: v.tmt,
      decreeNumber: v.decreeNumber,
      decreeDate: v.decreeDate,
      reason: v.reason,
      justification: v.justification,
      kind: 'career',
      version: employee.data?.version,
    }),
    async (value) => onPlaced(await recordPlacement(candidate.employeeId, value)),
  );
  const errors = useFieldErrors(form.error);
  // The API's 409 for a full position names positionId; other conflicts (an inactive employee) do not.
  const full =
    form.error instanceof ApiError &&
    form.error.type === 'conflict' &&
    form.error.errors.some((e) => e.path === 'positionId');

  return (
    <Dialog title={cc.placeTitle(candidate.name)} onClose={onClose}>
      <p class="muted">{cc.placeInto(position.name)}</p>
      {employee.loading && !employee.data && <Loading />}
      <ErrorMessage error={employee.error} />
      {full ? (
        <div class="alert alert-error" role="alert">
          <p>
            <strong>{cc.full}</strong>
          </p>
        </div>
      ) : (
        <ErrorMessage error={form.error} fieldNames={FIELDS} />
      )}
      <form class="stack" noValidate onSubmit={form.submit}>
        <div class="grid-2">
          <InputField
            label={cc.tmt}
            name="tmt"
            type="date"
            defaultValue={today}
            errors={errors}
            hint={ct.hints.tmt}
          />
          <InputField label={cc.decreeNumber} name="decreeNumber" optional maxLength={100} errors={errors} />
          <InputField label={cc.decreeDate} name="decreeDate" type="date" optional errors={errors} />
        </div>
        <TextAreaField label={cc.reason} name="reason" rows={2} maxLength={500} errors={errors} />
        {outside && (
          <p class="alert alert-warn" id="justification-why">
            {cc.justificationRequired(TOP_RECOMMENDATIONS)}
          </p>
        )}
        <TextAreaField
          label={cc.justification}
          name="justification"
          optional={!outside}
          rows={4}
          maxLength={2000}
          errors={errors}
          hint={outside ? ct.hints.justification : cc.justificationOptional}
        />
        <FormActions label={cc.place} busy={form.busy || !employee.data} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
