/** Why the seed stopped, with the API's problem answer (or what the direct path would have answered). */
export class SeedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(message);
    this.name = 'SeedError';
  }
}

// Local data outlives code changes: a demo account changed by hand, or items written before a
// change to the data model, are the usual reasons a seed of existing data fails.
export const FRESH_HINT =
  'If the local data was changed by hand or predates a change to the data model, start over with `npm start -- --fresh` (or skip the seed with --no-seed).';
