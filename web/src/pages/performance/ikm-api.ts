/**
 * The one call of survey-driven evaluation (issue 14 §5) the web makes itself: an organisation's
 * citizen IKM for a period (`getOrganisationIkm`), read from the survey counters of the survey units
 * linked to it. Built on ../../api/client; the types are read from the generated schema.
 */
import { api, call, type ResponseOf } from '../../api/client';

export type OrganisationIkm = ResponseOf<'getOrganisationIkm'>;
export type OrgIkmEvaluation = NonNullable<OrganisationIkm['evaluation']>;
export type OrgIkmMonth = OrganisationIkm['months'][number];
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** A unit (with its agency, when known) or an agency, as the query names it. */
export type IkmOrg = { kind: 'unit'; id: string; agencyId?: string } | { kind: 'agency'; id: string };

/**
 * The IKM of a unit or an agency for a period (`YYYY-MM` to `YYYY-MM`): tenant admins read any,
 * staff their own agency's (403 otherwise).
 */
export const getOrganisationIkm = (org: IkmOrg, period: { start: string; end: string }) =>
  call(
    api.GET('/v1/performance/org-ikm', {
      params: {
        query: {
          ...(org.kind === 'unit' ? { unitId: org.id, agencyId: org.agencyId } : { agencyId: org.id }),
          period: `${period.start}/${period.end}`,
        },
      },
    }),
  );
