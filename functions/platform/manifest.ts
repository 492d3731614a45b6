/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer unless `public`.
 */
export const manifest = {
  name: 'platform',
  routes: [
    { path: '/health', public: true },
    { path: '/docs', public: true },
    { path: '/v1/auth', public: true },
    // Staff and applicants both read who they are.
    { path: '/v1/me', public: false, tokens: 'both' },
    { path: '/v1/platform', public: false },
    { path: '/v1/agencies', public: false },
    { path: '/v1/users', public: false },
    { path: '/v1/audit', public: false },
  ],
} as const;
