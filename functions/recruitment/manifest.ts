/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer unless `public`. The careers page's
 * routes are public; the tenant comes from the slug in their path. It needs the documents bucket
 * (the exam score files, under the import prefix) and async self-invocation (the score import
 * worker, worker.ts).
 */
export const manifest = {
  name: 'recruitment',
  routes: [
    { path: '/v1/recruitment', public: false },
    // The applicant's own routes: tokens of the applicant pool only.
    { path: '/v1/recruitment/me', public: false, tokens: 'applicants' },
    // An application's documents are opened by its applicant and by staff.
    { path: '/v1/recruitment/applications', public: false, tokens: 'both' },
    { path: '/v1/public/{tenant}/recruitment', public: true },
    { path: '/v1/public/{tenant}/applicants', public: true },
  ],
  needs: ['documents', 'tasks'],
} as const;
