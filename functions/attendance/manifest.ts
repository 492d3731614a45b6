/**
 * The path prefixes this function serves. The CDK api stack makes `ANY <path>` and
 * `ANY <path>/{proxy+}` routes from it, with the JWT authorizer (none is public). It needs the
 * documents bucket's leave prefix only (a sick leave's doctor's note).
 */
export const manifest = {
  name: 'attendance',
  routes: [{ path: '/v1/attendance', public: false }],
  needs: ['leave-documents'],
} as const;
