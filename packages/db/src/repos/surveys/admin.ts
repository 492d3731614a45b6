/**
 * Survey administration as one repository (`surveyUnitsRepo`): units, settings, population,
 * service codes and suggestion moderation, each in its own file.
 */
export {
  CROCKFORD_ALPHABET,
  getScopedUnit,
  randomCrockford,
  type UnitScope,
} from './common';
export * from './moderation';
export * from './population';
export * from './service-codes';
export * from './settings';
export * from './units';
