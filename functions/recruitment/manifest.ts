/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer unless `public`. The careers page's
 * routes are public; the tenant comes from the slug in their path.
 */
export const manifest = {
  name: 'recruitment',
  routes: [
    { path: '/v1/recruitment', public: false },
    { path: '/v1/public/{tenant}/recruitment', public: true },
  ],
} as const;
