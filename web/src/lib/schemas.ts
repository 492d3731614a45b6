/**
 * The runtime door to @pamong/core for the web app: pages import schemas and constants from here,
 * never from @pamong/core directly (type-only imports are fine), so zod is configured before the
 * schemas are built. Only the lazily loaded admin pages import this module.
 */
import './zod-setup';

export {
  createAgencySchema,
  createTenantSchema,
  createUnitSchema,
  createUserSchema,
  TENANT_LEVELS,
  TENANT_ROLES,
  TIME_ZONES,
  updateAgencySchema,
  updateRecruitmentSettingsSchema,
  updateUnitSchema,
  updateUserSchema,
} from '@pamong/core';
