/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer unless `public`.
 */
export const manifest = {
  name: 'surveys',
  routes: [
    { path: '/v1/surveys', public: false },
    { path: '/v1/public/{tenant}/survey-units', public: true },
    { path: '/v1/public/{tenant}/s', public: true },
    { path: '/v1/public/{tenant}/ikm', public: true },
  ],
} as const;
