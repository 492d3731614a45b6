/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer (none is public). It needs the
 * documents bucket (import files) and async self-invocation (the import worker).
 */
export const manifest = {
  name: 'personnel',
  routes: [
    { path: '/v1/employees', public: false },
    { path: '/v1/personnel', public: false },
    { path: '/v1/positions', public: false },
    { path: '/v1/competencies', public: false },
    { path: '/v1/trainings', public: false },
    { path: '/v1/mentoring', public: false },
  ],
  needs: ['documents', 'tasks'],
} as const;
