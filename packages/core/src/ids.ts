import * as z from 'zod';

/** Tenant and entity ids are ULIDs: 26 Crockford base32 characters, so every tenant prefix has one length. */
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const idSchema = z.string().regex(ULID_PATTERN, 'must be a 26-character ULID');
