/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer (none is public). It needs the
 * documents bucket's SKP evidence prefix only (documents a realisation names).
 */
export const manifest = {
  name: 'performance',
  routes: [{ path: '/v1/performance', public: false }],
  needs: ['skp-documents'],
} as const;
