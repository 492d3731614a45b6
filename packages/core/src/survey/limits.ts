/**
 * How many responses one client may send to one public survey unit in an hour, unless the tenant's
 * survey settings say otherwise. A plain constant outside the zod schemas, so that the default
 * survey settings (read by the performance function for IKM) do not build every survey schema at a
 * cold start (issue 9).
 */
export const DEFAULT_SURVEY_RATE_LIMIT = 60;
