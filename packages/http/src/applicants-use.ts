import { AppError } from '@pamong/core';
import type { ApplicantIdentityPort } from '@pamong/identity';
import type { AppDeps } from './deps';

/** The deployment's applicant accounts, or a 503 where none is configured (issue 12 §1). */
export function applicantsOf(deps: AppDeps): ApplicantIdentityPort {
  if (!deps.applicants)
    throw new AppError(
      503,
      'unavailable',
      'Unavailable',
      'Applicant accounts are not configured for this deployment.',
    );
  return deps.applicants;
}
