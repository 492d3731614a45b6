/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer (none is public).
 */
export const manifest = {
  name: 'passkeys',
  routes: [{ path: '/v1/passkeys', public: false }],
} as const;
