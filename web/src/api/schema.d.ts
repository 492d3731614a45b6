/**
 * GENERATED FILE — do not edit by hand.
 *
 * The types of the API's OpenAPI document (apiDocument() in functions/registry.ts), written by
 * scripts/gen-api-types.ts with openapi-typescript. After changing a route, run `npm run gen:api`
 * and commit this file; CI fails (`npm run check:api`) while it differs from the routes.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check, with whether the database answers (checked at most every 5 s) */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with a tenant slug, username and password */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/jwks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public keys that verify local tokens */
    get: operations['getJwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their tenant */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/platform/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tenants */
    get: operations['listTenants'];
    put?: never;
    /** Create a tenant with its first tenant admin and the standard competency catalogue (PermenPANRB 38/2017) */
    post: operations['createTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/platform/tenants/{tenantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one tenant */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/platform/tenants/{tenantId}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a tenant: every request to it gets 403 */
    post: operations['suspendTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/platform/tenants/{tenantId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivate a suspended tenant */
    post: operations['reactivateTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the agencies (OPD) of the tenant */
    get: operations['listAgencies'];
    put?: never;
    /** Create an agency */
    post: operations['createAgency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agencies/{agencyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one agency */
    get: operations['getAgency'];
    put?: never;
    post?: never;
    /** Delete an empty agency (no units, employees or user accounts) */
    delete: operations['deleteAgency'];
    options?: never;
    head?: never;
    /** Rename or recode an agency */
    patch: operations['updateAgency'];
    trace?: never;
  };
  '/v1/agencies/{agencyId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate an agency */
    post: operations['deactivateAgency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agencies/{agencyId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivate an agency */
    post: operations['reactivateAgency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agencies/{agencyId}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the units of an agency */
    get: operations['listUnits'];
    put?: never;
    /** Create a unit in an agency */
    post: operations['createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/agencies/{agencyId}/units/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a unit or move it to another parent or agency */
    patch: operations['updateUnit'];
    trace?: never;
  };
  '/v1/agencies/{agencyId}/units/{unitId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a unit */
    post: operations['deactivateUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List user accounts (an agency admin sees their own agency only) */
    get: operations['listUsers'];
    put?: never;
    /** Create a user account with a role */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one user account */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's name, email, role or agency */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/v1/users/{userId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user account */
    post: operations['disableUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{userId}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled user account */
    post: operations['enableUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit entries by entity and/or date range, newest first, with each actor's name and the names of the entities the page refers to */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List survey units (an agency admin sees their own agency only) */
    get: operations['listSurveyUnits'];
    put?: never;
    /** Create a survey unit (a public service unit) in an active agency */
    post: operations['createSurveyUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one survey unit */
    get: operations['getSurveyUnit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a survey unit: name, service types, status, publication, verification mode */
    patch: operations['updateSurveyUnit'];
    trace?: never;
  };
  '/v1/surveys/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's survey settings (defaults with version 0 until first saved) */
    get: operations['getSurveySettings'];
    /** Save the survey settings: element order, extra questions, rate limit */
    put: operations['updateSurveySettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/population/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the number of service users of a unit in a period */
    put: operations['setSurveyPopulation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/population': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The population of a unit in every period it was set for */
    get: operations['listSurveyPopulation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/service-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a batch of one-time service codes (kode layanan) for a unit */
    post: operations['issueServiceCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/service-code-batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service-code batches of a unit, newest first */
    get: operations['listServiceCodeBatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/poster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A printable A4 poster with the QR code and short URL of the unit’s survey */
    get: operations['getSurveyUnitPoster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggestions left with responses, optionally of one moderation status */
    get: operations['listSurveySuggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/suggestions/{responseId}/moderation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show or hide a suggestion (hiding needs a reason; both are audited) */
    post: operations['moderateSurveySuggestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/survey-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The active survey units of a tenant */
    get: operations['listPublicSurveyUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/s/{shortCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The survey unit behind the short code of a poster */
    get: operations['resolveSurveyShortCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/survey-units/{unitId}/form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire of a survey unit */
    get: operations['getPublicSurveyForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/survey-units/{unitId}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a survey response (honours Idempotency-Key) */
    post: operations['submitSurveyResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/survey-units/{unitId}/ikm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The IKM of a unit for a period (staff only when the unit does not publish results) */
    get: operations['getSurveyUnitIkm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/{tenant}/ikm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The transparency page: IKM of every published unit, this period and the previous one */
    get: operations['getPublicIkmOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report of a unit for a period: IKM, weakest elements, sample, respondent profile */
    get: operations['getSurveyUnitReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monthly and quarterly IKM of a unit (at most 24 months) */
    get: operations['getSurveyUnitTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/report.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit report as an XLSX workbook */
    get: operations['exportSurveyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/ikm/agencies/{agencyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The IKM of an agency over all its units */
    get: operations['getAgencyIkm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/ikm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The IKM of the whole tenant */
    get: operations['getTenantIkm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Units ranked by IKM for a period, with the total */
    get: operations['getSurveyOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/surveys/units/{unitId}/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recount a unit month from the raw responses; report and optionally repair differences */
    post: operations['recomputeSurveyCounters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List employees by name (supervisors: their own agency) */
    get: operations['listEmployees'];
    put?: never;
    /** Create an employee record (PNS, CPNS or PPPK); the NIP is checked against birth date, gender and TMT CPNS */
    post: operations['createEmployee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/employees/{employeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one employee (employees: only themselves) */
    get: operations['getEmployee'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an employee record; rank, grade, type and status changes become history entries */
    patch: operations['updateEmployee'];
    trace?: never;
  };
  '/v1/employees/{employeeId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An employee's dated history (rank, position, unit, agency, status), newest TMT first */
    get: operations['listEmployeeHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in staff member's own employee record */
    get: operations['getMyProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search employees across agencies by competency, education, rank, type, agency and name prefix */
    get: operations['searchEmployees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/imports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employee import template (XLSX with instructions and agency names, or CSV header) */
    get: operations['getImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Import jobs, newest first (agency admins: their own agency) */
    get: operations['listImportJobs'];
    put?: never;
    /** Create an import job and get the URL to upload its file to */
    post: operations['importEmployees'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/imports/{jobId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start, re-run or continue an import after its file is uploaded (409 while a run holds its lease); poll getImportJob for progress */
    post: operations['startImportJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/imports/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import job: status (interrupted once a run stopped renewing its lease), progress counts and the invalid rows */
    get: operations['getImportJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the employees a search finds (or all, without filters) as XLSX, at most 5000 */
    get: operations['exportEmployees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List positions of the tenant or of one agency, optionally only those with a vacancy */
    get: operations['listPositions'];
    put?: never;
    /** Create a position (jabatan) in a unit, with its requirements and number of seats */
    post: operations['createPosition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/positions/{positionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one position with its seats, filled seats and vacancies */
    get: operations['getPosition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a position; seats cannot drop below the employees placed in it */
    patch: operations['updatePosition'];
    trace?: never;
  };
  '/v1/competencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The competency catalogue by code, optionally of one group */
    get: operations['listCompetencies'];
    put?: never;
    /** Add a competency to the tenant's catalogue, with a description of each level 1-5 */
    post: operations['createCompetency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/positions/{positionId}/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Employees ranked for a position, with the score of each factor (education, competency, rank, performance) */
    get: operations['getPlacementCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/employees/{employeeId}/suggested-positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vacant positions ranked by how well an employee fits them */
    get: operations['getSuggestedPositions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/employees/{employeeId}/placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a placement (mutasi) into a unit and position; outside the top 5 candidates it needs a justification */
    post: operations['recordPlacement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/promotions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PNS with at least 4 years in rank on asOf, merit-ordered within the page, with each factor */
    get: operations['listPromotionEligible'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/retirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active employees retiring in the next 12 or 24 months, soonest first, with counts per agency */
    get: operations['listUpcomingRetirements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Headcount by agency, rank/grade, education, gender and age band, and retirements per year */
    get: operations['getPersonnelDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/me/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose a correction of my own record (education, contact, birth place, titles) for HR to decide */
    post: operations['proposeProfileCorrection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Profile corrections by status, oldest first (an agency admin: their own agency) */
    get: operations['listProfileCorrections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/corrections/{correctionId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve (apply to the record) or reject a pending profile correction */
    post: operations['decideProfileCorrection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List trainings, newest first */
    get: operations['listTrainings'];
    put?: never;
    /** Create a training (pengembangan kompetensi) with its JP, dates, capacity and the competencies it builds */
    post: operations['createTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings/{trainingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one training */
    get: operations['getTraining'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings/{trainingId}/enrollments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a training's enrolments (agency admins: their own agency's) */
    get: operations['listTrainingEnrollments'];
    put?: never;
    /** Enrol yourself, or (admins) an employee, while seats remain */
    post: operations['enrollTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings/{trainingId}/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an enrolled employee's result; credits the JP and, when LULUS, raises their competencies */
    post: operations['completeTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/me/training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My enrolments in trainings ending in a year, and my JP progress towards 20 JP */
    get: operations['getMyTraining'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/training-shortfall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active employees below 20 JP in a year (a page may be short: follow nextCursor) */
    get: operations['listTrainingShortfall'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/mentors/{employeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Offer yourself (or, admins, an employee) as a mentor: competencies, capacity 1-10, active */
    put: operations['upsertMentorProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/mentors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List active mentors (a page may be short: follow nextCursor) */
    get: operations['listMentors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether mentor suggestions are open to an employee (new: CPNS, or in the first 2 years); default: yourself */
    get: operations['getMenteeEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mentors ranked for a new employee by their position's competency needs (employees: themselves); 409 conflict for an employee who is not new */
    get: operations['suggestMentors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/relationships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List mentorships: admins all (agency admins: their agency), others those they mentor or are mentored in */
    get: operations['listMentorships'];
    put?: never;
    /** Start a mentorship with an active mentor who has a free place */
    post: operations['createMentorship'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/relationships/{mentorshipId}/check-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A mentorship's check-in notes, newest first (the mentor, the mentee or an admin) */
    get: operations['listMentoringCheckIns'];
    put?: never;
    /** Record a dated check-in note (the mentor or an admin) */
    post: operations['addMentoringCheckIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mentoring/relationships/{mentorshipId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a mentorship (the mentor or an admin); frees the mentor's place */
    post: operations['endMentorship'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personnel/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The home page's personnel numbers for the caller: an admin's work in their scope, a supervisor's unit, and the caller's own record, JP and mentor */
    get: operations['getPersonnelSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's holidays of a year, in date order: national holidays and cuti bersama (seeded from the SKB 3 Menteri) and regional days */
    get: operations['listHolidays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/holidays/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a day to the holiday calendar, or change its name or kind; audited */
    put: operations['upsertHoliday'];
    post?: never;
    /** Remove a day from the holiday calendar; audited */
    delete: operations['deleteHoliday'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leave requests: one's own (view=mine), those waiting for the caller's step (view=inbox, at most 100, oldest first), or an agency's (view=agency) */
    get: operations['listLeaveRequests'];
    put?: never;
    /** Ask for leave (cuti): every rule of the type is checked (ASN-RULES §5) and each broken one named; the working days (and annual leave's balance) are held at once. The direct superior recommends, then the PYBMC decides */
    post: operations['requestLeave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Before a leave request: an upload URL for one document (a doctor's note; PDF, JPEG or PNG, at most 4 MB), under the caller's own leave files; the request then names its key */
    post: operations['createLeaveAttachmentUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests/{requestId}/attachments/{index}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open an attachment of a leave request (health data, UU 27/2022): only the employee and their approvers may, and each opening is logged */
    get: operations['openLeaveAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One leave request: for the employee, their approvers (now or who acted), a supervisor of the unit and the admins above */
    get: operations['getLeaveRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests/{requestId}/recommendation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Step 1: the direct superior (or their Plt/Plh) recommends approve, change, defer or reject. The employee is told nothing until the PYBMC decides */
    post: operations['recommendLeave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Step 2: the PYBMC (or their Plt/Plh) approves, changes the period, defers or rejects; a rejection or deferral releases the days */
    post: operations['decideLeave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/requests/{requestId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a leave: the employee before it starts; the PYBMC also after, releasing the days from today on */
    post: operations['cancelLeave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual-leave balance of a year in its buckets N, N-1 and N-2, with the append-only ledger; one's own, or (for admins and approvers) an employee's */
    get: operations['getMyLeaveBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is on leave in a month, within the caller's scope only (own, unit, agency, tenant): names, dates, type and status, never the reason */
    get: operations['listLeaveCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Plt/Plh delegations: a tenant admin's (optionally one agency's), an agency admin's own agency */
    get: operations['listApprovalDelegations'];
    put?: never;
    /** Name a Plt or Plh who acts for an official on leave approvals over a date range; each step then records who acted for whom */
    post: operations['createApprovalDelegation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/leave/delegations/{delegationId}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a delegation before its end date, with a reason */
    post: operations['revokeApprovalDelegation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/passkeys/registration-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start registering a passkey on this device for check-in: WebAuthn creation options with a fresh challenge (5 minutes), user verification required */
    post: operations['startPasskeyRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/passkeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's passkeys (at most 5), oldest first */
    get: operations['listMyPasskeys'];
    put?: never;
    /** Finish the registration with the browser's response: verified against the challenge and this site, stored, audited; a synced passkey is allowed and flagged */
    post: operations['finishPasskeyRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/passkeys/{passkeyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of your own passkeys (a lost or replaced phone); audited */
    delete: operations['removePasskey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/passkeys/assertion-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Before a check-in: WebAuthn request options for your passkeys with a fresh challenge (5 minutes); the check-in carries the assertion */
    post: operations['startCheckInAssertion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/employees/{employeeId}/passkeys/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove every passkey of an employee in your scope (a lost phone, a passkey shared with a colleague), with a reason; audited */
    post: operations['resetEmployeePasskeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's attendance settings: passkey policy, geofence thresholds, deduction table, leave policies (defaults with version 0 until first saved) */
    get: operations['getAttendanceSettings'];
    /** Save the attendance settings (the whole document, with the version read); audited */
    put: operations['updateAttendanceSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work locations (geofences), by name order of creation; everyone but a tenant admin sees their own agency's */
    get: operations['listWorkLocations'];
    put?: never;
    /** Add a work location of an agency (or of one of its units): a point, a radius of 10-1000 m, a zone */
    post: operations['createWorkLocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/locations/{locationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a work location, or retire it (active: false); audited */
    patch: operations['updateWorkLocation'];
    trace?: never;
  };
  '/v1/attendance/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's work schedules (without an assignment, Perpres 21/2023 applies) */
    get: operations['listWorkSchedules'];
    put?: never;
    /** Add a schedule: a fixed week (with date ranges such as Ramadan) or a shift schedule; audited */
    post: operations['createWorkSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/schedules/{scheduleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a schedule's name, week or date ranges (with the version read); audited */
    put: operations['updateWorkSchedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/schedule-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's or an employee's schedule assignments, newest first */
    get: operations['listScheduleAssignments'];
    put?: never;
    /** Give a schedule to a unit or to one employee from a date (an employee’s own assignment wins); audited */
    post: operations['assignWorkSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/punches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check in or out at a work location of one's agency: the server's clock in the location's zone, never the device's; 400 for a missing or stale fix, 422 outside the geofence with the distance */
    post: operations['checkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month of one's own attendance as a calendar (default: this month), with TL/PSW and the deduction */
    get: operations['getMyAttendance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/team/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A supervisor's own unit today: who is in, late, not yet in, absent or off */
    get: operations['listTeamAttendanceToday'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/recap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An agency's month per employee: working days, present, absent, TL/PSW per band, leave, duty and the TPP deduction (a page of employees) */
    get: operations['getAttendanceRecap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/recap/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An agency's month as XLSX, in the layout sent to finance (at most 5,000 employees) */
    get: operations['exportAttendanceRecap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/months/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an agency's ended month (the TPP is paid on it); audited */
    post: operations['closeAttendanceMonth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/months/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a closed month for a correction, with the reason; audited */
    post: operations['reopenAttendanceMonth'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/offsite-duties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for an off-site duty (dinas luar): the assignment letter, the dates (at most 31 days) and the place; a supervisor of the unit decides */
    post: operations['requestOffsiteDuty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for izin to arrive late or leave early on a date; approved before the month closes, it waives the deduction */
    post: operations['requestAttendancePermission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/offsite-duties/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or refuse a pending off-site duty (a supervisor of the employee's unit, or an admin of their agency); a refusal needs a reason */
    post: operations['decideOffsiteDuty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/permissions/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or refuse a pending izin (as decideOffsiteDuty) */
    post: operations['decideAttendancePermission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Off-site duties and izin: one's own (view=mine, newest first) or those the caller may decide (view=inbox, oldest first, by status) */
    get: operations['listAttendanceRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/attendance/rosters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's shifts of a month by start date (a supervisor: their own unit) */
    get: operations['listShiftRoster'];
    put?: never;
    /** Roster up to 99 shifts of a shift schedule (an end at or before the start is the next day); a shift of the same employee and start date is replaced; audited */
    post: operations['createShiftRoster'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's performance settings: the predikat matrix and distribution caps (PermenPANRB 6/2022 by default), the cadence, the IKM and unit-head mappings, the minimum 360 raters */
    get: operations['getPerformanceSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change any of the performance settings at the version read; audited */
    patch: operations['updatePerformanceSettings'];
    trace?: never;
  };
  '/v1/performance/skps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of SKPs of a year: one's own (mine), those one appraises (team), or an agency's (admins) */
    get: operations['listSkps'];
    put?: never;
    /** Create an employee's SKP for the annual period: the appraiser (direct superior) and their superior are taken from the org structure; one SKP per employee and year */
    post: operations['createSkp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One SKP with its realisations and the feedback notes, for the employee, the appraiser, the appraiser's superior and admins in scope */
    get: operations['getSkp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/cascade': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One level of the cascade tree: the SKP with its items and the same period's SKPs its owner appraises, with the items they support */
    get: operations['getSkpCascade'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a draft SKP's items and behaviour expectations (the owner); a parent item must be on the appraiser's approved SKP */
    put: operations['updateSkpPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The owner submits a draft SKP to the appraiser */
    post: operations['submitSkpPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The appraiser approves a submitted SKP */
    post: operations['approveSkpPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The appraiser returns a submitted SKP to draft, with a reason */
    post: operations['returnSkpPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a revision of an approved SKP (back to draft), with a reason; audited */
    post: operations['reviseSkpPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/cascade': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send items of one's approved SKP to all direct subordinates (or those named) as the parents of new items, in one request; idempotent */
    post: operations['cascadeSkpItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/realisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an item's realisation for an assessment period, with a note and evidence: links, or documents uploaded first, whose bytes are checked here (the owner or the appraiser; approved SKPs) */
    post: operations['recordSkpRealisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Before a realisation names a document: an upload URL for one file (PDF, JPEG or PNG, at most 4 MB) under this SKP (the owner or the appraiser; approved SKPs) */
    post: operations['createSkpEvidenceUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open an evidence document of an SKP, for those who may read the SKP, while a realisation names it */
    get: operations['openSkpEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/skps/{skpId}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A dated continuous-feedback note from the appraiser, on the SKP or one of its items */
    post: operations['addSkpFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of a unit's or an agency's assessments of a period, by unit and employee: admins in scope and the organisation's heads see all, an appraiser those they assess */
    get: operations['listSkpAssessments'];
    put?: never;
    /** The appraiser assesses an approved SKP for an assessment period (or the year): hasil kerja and perilaku give the predikat from the tenant's matrix; a unit head's hasil kerja follows their unit's rating. Counted in the unit's and agency's distribution; refused once they are finalised */
    post: operations['assessSkp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/assessments/distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's or an agency's predikats of a period against the caps of its rating (allowed and given per cap), and whether they are finalised: the assessment screen's chart */
    get: operations['getAssessmentDistribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/assessments/finalise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finalise a unit's or an agency's assessments of a period (its head or an admin in scope): refused with 409 naming each cap broken, with the counts allowed and given; otherwise all at once, after which they cannot change */
    post: operations['finaliseSkpAssessments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/org-ikm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's or an agency's citizen IKM for a period, from the counters of the survey units linked to it: its grade, the respondents against the Krejcie-Morgan minimum, the organisation predikat it suggests (none while indicative) and the months of the period (a tenant admin, or staff of the agency) */
    get: operations['getOrganisationIkm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/org-ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation ratings of a period: a tenant admin's all (or one agency's), other staff their own agency's */
    get: operations['listOrganisationRatings'];
    put?: never;
    /** Rate a unit (the head of the organisation above it) or an agency (a tenant admin, for the regional head) for a period, with its indicators; audited; refused once its assessments are finalised */
    post: operations['rateOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/feedback-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 360 rounds of an agency, newest first: an admin's in scope, or (other staff) the rounds whose summary the caller may see. Counts per group only, never the raters */
    get: operations['listFeedbackRounds'];
    put?: never;
    /** Open a 360 round for an employee or a unit: the raters (superior, peers, subordinates, self) checked against the org structure, each asked the seven BerAKHLAK values (1-5) and a comment. The assessee's appraiser, the unit's head, or an admin of the agency; at most 98 raters */
    post: operations['openFeedbackRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/feedback-rounds/{roundId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One 360 round: subject, period, closing day, raters asked and answers received per group (never who). For the assessee, their appraiser (a unit: its head) and admins in scope */
    get: operations['getFeedbackRound'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/feedback-forms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 360 rounds the caller is asked to rate, newest first, and whether they have answered */
    get: operations['listMyFeedbackForms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/feedback-rounds/{roundId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a 360 round, once, as one of its raters. The answer is stored apart from the rater (no rater id, no time, a random key) and is read only through the summary; nothing comes back that could identify it */
    post: operations['submitFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/feedback-rounds/{roundId}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A 360 round's averages per BerAKHLAK value and rater group; a group with fewer answers than the tenant's minimum (default 3) says "not enough raters"; comments of shown groups in random order */
    get: operations['getFeedbackSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The follow-up register of a year, from the annual predikats (the year's and those before it the settings read): Sangat Baik two years running to the talent pool (priority for promotion and training), Butuh Perbaikan or worse to coaching, Kurang or Sangat Kurang (or a low predikat persisting) to a discipline referral; each row with what was done. Admins in scope see their agency's register (computed whole, paged in memory, at most 50 rows a page); other staff their own rows */
    get: operations['listPerformanceFollowUps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/coaching-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A coaching plan (goals and planned, dated check-ins) for an employee whose annual predikat of the year (`period`: the annual period) leads to coaching; 409 when the register has no coaching row for them, or a plan exists. The employee's appraiser (direct superior) or an admin in scope; audited */
    post: operations['createCoachingPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/coaching-plans/{employeeId}/{year}/check-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a check-in held on a coaching plan (the mentoring check-in's date and note): it completes the planned check-in of that date or is added; not before the year began nor after today; one per date. The plan's coach or an admin in scope; audited */
    post: operations['recordCoachingCheckIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that an employee was referred to the discipline process of PP 94/2021, when the year's register has a referral row for them (409 otherwise, or when recorded already). Pamong records the referral and its outcome; it does not run that process. Admins in scope; audited */
    post: operations['recordDisciplineReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/referrals/{employeeId}/{year}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome the discipline process (PP 94/2021, run outside Pamong) decided on a recorded referral, at its version; a later call corrects it. Admins in scope; audited */
    post: operations['recordReferralOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/performance/reports/skp.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An agency's SKPs of a year as XLSX for e-Kinerja: each employee's hasil kerja with indicators and targets, realisation per assessment period, and the annual predikat (at most 3,000 SKPs). Admins in scope */
    get: operations['exportSkpReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Alive, and the database answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            /** @enum {string} */
            store: 'ok';
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Alive, but the database does not answer */
      503: {
        headers: {
          /** @description Seconds to wait before checking again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'degraded';
            /** @enum {string} */
            store: 'unreachable';
          };
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          tenant: string | 'platform';
          username: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description A signed token and the user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            expiresAt: string;
            user: {
              id: string;
              name: string;
              /** @enum {string} */
              role:
                | 'platform-admin'
                | 'tenant-admin'
                | 'agency-admin'
                | 'supervisor'
                | 'employee'
                | 'applicant';
              tenantId: string;
              agencyId: string | null;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Cognito: the account is in Cognito's lockout after repeated failures */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many failed logins from this address (local identity; for one username or across usernames), or Cognito throttling; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getJwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JWKS */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            keys: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who am I */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              name: string;
              /** @enum {string} */
              role:
                | 'platform-admin'
                | 'tenant-admin'
                | 'agency-admin'
                | 'supervisor'
                | 'employee'
                | 'applicant';
              tenantId: string;
              agencyId: string | null;
              employeeId: string | null;
            };
            tenant: {
              id: string;
              slug: string;
              name: string;
              level: string;
              timeZone: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listTenants: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tenants */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              slug: string;
              name: string;
              /** @enum {string} */
              level: 'provinsi' | 'kabupaten' | 'kota';
              bpsCode: string;
              /** @enum {string} */
              timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
              /** @enum {string} */
              status: 'active' | 'suspended';
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slug: string;
          name: string;
          /** @enum {string} */
          level: 'provinsi' | 'kabupaten' | 'kota';
          bpsCode: string;
          /** @enum {string} */
          timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
          firstAdmin: {
            username: string;
            name: string;
            /** Format: email */
            email?: string;
            password: string;
          };
        };
      };
    };
    responses: {
      /** @description The new tenant */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @enum {string} */
            level: 'provinsi' | 'kabupaten' | 'kota';
            bpsCode: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            /** @enum {string} */
            status: 'active' | 'suspended';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @enum {string} */
            level: 'provinsi' | 'kabupaten' | 'kota';
            bpsCode: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            /** @enum {string} */
            status: 'active' | 'suspended';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  suspendTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The tenant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @enum {string} */
            level: 'provinsi' | 'kabupaten' | 'kota';
            bpsCode: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            /** @enum {string} */
            status: 'active' | 'suspended';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  reactivateTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The tenant */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @enum {string} */
            level: 'provinsi' | 'kabupaten' | 'kota';
            bpsCode: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            /** @enum {string} */
            status: 'active' | 'suspended';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listAgencies: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of agencies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              code?: string;
              /** @enum {string} */
              status: 'active' | 'inactive';
              unitCount: number;
              employeeCount: number;
              userCount: number;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createAgency: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          code?: string;
        };
      };
    };
    responses: {
      /** @description The new agency */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            code?: string;
            /** @enum {string} */
            status: 'active' | 'inactive';
            unitCount: number;
            employeeCount: number;
            userCount: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getAgency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            code?: string;
            /** @enum {string} */
            status: 'active' | 'inactive';
            unitCount: number;
            employeeCount: number;
            userCount: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  deleteAgency: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateAgency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          code?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The agency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            code?: string;
            /** @enum {string} */
            status: 'active' | 'inactive';
            unitCount: number;
            employeeCount: number;
            userCount: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  deactivateAgency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The agency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            code?: string;
            /** @enum {string} */
            status: 'active' | 'inactive';
            unitCount: number;
            employeeCount: number;
            userCount: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  reactivateAgency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The agency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            code?: string;
            /** @enum {string} */
            status: 'active' | 'inactive';
            unitCount: number;
            employeeCount: number;
            userCount: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listUnits: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of units */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              agencyId: string;
              parentUnitId: string | null;
              name: string;
              childCount: number;
              /** @enum {string} */
              status: 'active' | 'inactive';
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          parentUnitId?: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description The new unit */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            parentUnitId: string | null;
            name: string;
            childCount: number;
            /** @enum {string} */
            status: 'active' | 'inactive';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          agencyId?: string;
          parentUnitId?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description The unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            parentUnitId: string | null;
            name: string;
            childCount: number;
            /** @enum {string} */
            status: 'active' | 'inactive';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  deactivateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            parentUnitId: string | null;
            name: string;
            childCount: number;
            /** @enum {string} */
            status: 'active' | 'inactive';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of users; an agency's first page with the total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              username: string;
              name: string;
              email?: string;
              /** @enum {string} */
              role:
                | 'platform-admin'
                | 'tenant-admin'
                | 'agency-admin'
                | 'supervisor'
                | 'employee'
                | 'applicant';
              agencyId: string | null;
              employeeId: string | null;
              /** @enum {string} */
              status: 'active' | 'disabled';
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
            /** @description How many items the whole list holds, from an aggregate; on the first page only */
            total?: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          name: string;
          /** Format: email */
          email?: string;
          /** @enum {string} */
          role: 'tenant-admin' | 'agency-admin' | 'supervisor' | 'employee';
          agencyId?: string;
          employeeId?: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description The new user */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            name: string;
            email?: string;
            /** @enum {string} */
            role:
              | 'platform-admin'
              | 'tenant-admin'
              | 'agency-admin'
              | 'supervisor'
              | 'employee'
              | 'applicant';
            agencyId: string | null;
            employeeId: string | null;
            /** @enum {string} */
            status: 'active' | 'disabled';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            name: string;
            email?: string;
            /** @enum {string} */
            role:
              | 'platform-admin'
              | 'tenant-admin'
              | 'agency-admin'
              | 'supervisor'
              | 'employee'
              | 'applicant';
            agencyId: string | null;
            employeeId: string | null;
            /** @enum {string} */
            status: 'active' | 'disabled';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** Format: email */
          email?: string;
          /** @enum {string} */
          role?: 'tenant-admin' | 'agency-admin' | 'supervisor' | 'employee';
          agencyId?: string | null;
          employeeId?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            name: string;
            email?: string;
            /** @enum {string} */
            role:
              | 'platform-admin'
              | 'tenant-admin'
              | 'agency-admin'
              | 'supervisor'
              | 'employee'
              | 'applicant';
            agencyId: string | null;
            employeeId: string | null;
            /** @enum {string} */
            status: 'active' | 'disabled';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  disableUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            name: string;
            email?: string;
            /** @enum {string} */
            role:
              | 'platform-admin'
              | 'tenant-admin'
              | 'agency-admin'
              | 'supervisor'
              | 'employee'
              | 'applicant';
            agencyId: string | null;
            employeeId: string | null;
            /** @enum {string} */
            status: 'active' | 'disabled';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  enableUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            name: string;
            email?: string;
            /** @enum {string} */
            role:
              | 'platform-admin'
              | 'tenant-admin'
              | 'agency-admin'
              | 'supervisor'
              | 'employee'
              | 'applicant';
            agencyId: string | null;
            employeeId: string | null;
            /** @enum {string} */
            status: 'active' | 'disabled';
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        entityType?: string;
        entityId?: string;
        from?: string;
        to?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries, with `names` of the ids they refer to */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              at: string;
              tenantId: string;
              actor: {
                sub: string;
                role: string;
              };
              actorName: string | null;
              action: string;
              entityType: string;
              entityId: string;
              changes: {
                [key: string]: {
                  before?: unknown;
                  after?: unknown;
                };
              };
              requestId: string;
              flags?: string[];
            }[];
            nextCursor: string | null;
            names: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listSurveyUnits: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of survey units */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              agencyId: string;
              agencyName: string;
              orgUnitId: string | null;
              orgUnitName: string | null;
              name: string;
              serviceTypes: string[];
              /** @enum {string} */
              status: 'active' | 'closed';
              publishResults: boolean;
              /** @enum {string} */
              verification: 'off' | 'optional' | 'required';
              shortCode: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createSurveyUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          /**
           * @description A unit of the survey unit's agency that serves its citizens; null links the agency as a whole
           * @default null
           */
          orgUnitId?: string | null;
          name: string;
          /** @default [] */
          serviceTypes?: string[];
          /** @default true */
          publishResults?: boolean;
          /**
           * @default off
           * @enum {string}
           */
          verification?: 'off' | 'optional' | 'required';
        };
      };
    };
    responses: {
      /** @description The new survey unit */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            agencyName: string;
            orgUnitId: string | null;
            orgUnitName: string | null;
            name: string;
            serviceTypes: string[];
            /** @enum {string} */
            status: 'active' | 'closed';
            publishResults: boolean;
            /** @enum {string} */
            verification: 'off' | 'optional' | 'required';
            shortCode: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The survey unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            agencyName: string;
            orgUnitId: string | null;
            orgUnitName: string | null;
            name: string;
            serviceTypes: string[];
            /** @enum {string} */
            status: 'active' | 'closed';
            publishResults: boolean;
            /** @enum {string} */
            verification: 'off' | 'optional' | 'required';
            shortCode: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateSurveyUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A unit of the survey unit's agency that serves its citizens; null links the agency as a whole */
          orgUnitId?: string | null;
          name?: string;
          serviceTypes?: string[];
          /** @enum {string} */
          status?: 'active' | 'closed';
          publishResults?: boolean;
          /** @enum {string} */
          verification?: 'off' | 'optional' | 'required';
          version: number;
        };
      };
    };
    responses: {
      /** @description The survey unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            agencyName: string;
            orgUnitId: string | null;
            orgUnitName: string | null;
            name: string;
            serviceTypes: string[];
            /** @enum {string} */
            status: 'active' | 'closed';
            publishResults: boolean;
            /** @enum {string} */
            verification: 'off' | 'optional' | 'required';
            shortCode: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The survey settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            elementOrder: ('U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9')[];
            extraQuestions: {
              id: string;
              text: {
                id: string;
                en: string;
              };
              /** @enum {string} */
              kind: 'text' | 'choice';
              options?: string[];
            }[];
            rateLimitPerHour: number;
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateSurveySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          elementOrder?: ('U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9')[];
          extraQuestions?: {
            id: string;
            text: {
              id: string;
              en: string;
            };
            /** @enum {string} */
            kind: 'text' | 'choice';
            options?: string[];
          }[];
          rateLimitPerHour?: number;
          version: number;
        };
      };
    };
    responses: {
      /** @description The survey settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            elementOrder: ('U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9')[];
            extraQuestions: {
              id: string;
              text: {
                id: string;
                en: string;
              };
              /** @enum {string} */
              kind: 'text' | 'choice';
              options?: string[];
            }[];
            rateLimitPerHour: number;
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  setSurveyPopulation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          population: number;
        };
      };
    };
    responses: {
      /** @description The population with its Krejcie-Morgan minimum sample */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unitId: string;
            period: string;
            population: number;
            minimumSample: number;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listSurveyPopulation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Population per period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              unitId: string;
              period: string;
              population: number;
              minimumSample: number;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  issueServiceCodes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          count: number;
          /** @default 30 */
          validDays?: number;
        };
      };
    };
    responses: {
      /** @description The batch with its codes */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            unitId: string;
            count: number;
            used: number;
            expiresAt: string;
            createdAt: string;
            codes: string[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listServiceCodeBatches: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of batches */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              unitId: string;
              count: number;
              used: number;
              expiresAt: string;
              createdAt: string;
              codes: string[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyUnitPoster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The poster as an HTML page, ready to print on A4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listSurveySuggestions: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        status?: 'pending' | 'visible' | 'hidden';
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of suggestions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              responseId: string;
              unitId: string;
              month: string;
              text: string;
              /** @enum {string} */
              status: 'pending' | 'visible' | 'hidden';
              submittedAt: string;
              serviceType: string | null;
              verified: boolean;
              moderatedAt: string | null;
              moderationReason: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  moderateSurveySuggestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
        responseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'show' | 'hide';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The suggestion */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            responseId: string;
            unitId: string;
            month: string;
            text: string;
            /** @enum {string} */
            status: 'pending' | 'visible' | 'hidden';
            submittedAt: string;
            serviceType: string | null;
            verified: boolean;
            moderatedAt: string | null;
            moderationReason: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listPublicSurveyUnits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Active survey units */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              agencyName: string;
              serviceTypes: string[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  resolveSurveyShortCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        shortCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unitId: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPublicSurveyForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit, the nine elements in the tenant order, extra questions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tenant: {
              slug: string;
              name: string;
            };
            unit: {
              id: string;
              name: string;
              agencyName: string;
              serviceTypes: string[];
              /** @enum {string} */
              verification: 'off' | 'optional' | 'required';
            };
            elements: {
              /** @enum {string} */
              code: 'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9';
              name: {
                id: string;
                en: string;
              };
              question: {
                id: string;
                en: string;
              };
              labels: {
                id: string[];
                en: string[];
              };
            }[];
            respondentFields: {
              gender: string[];
              ageMin: number;
              ageMax: number;
              education: string[];
              occupation: string[];
            };
            extraQuestions: {
              id: string;
              text: {
                id: string;
                en: string;
              };
              /** @enum {string} */
              kind: 'text' | 'choice';
              options?: string[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The unit is closed */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  submitSurveyResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenant: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answers: {
            U1: number;
            U2: number;
            U3: number;
            U4: number;
            U5: number;
            U6: number;
            U7: number;
            U8: number;
            U9: number;
          };
          respondent: {
            /** @enum {string} */
            gender: 'L' | 'P';
            age: number;
            /** @enum {string} */
            education: 'SD' | 'SMP' | 'SMA' | 'D1-D3' | 'D4-S1' | 'S2' | 'S3';
            /** @enum {string} */
            occupation: 'PNS' | 'TNI' | 'POLRI' | 'Swasta' | 'Wirausaha' | 'Lainnya';
          };
          serviceType?: string;
          suggestion?: string;
          extra?: {
            [key: string]: string;
          };
          serviceCode?: string;
        };
      };
    };
    responses: {
      /** @description Stored; `verified` when a valid service code was consumed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            verified: boolean;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The unit is closed */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Too many responses from this source for this unit this hour (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyUnitIkm: {
    parameters: {
      query: {
        period: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path: {
        tenant: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The IKM, its grade and the NRR of each element */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            respondents: number;
            elements: {
              U1?: {
                nrr: number | null;
                respondents: number;
              };
              U2?: {
                nrr: number | null;
                respondents: number;
              };
              U3?: {
                nrr: number | null;
                respondents: number;
              };
              U4?: {
                nrr: number | null;
                respondents: number;
              };
              U5?: {
                nrr: number | null;
                respondents: number;
              };
              U6?: {
                nrr: number | null;
                respondents: number;
              };
              U7?: {
                nrr: number | null;
                respondents: number;
              };
              U8?: {
                nrr: number | null;
                respondents: number;
              };
              U9?: {
                nrr: number | null;
                respondents: number;
              };
            };
            ikm: number | null;
            /** @enum {string|null} */
            grade: 'A' | 'B' | 'C' | 'D' | null;
            /** @enum {string|null} */
            label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
            unitId: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPublicIkmOverview: {
    parameters: {
      query?: {
        period?: string;
      };
      header?: never;
      path: {
        tenant: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Published units with their IKM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tenant: {
              slug: string;
              name: string;
            };
            period: string;
            previousPeriod: string;
            units: {
              unitId: string;
              name: string;
              agencyName: string;
              current: {
                period: string;
                respondents: number;
                ikm: number | null;
                /** @enum {string|null} */
                grade: 'A' | 'B' | 'C' | 'D' | null;
                /** @enum {string|null} */
                label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
              };
              previous: {
                period: string;
                respondents: number;
                ikm: number | null;
                /** @enum {string|null} */
                grade: 'A' | 'B' | 'C' | 'D' | null;
                /** @enum {string|null} */
                label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
              };
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyUnitReport: {
    parameters: {
      query: {
        period: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unit: {
              id: string;
              agencyId: string;
              agencyName: string;
              orgUnitId: string | null;
              orgUnitName: string | null;
              name: string;
              serviceTypes: string[];
              /** @enum {string} */
              status: 'active' | 'closed';
              publishResults: boolean;
              /** @enum {string} */
              verification: 'off' | 'optional' | 'required';
              shortCode: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            };
            ikm: {
              period: string;
              respondents: number;
              elements: {
                U1?: {
                  nrr: number | null;
                  respondents: number;
                };
                U2?: {
                  nrr: number | null;
                  respondents: number;
                };
                U3?: {
                  nrr: number | null;
                  respondents: number;
                };
                U4?: {
                  nrr: number | null;
                  respondents: number;
                };
                U5?: {
                  nrr: number | null;
                  respondents: number;
                };
                U6?: {
                  nrr: number | null;
                  respondents: number;
                };
                U7?: {
                  nrr: number | null;
                  respondents: number;
                };
                U8?: {
                  nrr: number | null;
                  respondents: number;
                };
                U9?: {
                  nrr: number | null;
                  respondents: number;
                };
              };
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              /** @enum {string|null} */
              label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
              unitId: string;
            };
            weakest: ('U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9')[];
            sample: {
              population: number | null;
              minimum: number | null;
              respondents: number;
              sufficient: boolean | null;
            };
            demographics: {
              gender: {
                [key: string]: number;
              };
              ageBand: {
                [key: string]: number;
              };
              education: {
                [key: string]: number;
              };
              occupation: {
                [key: string]: number;
              };
              serviceType: {
                [key: string]: number;
              };
            };
            verifiedRespondents: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyUnitTrend: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description IKM per month and per quarter */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unitId: string;
            months: {
              period: string;
              respondents: number;
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
            }[];
            quarters: {
              period: string;
              respondents: number;
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  exportSurveyReport: {
    parameters: {
      query: {
        period: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workbook with the sheets Ringkasan, NRR per unsur and Profil responden */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getAgencyIkm: {
    parameters: {
      query: {
        period: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agency IKM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            respondents: number;
            elements: {
              U1?: {
                nrr: number | null;
                respondents: number;
              };
              U2?: {
                nrr: number | null;
                respondents: number;
              };
              U3?: {
                nrr: number | null;
                respondents: number;
              };
              U4?: {
                nrr: number | null;
                respondents: number;
              };
              U5?: {
                nrr: number | null;
                respondents: number;
              };
              U6?: {
                nrr: number | null;
                respondents: number;
              };
              U7?: {
                nrr: number | null;
                respondents: number;
              };
              U8?: {
                nrr: number | null;
                respondents: number;
              };
              U9?: {
                nrr: number | null;
                respondents: number;
              };
            };
            ikm: number | null;
            /** @enum {string|null} */
            grade: 'A' | 'B' | 'C' | 'D' | null;
            /** @enum {string|null} */
            label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
            agencyId: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getTenantIkm: {
    parameters: {
      query: {
        period: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant IKM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            respondents: number;
            elements: {
              U1?: {
                nrr: number | null;
                respondents: number;
              };
              U2?: {
                nrr: number | null;
                respondents: number;
              };
              U3?: {
                nrr: number | null;
                respondents: number;
              };
              U4?: {
                nrr: number | null;
                respondents: number;
              };
              U5?: {
                nrr: number | null;
                respondents: number;
              };
              U6?: {
                nrr: number | null;
                respondents: number;
              };
              U7?: {
                nrr: number | null;
                respondents: number;
              };
              U8?: {
                nrr: number | null;
                respondents: number;
              };
              U9?: {
                nrr: number | null;
                respondents: number;
              };
            };
            ikm: number | null;
            /** @enum {string|null} */
            grade: 'A' | 'B' | 'C' | 'D' | null;
            /** @enum {string|null} */
            label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSurveyOverview: {
    parameters: {
      query: {
        period: string;
        agencyId?: string;
        verifiedOnly?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ranking */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: string;
            total: {
              period: string;
              respondents: number;
              elements: {
                U1?: {
                  nrr: number | null;
                  respondents: number;
                };
                U2?: {
                  nrr: number | null;
                  respondents: number;
                };
                U3?: {
                  nrr: number | null;
                  respondents: number;
                };
                U4?: {
                  nrr: number | null;
                  respondents: number;
                };
                U5?: {
                  nrr: number | null;
                  respondents: number;
                };
                U6?: {
                  nrr: number | null;
                  respondents: number;
                };
                U7?: {
                  nrr: number | null;
                  respondents: number;
                };
                U8?: {
                  nrr: number | null;
                  respondents: number;
                };
                U9?: {
                  nrr: number | null;
                  respondents: number;
                };
              };
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              /** @enum {string|null} */
              label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
            };
            units: {
              unitId: string;
              name: string;
              agencyId: string;
              agencyName: string;
              /** @enum {string} */
              status: 'active' | 'closed';
              respondents: number;
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              /** @enum {string|null} */
              label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recomputeSurveyCounters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          month: string;
          /** @default true */
          repair?: boolean;
        };
      };
    };
    responses: {
      /** @description What differed and whether it was repaired */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unitId: string;
            month: string;
            responsesCounted: number;
            differences: {
              field: string;
              stored: number;
              recounted: number;
            }[];
            repaired: boolean;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listEmployees: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of employees; the first with the total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              nip: string;
              nipMasked?: boolean;
              name: string;
              frontTitle?: string;
              backTitle?: string;
              /** @enum {string} */
              gender: 'L' | 'P';
              birthPlace: string;
              birthDate: string;
              agencyId: string;
              unitId: string;
              /** @enum {string} */
              rank?:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e';
              /** @enum {string} */
              grade?:
                | 'I'
                | 'II'
                | 'III'
                | 'IV'
                | 'V'
                | 'VI'
                | 'VII'
                | 'VIII'
                | 'IX'
                | 'X'
                | 'XI'
                | 'XII'
                | 'XIII'
                | 'XIV'
                | 'XV'
                | 'XVI'
                | 'XVII';
              positionId?: string;
              tmtCpns?: string;
              tmtRank?: string;
              education: {
                /** @enum {string} */
                level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
                major: string;
                institution: string;
                graduationYear: number;
              }[];
              competencies: {
                code: string;
                level: number;
              }[];
              email?: string;
              phone?: string;
              /** @enum {string} */
              status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
              bup: number;
              retirementDate: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
            /** @description How many items the whole list holds, from an aggregate; on the first page only */
            total?: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createEmployee: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          employmentType: 'PNS' | 'CPNS' | 'PPPK';
          nip: string;
          name: string;
          frontTitle?: string;
          backTitle?: string;
          /** @enum {string} */
          gender: 'L' | 'P';
          birthPlace: string;
          /** Format: date */
          birthDate: string;
          agencyId: string;
          unitId: string;
          /** @enum {string} */
          rank?:
            | 'I/a'
            | 'I/b'
            | 'I/c'
            | 'I/d'
            | 'II/a'
            | 'II/b'
            | 'II/c'
            | 'II/d'
            | 'III/a'
            | 'III/b'
            | 'III/c'
            | 'III/d'
            | 'IV/a'
            | 'IV/b'
            | 'IV/c'
            | 'IV/d'
            | 'IV/e';
          /** @enum {string} */
          grade?:
            | 'I'
            | 'II'
            | 'III'
            | 'IV'
            | 'V'
            | 'VI'
            | 'VII'
            | 'VIII'
            | 'IX'
            | 'X'
            | 'XI'
            | 'XII'
            | 'XIII'
            | 'XIV'
            | 'XV'
            | 'XVI'
            | 'XVII';
          positionId?: string;
          /** Format: date */
          tmtCpns?: string;
          /** Format: date */
          tmtRank?: string;
          education: {
            /** @enum {string} */
            level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
            major: string;
            institution: string;
            graduationYear: number;
          }[];
          competencies?: {
            code: string;
            level: number;
          }[];
          /** Format: email */
          email?: string;
          phone?: string;
        };
      };
    };
    responses: {
      /** @description The stored employee */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            nip: string;
            nipMasked?: boolean;
            name: string;
            frontTitle?: string;
            backTitle?: string;
            /** @enum {string} */
            gender: 'L' | 'P';
            birthPlace: string;
            birthDate: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            rank?:
              | 'I/a'
              | 'I/b'
              | 'I/c'
              | 'I/d'
              | 'II/a'
              | 'II/b'
              | 'II/c'
              | 'II/d'
              | 'III/a'
              | 'III/b'
              | 'III/c'
              | 'III/d'
              | 'IV/a'
              | 'IV/b'
              | 'IV/c'
              | 'IV/d'
              | 'IV/e';
            /** @enum {string} */
            grade?:
              | 'I'
              | 'II'
              | 'III'
              | 'IV'
              | 'V'
              | 'VI'
              | 'VII'
              | 'VIII'
              | 'IX'
              | 'X'
              | 'XI'
              | 'XII'
              | 'XIII'
              | 'XIV'
              | 'XV'
              | 'XVI'
              | 'XVII';
            positionId?: string;
            tmtCpns?: string;
            tmtRank?: string;
            education: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
              major: string;
              institution: string;
              graduationYear: number;
            }[];
            competencies: {
              code: string;
              level: number;
            }[];
            email?: string;
            phone?: string;
            /** @enum {string} */
            status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
            bup: number;
            retirementDate: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getEmployee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The employee */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            nip: string;
            nipMasked?: boolean;
            name: string;
            frontTitle?: string;
            backTitle?: string;
            /** @enum {string} */
            gender: 'L' | 'P';
            birthPlace: string;
            birthDate: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            rank?:
              | 'I/a'
              | 'I/b'
              | 'I/c'
              | 'I/d'
              | 'II/a'
              | 'II/b'
              | 'II/c'
              | 'II/d'
              | 'III/a'
              | 'III/b'
              | 'III/c'
              | 'III/d'
              | 'IV/a'
              | 'IV/b'
              | 'IV/c'
              | 'IV/d'
              | 'IV/e';
            /** @enum {string} */
            grade?:
              | 'I'
              | 'II'
              | 'III'
              | 'IV'
              | 'V'
              | 'VI'
              | 'VII'
              | 'VIII'
              | 'IX'
              | 'X'
              | 'XI'
              | 'XII'
              | 'XIII'
              | 'XIV'
              | 'XV'
              | 'XVI'
              | 'XVII';
            positionId?: string;
            tmtCpns?: string;
            tmtRank?: string;
            education: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
              major: string;
              institution: string;
              graduationYear: number;
            }[];
            competencies: {
              code: string;
              level: number;
            }[];
            email?: string;
            phone?: string;
            /** @enum {string} */
            status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
            bup: number;
            retirementDate: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateEmployee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          employmentType?: 'PNS' | 'CPNS' | 'PPPK';
          nip?: string;
          name?: string;
          frontTitle?: string | null;
          backTitle?: string | null;
          /** @enum {string} */
          gender?: 'L' | 'P';
          birthPlace?: string;
          /** Format: date */
          birthDate?: string;
          /** @enum {string|null} */
          rank?:
            | 'I/a'
            | 'I/b'
            | 'I/c'
            | 'I/d'
            | 'II/a'
            | 'II/b'
            | 'II/c'
            | 'II/d'
            | 'III/a'
            | 'III/b'
            | 'III/c'
            | 'III/d'
            | 'IV/a'
            | 'IV/b'
            | 'IV/c'
            | 'IV/d'
            | 'IV/e'
            | null;
          /** @enum {string|null} */
          grade?:
            | 'I'
            | 'II'
            | 'III'
            | 'IV'
            | 'V'
            | 'VI'
            | 'VII'
            | 'VIII'
            | 'IX'
            | 'X'
            | 'XI'
            | 'XII'
            | 'XIII'
            | 'XIV'
            | 'XV'
            | 'XVI'
            | 'XVII'
            | null;
          /** Format: date */
          tmtCpns?: string | null;
          /** Format: date */
          tmtRank?: string | null;
          /** @enum {string} */
          status?: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
          education?: {
            /** @enum {string} */
            level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
            major: string;
            institution: string;
            graduationYear: number;
          }[];
          competencies?: {
            code: string;
            level: number;
          }[];
          /** Format: email */
          email?: string | null;
          phone?: string | null;
          history?: {
            /** @enum {string} */
            kind: 'career' | 'correction';
            /** Format: date */
            tmt?: string;
            decreeNumber?: string;
            /** Format: date */
            decreeDate?: string;
            reason?: string;
          };
          version: number;
        };
      };
    };
    responses: {
      /** @description The employee */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            nip: string;
            nipMasked?: boolean;
            name: string;
            frontTitle?: string;
            backTitle?: string;
            /** @enum {string} */
            gender: 'L' | 'P';
            birthPlace: string;
            birthDate: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            rank?:
              | 'I/a'
              | 'I/b'
              | 'I/c'
              | 'I/d'
              | 'II/a'
              | 'II/b'
              | 'II/c'
              | 'II/d'
              | 'III/a'
              | 'III/b'
              | 'III/c'
              | 'III/d'
              | 'IV/a'
              | 'IV/b'
              | 'IV/c'
              | 'IV/d'
              | 'IV/e';
            /** @enum {string} */
            grade?:
              | 'I'
              | 'II'
              | 'III'
              | 'IV'
              | 'V'
              | 'VI'
              | 'VII'
              | 'VIII'
              | 'IX'
              | 'X'
              | 'XI'
              | 'XII'
              | 'XIII'
              | 'XIV'
              | 'XV'
              | 'XVI'
              | 'XVII';
            positionId?: string;
            tmtCpns?: string;
            tmtRank?: string;
            education: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
              major: string;
              institution: string;
              graduationYear: number;
            }[];
            competencies: {
              code: string;
              level: number;
            }[];
            email?: string;
            phone?: string;
            /** @enum {string} */
            status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
            bup: number;
            retirementDate: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listEmployeeHistory: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of history entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              employeeId: string;
              /** @enum {string} */
              kind: 'career' | 'correction' | 'initial';
              event: string;
              tmt: string;
              decreeNumber?: string;
              decreeDate?: string;
              reason?: string;
              changes: {
                [key: string]: {
                  before?: unknown;
                  after?: unknown;
                };
              };
              actor: {
                sub: string;
                role: string;
              };
              recordedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMyProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description My employee record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            nip: string;
            nipMasked?: boolean;
            name: string;
            frontTitle?: string;
            backTitle?: string;
            /** @enum {string} */
            gender: 'L' | 'P';
            birthPlace: string;
            birthDate: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            rank?:
              | 'I/a'
              | 'I/b'
              | 'I/c'
              | 'I/d'
              | 'II/a'
              | 'II/b'
              | 'II/c'
              | 'II/d'
              | 'III/a'
              | 'III/b'
              | 'III/c'
              | 'III/d'
              | 'IV/a'
              | 'IV/b'
              | 'IV/c'
              | 'IV/d'
              | 'IV/e';
            /** @enum {string} */
            grade?:
              | 'I'
              | 'II'
              | 'III'
              | 'IV'
              | 'V'
              | 'VI'
              | 'VII'
              | 'VIII'
              | 'IX'
              | 'X'
              | 'XI'
              | 'XII'
              | 'XIII'
              | 'XIV'
              | 'XV'
              | 'XVI'
              | 'XVII';
            positionId?: string;
            tmtCpns?: string;
            tmtRank?: string;
            education: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
              major: string;
              institution: string;
              graduationYear: number;
            }[];
            competencies: {
              code: string;
              level: number;
            }[];
            email?: string;
            phone?: string;
            /** @enum {string} */
            status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
            bup: number;
            retirementDate: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  searchEmployees: {
    parameters: {
      query?: {
        competency?: string;
        educationLevel?: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
        major?: string;
        minRank?:
          | 'I/a'
          | 'I/b'
          | 'I/c'
          | 'I/d'
          | 'II/a'
          | 'II/b'
          | 'II/c'
          | 'II/d'
          | 'III/a'
          | 'III/b'
          | 'III/c'
          | 'III/d'
          | 'IV/a'
          | 'IV/b'
          | 'IV/c'
          | 'IV/d'
          | 'IV/e';
        agencyId?: string;
        employmentType?: 'PNS' | 'CPNS' | 'PPPK';
        namePrefix?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of matching employees */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              nip: string;
              nipMasked: boolean;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              agencyId: string;
              agencyName: string;
              unitId: string;
              positionId?: string;
              positionName?: string;
              rank?: string;
              grade?: string;
              highestEducation: string | null;
              matchedCompetencies: {
                code: string;
                level: number;
              }[];
              email?: string;
              phone?: string;
              contactMasked: boolean;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getImportTemplate: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description XLSX with the sheets Pegawai, Petunjuk and Perangkat Daerah, or a CSV header line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listImportJobs: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of jobs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              fileName: string;
              /** @enum {string} */
              format: 'xlsx' | 'csv';
              /** @enum {string} */
              status: 'pending' | 'uploaded' | 'running' | 'done' | 'failed' | 'interrupted';
              total: number;
              processed: number;
              created: number;
              imported: number;
              updated: number;
              unchanged: number;
              invalid: number;
              errors: {
                row: number;
                column: string;
                message: string;
              }[];
              errorCount: number;
              failure?: string;
              agencyId: string | null;
              createdBy: {
                sub: string;
                role: string;
              };
              createdAt: string;
              startedAt?: string;
              finishedAt?: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  importEmployees: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fileName: string;
          /** @enum {string} */
          format: 'xlsx' | 'csv';
        };
      };
    };
    responses: {
      /** @description The job and where to PUT the file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            job: {
              id: string;
              fileName: string;
              /** @enum {string} */
              format: 'xlsx' | 'csv';
              /** @enum {string} */
              status: 'pending' | 'uploaded' | 'running' | 'done' | 'failed' | 'interrupted';
              total: number;
              processed: number;
              created: number;
              imported: number;
              updated: number;
              unchanged: number;
              invalid: number;
              errors: {
                row: number;
                column: string;
                message: string;
              }[];
              errorCount: number;
              failure?: string;
              agencyId: string | null;
              createdBy: {
                sub: string;
                role: string;
              };
              createdAt: string;
              startedAt?: string;
              finishedAt?: string;
              updatedAt: string;
              version: number;
            };
            upload: {
              url: string;
              /** @enum {string} */
              method: 'PUT';
              headers: {
                [key: string]: string;
              };
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  startImportJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job, queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            fileName: string;
            /** @enum {string} */
            format: 'xlsx' | 'csv';
            /** @enum {string} */
            status: 'pending' | 'uploaded' | 'running' | 'done' | 'failed' | 'interrupted';
            total: number;
            processed: number;
            created: number;
            imported: number;
            updated: number;
            unchanged: number;
            invalid: number;
            errors: {
              row: number;
              column: string;
              message: string;
            }[];
            errorCount: number;
            failure?: string;
            agencyId: string | null;
            createdBy: {
              sub: string;
              role: string;
            };
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getImportJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            fileName: string;
            /** @enum {string} */
            format: 'xlsx' | 'csv';
            /** @enum {string} */
            status: 'pending' | 'uploaded' | 'running' | 'done' | 'failed' | 'interrupted';
            total: number;
            processed: number;
            created: number;
            imported: number;
            updated: number;
            unchanged: number;
            invalid: number;
            errors: {
              row: number;
              column: string;
              message: string;
            }[];
            errorCount: number;
            failure?: string;
            agencyId: string | null;
            createdBy: {
              sub: string;
              role: string;
            };
            createdAt: string;
            startedAt?: string;
            finishedAt?: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  exportEmployees: {
    parameters: {
      query?: {
        competency?: string;
        educationLevel?: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
        major?: string;
        minRank?:
          | 'I/a'
          | 'I/b'
          | 'I/c'
          | 'I/d'
          | 'II/a'
          | 'II/b'
          | 'II/c'
          | 'II/d'
          | 'III/a'
          | 'III/b'
          | 'III/c'
          | 'III/d'
          | 'IV/a'
          | 'IV/b'
          | 'IV/c'
          | 'IV/d'
          | 'IV/e';
        agencyId?: string;
        employmentType?: 'PNS' | 'CPNS' | 'PPPK';
        namePrefix?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workbook with the sheets Pegawai and Keterangan, headers in Bahasa Indonesia */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listPositions: {
    parameters: {
      query?: {
        agencyId?: string;
        vacantOnly?: 'true' | 'false';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of positions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              agencyId: string;
              unitId: string;
              name: string;
              /** @enum {string} */
              type:
                | 'JPT_UTAMA'
                | 'JPT_MADYA'
                | 'JPT_PRATAMA'
                | 'ADMINISTRATOR'
                | 'PENGAWAS'
                | 'PELAKSANA'
                | 'FUNGSIONAL';
              /** @enum {string} */
              functionalLevel?:
                | 'AHLI_PERTAMA'
                | 'AHLI_MUDA'
                | 'AHLI_MADYA'
                | 'AHLI_UTAMA'
                | 'PEMULA'
                | 'TERAMPIL'
                | 'MAHIR'
                | 'PENYELIA';
              positionClass: number;
              requiredEducation: {
                levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
                majors: string[];
              };
              requiredCompetencies: {
                code: string;
                minLevel: number;
              }[];
              seats: number;
              filled: number;
              vacancies: number;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createPosition: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          unitId: string;
          name: string;
          /** @enum {string} */
          type:
            | 'JPT_UTAMA'
            | 'JPT_MADYA'
            | 'JPT_PRATAMA'
            | 'ADMINISTRATOR'
            | 'PENGAWAS'
            | 'PELAKSANA'
            | 'FUNGSIONAL';
          /** @enum {string} */
          functionalLevel?:
            | 'AHLI_PERTAMA'
            | 'AHLI_MUDA'
            | 'AHLI_MADYA'
            | 'AHLI_UTAMA'
            | 'PEMULA'
            | 'TERAMPIL'
            | 'MAHIR'
            | 'PENYELIA';
          positionClass: number;
          requiredEducation: {
            levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
            /** @default [] */
            majors?: string[];
          };
          /** @default [] */
          requiredCompetencies?: {
            code: string;
            minLevel: number;
          }[];
          seats: number;
        };
      };
    };
    responses: {
      /** @description The new position */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            unitId: string;
            name: string;
            /** @enum {string} */
            type:
              | 'JPT_UTAMA'
              | 'JPT_MADYA'
              | 'JPT_PRATAMA'
              | 'ADMINISTRATOR'
              | 'PENGAWAS'
              | 'PELAKSANA'
              | 'FUNGSIONAL';
            /** @enum {string} */
            functionalLevel?:
              | 'AHLI_PERTAMA'
              | 'AHLI_MUDA'
              | 'AHLI_MADYA'
              | 'AHLI_UTAMA'
              | 'PEMULA'
              | 'TERAMPIL'
              | 'MAHIR'
              | 'PENYELIA';
            positionClass: number;
            requiredEducation: {
              levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
              majors: string[];
            };
            requiredCompetencies: {
              code: string;
              minLevel: number;
            }[];
            seats: number;
            filled: number;
            vacancies: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPosition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        positionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The position */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            unitId: string;
            name: string;
            /** @enum {string} */
            type:
              | 'JPT_UTAMA'
              | 'JPT_MADYA'
              | 'JPT_PRATAMA'
              | 'ADMINISTRATOR'
              | 'PENGAWAS'
              | 'PELAKSANA'
              | 'FUNGSIONAL';
            /** @enum {string} */
            functionalLevel?:
              | 'AHLI_PERTAMA'
              | 'AHLI_MUDA'
              | 'AHLI_MADYA'
              | 'AHLI_UTAMA'
              | 'PEMULA'
              | 'TERAMPIL'
              | 'MAHIR'
              | 'PENYELIA';
            positionClass: number;
            requiredEducation: {
              levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
              majors: string[];
            };
            requiredCompetencies: {
              code: string;
              minLevel: number;
            }[];
            seats: number;
            filled: number;
            vacancies: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updatePosition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        positionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          type?:
            | 'JPT_UTAMA'
            | 'JPT_MADYA'
            | 'JPT_PRATAMA'
            | 'ADMINISTRATOR'
            | 'PENGAWAS'
            | 'PELAKSANA'
            | 'FUNGSIONAL';
          /** @enum {string|null} */
          functionalLevel?:
            | 'AHLI_PERTAMA'
            | 'AHLI_MUDA'
            | 'AHLI_MADYA'
            | 'AHLI_UTAMA'
            | 'PEMULA'
            | 'TERAMPIL'
            | 'MAHIR'
            | 'PENYELIA'
            | null;
          positionClass?: number;
          requiredEducation?: {
            levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
            /** @default [] */
            majors?: string[];
          };
          requiredCompetencies?: {
            code: string;
            minLevel: number;
          }[];
          seats?: number;
          version: number;
        };
      };
    };
    responses: {
      /** @description The position */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            unitId: string;
            name: string;
            /** @enum {string} */
            type:
              | 'JPT_UTAMA'
              | 'JPT_MADYA'
              | 'JPT_PRATAMA'
              | 'ADMINISTRATOR'
              | 'PENGAWAS'
              | 'PELAKSANA'
              | 'FUNGSIONAL';
            /** @enum {string} */
            functionalLevel?:
              | 'AHLI_PERTAMA'
              | 'AHLI_MUDA'
              | 'AHLI_MADYA'
              | 'AHLI_UTAMA'
              | 'PEMULA'
              | 'TERAMPIL'
              | 'MAHIR'
              | 'PENYELIA';
            positionClass: number;
            requiredEducation: {
              levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
              majors: string[];
            };
            requiredCompetencies: {
              code: string;
              minLevel: number;
            }[];
            seats: number;
            filled: number;
            vacancies: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listCompetencies: {
    parameters: {
      query?: {
        group?: 'teknis' | 'manajerial' | 'sosial-kultural';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of competencies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              name: string;
              /** @enum {string} */
              group: 'teknis' | 'manajerial' | 'sosial-kultural';
              levels: {
                level: number;
                description: string;
              }[];
              createdAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createCompetency: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          /** @enum {string} */
          group: 'teknis' | 'manajerial' | 'sosial-kultural';
          /**
           * @example [
           *       {
           *         "level": 1,
           *         "description": "Memahami konsep dasar"
           *       },
           *       {
           *         "level": 2,
           *         "description": "Menerapkan dengan bimbingan"
           *       },
           *       {
           *         "level": 3,
           *         "description": "Menerapkan secara mandiri"
           *       },
           *       {
           *         "level": 4,
           *         "description": "Membimbing orang lain"
           *       },
           *       {
           *         "level": 5,
           *         "description": "Menjadi rujukan dan mengembangkan metode"
           *       }
           *     ]
           */
          levels: {
            level: number;
            description: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The new competency */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            /** @enum {string} */
            group: 'teknis' | 'manajerial' | 'sosial-kultural';
            levels: {
              level: number;
              description: string;
            }[];
            createdAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPlacementCandidates: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        positionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The position and its ranked candidates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            position: {
              id: string;
              agencyId: string;
              unitId: string;
              name: string;
              /** @enum {string} */
              type:
                | 'JPT_UTAMA'
                | 'JPT_MADYA'
                | 'JPT_PRATAMA'
                | 'ADMINISTRATOR'
                | 'PENGAWAS'
                | 'PELAKSANA'
                | 'FUNGSIONAL';
              /** @enum {string} */
              functionalLevel?:
                | 'AHLI_PERTAMA'
                | 'AHLI_MUDA'
                | 'AHLI_MADYA'
                | 'AHLI_UTAMA'
                | 'PEMULA'
                | 'TERAMPIL'
                | 'MAHIR'
                | 'PENYELIA';
              positionClass: number;
              requiredEducation: {
                levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
                majors: string[];
              };
              requiredCompetencies: {
                code: string;
                minLevel: number;
              }[];
              seats: number;
              filled: number;
              vacancies: number;
              createdAt: string;
              updatedAt: string;
              version: number;
            };
            candidates: {
              employeeId: string;
              name: string;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              agencyId: string;
              agencyName: string;
              unitId: string;
              golongan: string | null;
              positionId?: string;
              positionName?: string;
              total: number;
              factors: {
                /** @enum {string} */
                factor: 'education' | 'competency' | 'rank' | 'performance';
                weight: number;
                /** @enum {string} */
                status: 'present' | 'absent';
                score: number | null;
                points: number | null;
                share: number | null;
                detail: string;
              }[];
              stepDown: boolean;
              stepDownReason: string | null;
              rank: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSuggestedPositions: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Vacant positions, best fit first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            items: {
              position: {
                id: string;
                agencyId: string;
                unitId: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'JPT_UTAMA'
                  | 'JPT_MADYA'
                  | 'JPT_PRATAMA'
                  | 'ADMINISTRATOR'
                  | 'PENGAWAS'
                  | 'PELAKSANA'
                  | 'FUNGSIONAL';
                /** @enum {string} */
                functionalLevel?:
                  | 'AHLI_PERTAMA'
                  | 'AHLI_MUDA'
                  | 'AHLI_MADYA'
                  | 'AHLI_UTAMA'
                  | 'PEMULA'
                  | 'TERAMPIL'
                  | 'MAHIR'
                  | 'PENYELIA';
                positionClass: number;
                requiredEducation: {
                  levels: ('SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3')[];
                  majors: string[];
                };
                requiredCompetencies: {
                  code: string;
                  minLevel: number;
                }[];
                seats: number;
                filled: number;
                vacancies: number;
                createdAt: string;
                updatedAt: string;
                version: number;
              };
              total: number;
              factors: {
                /** @enum {string} */
                factor: 'education' | 'competency' | 'rank' | 'performance';
                weight: number;
                /** @enum {string} */
                status: 'present' | 'absent';
                score: number | null;
                points: number | null;
                share: number | null;
                detail: string;
              }[];
              stepDown: boolean;
              stepDownReason: string | null;
              rank: number;
            }[];
            truncated: boolean;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recordPlacement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          unitId: string;
          positionId?: string;
          /** Format: date */
          tmt: string;
          decreeNumber?: string;
          /** Format: date */
          decreeDate?: string;
          reason: string;
          justification?: string;
          /**
           * @default career
           * @enum {string}
           */
          kind?: 'career' | 'correction';
          version: number;
        };
      };
    };
    responses: {
      /** @description The employee after the placement */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employee: {
              id: string;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              nip: string;
              nipMasked?: boolean;
              name: string;
              frontTitle?: string;
              backTitle?: string;
              /** @enum {string} */
              gender: 'L' | 'P';
              birthPlace: string;
              birthDate: string;
              agencyId: string;
              unitId: string;
              /** @enum {string} */
              rank?:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e';
              /** @enum {string} */
              grade?:
                | 'I'
                | 'II'
                | 'III'
                | 'IV'
                | 'V'
                | 'VI'
                | 'VII'
                | 'VIII'
                | 'IX'
                | 'X'
                | 'XI'
                | 'XII'
                | 'XIII'
                | 'XIV'
                | 'XV'
                | 'XVI'
                | 'XVII';
              positionId?: string;
              tmtCpns?: string;
              tmtRank?: string;
              education: {
                /** @enum {string} */
                level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
                major: string;
                institution: string;
                graduationYear: number;
              }[];
              competencies: {
                code: string;
                level: number;
              }[];
              email?: string;
              phone?: string;
              /** @enum {string} */
              status: 'AKTIF' | 'CLTN' | 'PENSIUN' | 'BERHENTI';
              bup: number;
              retirementDate: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            };
            outsideRecommendation: boolean;
            candidateRank: number | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listPromotionEligible: {
    parameters: {
      query?: {
        asOf?: string;
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of promotion-eligible employees */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            items: {
              employeeId: string;
              name: string;
              nip: string;
              agencyId: string;
              agencyName: string;
              unitId: string;
              positionId?: string;
              positionName?: string;
              /** @enum {string} */
              rank:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e';
              tmtRank: string;
              highestEducation: string | null;
              eligible: boolean;
              yearsInRank: number;
              monthsInRank: number;
              since: string | null;
              /** @enum {string|null} */
              nextRank:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e'
                | null;
              predikats: {
                year: number;
                /** @enum {string} */
                predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              }[];
              meritScore: number;
              factors: {
                yearsInRank: number;
                performance: number | null;
                rankOrder: number;
              };
              detail: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listUpcomingRetirements: {
    parameters: {
      query?: {
        months?: '12' | '24';
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of upcoming retirements */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            items: {
              employeeId: string;
              name: string;
              nip: string;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              agencyId: string;
              agencyName: string;
              unitId: string;
              positionId?: string;
              positionName?: string;
              /** @enum {string} */
              rank?:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e';
              /** @enum {string} */
              grade?:
                | 'I'
                | 'II'
                | 'III'
                | 'IV'
                | 'V'
                | 'VI'
                | 'VII'
                | 'VIII'
                | 'IX'
                | 'X'
                | 'XI'
                | 'XII'
                | 'XIII'
                | 'XIV'
                | 'XV'
                | 'XVI'
                | 'XVII';
              birthDate: string;
              retirementDate: string;
              bup: number;
            }[];
            countsByAgency: {
              agencyId: string;
              agencyName: string;
              count: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPersonnelDashboard: {
    parameters: {
      query?: {
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The headcount dashboard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            agencyId: string | null;
            total: number;
            byAgency: {
              agencyId: string;
              agencyName: string;
              total: number;
            }[];
            byEmploymentType: {
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              count: number;
            }[];
            byRank: {
              /** @enum {string} */
              rank:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e';
              count: number;
            }[];
            byGrade: {
              /** @enum {string} */
              grade:
                | 'I'
                | 'II'
                | 'III'
                | 'IV'
                | 'V'
                | 'VI'
                | 'VII'
                | 'VIII'
                | 'IX'
                | 'X'
                | 'XI'
                | 'XII'
                | 'XIII'
                | 'XIV'
                | 'XV'
                | 'XVI'
                | 'XVII';
              count: number;
            }[];
            byEducation: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3' | 'NONE';
              count: number;
            }[];
            byGender: {
              /** @enum {string} */
              gender: 'L' | 'P';
              count: number;
            }[];
            byAgeBand: {
              /** @enum {string} */
              band: '<25' | '25-34' | '35-44' | '45-54' | '55+';
              count: number;
            }[];
            retirementsByYear: {
              year: number;
              count: number;
            }[];
            retirementOverdue: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  proposeProfileCorrection: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @example {
           *       "phone": "081299990000"
           *     }
           */
          changes: {
            education?: {
              /** @enum {string} */
              level: 'SD' | 'SMP' | 'SMA' | 'D1' | 'D2' | 'D3' | 'D4' | 'S1' | 'S2' | 'S3';
              major: string;
              institution: string;
              graduationYear: number;
            }[];
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            birthPlace?: string;
            frontTitle?: string | null;
            backTitle?: string | null;
          };
          reason: string;
        };
      };
    };
    responses: {
      /** @description The pending correction */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            agencyId: string;
            changes: {
              [key: string]: unknown;
            };
            current: {
              [key: string]: unknown;
            };
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            employeeVersion: number;
            proposedBy: {
              sub: string;
              role: string;
            };
            proposedAt: string;
            decision?: {
              /** @enum {string} */
              decision: 'approve' | 'reject';
              reason: string;
              by: {
                sub: string;
                role: string;
              };
              at: string;
            };
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listProfileCorrections: {
    parameters: {
      query?: {
        status?: 'pending' | 'approved' | 'rejected';
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of corrections */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              employeeId: string;
              employeeName: string;
              agencyId: string;
              changes: {
                [key: string]: unknown;
              };
              current: {
                [key: string]: unknown;
              };
              reason: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              employeeVersion: number;
              proposedBy: {
                sub: string;
                role: string;
              };
              proposedAt: string;
              decision?: {
                /** @enum {string} */
                decision: 'approve' | 'reject';
                reason: string;
                by: {
                  sub: string;
                  role: string;
                };
                at: string;
              };
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  decideProfileCorrection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        correctionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'approve' | 'reject';
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The decided correction */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            agencyId: string;
            changes: {
              [key: string]: unknown;
            };
            current: {
              [key: string]: unknown;
            };
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected';
            employeeVersion: number;
            proposedBy: {
              sub: string;
              role: string;
            };
            proposedAt: string;
            decision?: {
              /** @enum {string} */
              decision: 'approve' | 'reject';
              reason: string;
              by: {
                sub: string;
                role: string;
              };
              at: string;
            };
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listTrainings: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of trainings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              /** @enum {string} */
              type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
              competencies: {
                code: string;
                level: number;
              }[];
              jp: number;
              startDate: string;
              endDate: string;
              capacity: number;
              enrolled: number;
              organizer?: string;
              location?: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createTraining: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** @enum {string} */
          type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
          /** @default [] */
          competencies?: {
            code: string;
            level: number;
          }[];
          jp: number;
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          capacity: number;
          organizer?: string;
          location?: string;
        };
      };
    };
    responses: {
      /** @description The new training */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            /** @enum {string} */
            type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
            competencies: {
              code: string;
              level: number;
            }[];
            jp: number;
            startDate: string;
            endDate: string;
            capacity: number;
            enrolled: number;
            organizer?: string;
            location?: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The training */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            /** @enum {string} */
            type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
            competencies: {
              code: string;
              level: number;
            }[];
            jp: number;
            startDate: string;
            endDate: string;
            capacity: number;
            enrolled: number;
            organizer?: string;
            location?: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listTrainingEnrollments: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of enrolments; a tenant admin's first with the total */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              trainingId: string;
              employeeId: string;
              employeeName: string;
              agencyId: string;
              training: {
                title: string;
                /** @enum {string} */
                type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
                jp: number;
                startDate: string;
                endDate: string;
              };
              /** @enum {string} */
              status: 'enrolled' | 'completed';
              enrolledAt: string;
              /** @enum {string} */
              result?: 'LULUS' | 'TIDAK_LULUS';
              score?: number;
              jp?: number;
              completedAt?: string;
              version: number;
            }[];
            nextCursor: string | null;
            /** @description How many items the whole list holds, from an aggregate; on the first page only */
            total?: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  enrollTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          employeeId?: string;
        };
      };
    };
    responses: {
      /** @description The enrolment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            trainingId: string;
            employeeId: string;
            employeeName: string;
            agencyId: string;
            training: {
              title: string;
              /** @enum {string} */
              type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
              jp: number;
              startDate: string;
              endDate: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'completed';
            enrolledAt: string;
            /** @enum {string} */
            result?: 'LULUS' | 'TIDAK_LULUS';
            score?: number;
            jp?: number;
            completedAt?: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  completeTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeId: string;
          /** @enum {string} */
          result: 'LULUS' | 'TIDAK_LULUS';
          score?: number;
          jp?: number;
        };
      };
    };
    responses: {
      /** @description The completed enrolment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enrollment: {
              trainingId: string;
              employeeId: string;
              employeeName: string;
              agencyId: string;
              training: {
                title: string;
                /** @enum {string} */
                type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
                jp: number;
                startDate: string;
                endDate: string;
              };
              /** @enum {string} */
              status: 'enrolled' | 'completed';
              enrolledAt: string;
              /** @enum {string} */
              result?: 'LULUS' | 'TIDAK_LULUS';
              score?: number;
              jp?: number;
              completedAt?: string;
              version: number;
            };
            raised: {
              code: string;
              from: number | null;
              to: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMyTraining: {
    parameters: {
      query?: {
        year?: number;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description My training year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            year: number;
            progress: {
              total: number;
              target: number;
              remaining: number;
              percent: number;
              met: boolean;
            };
            items: {
              trainingId: string;
              employeeId: string;
              employeeName: string;
              agencyId: string;
              training: {
                title: string;
                /** @enum {string} */
                type: 'PKA' | 'PKP' | 'PIM' | 'TEKNIS' | 'FUNGSIONAL' | 'TI' | 'LAINNYA';
                jp: number;
                startDate: string;
                endDate: string;
              };
              /** @enum {string} */
              status: 'enrolled' | 'completed';
              enrolledAt: string;
              /** @enum {string} */
              result?: 'LULUS' | 'TIDAK_LULUS';
              score?: number;
              jp?: number;
              completedAt?: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listTrainingShortfall: {
    parameters: {
      query?: {
        year?: number;
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of employees below target */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              employeeId: string;
              name: string;
              nip: string;
              agencyId: string;
              agencyName: string;
              jp: number;
              target: number;
              remaining: number;
              percent: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  upsertMentorProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          offeredCompetencies: {
            code: string;
            level: number;
          }[];
          capacity: number;
          active: boolean;
          version?: number;
        };
      };
    };
    responses: {
      /** @description The changed mentor profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            name: string;
            agencyId: string;
            offeredCompetencies: {
              code: string;
              level: number;
            }[];
            capacity: number;
            activeMentees: number;
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The new mentor profile */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            name: string;
            agencyId: string;
            offeredCompetencies: {
              code: string;
              level: number;
            }[];
            capacity: number;
            activeMentees: number;
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listMentors: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of mentors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              employeeId: string;
              name: string;
              agencyId: string;
              offeredCompetencies: {
                code: string;
                level: number;
              }[];
              capacity: number;
              activeMentees: number;
              active: boolean;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMenteeEligibility: {
    parameters: {
      query?: {
        menteeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The eligibility and its reason */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            menteeId: string;
            eligible: boolean;
            /** @enum {string} */
            reason: 'cpns' | 'first-years' | 'established' | 'no-start-date';
            /** Format: date */
            countedFrom: string | null;
            /** Format: date */
            newUntil: string | null;
            newEmployeeYears: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  suggestMentors: {
    parameters: {
      query: {
        menteeId: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ranked mentors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            menteeId: string;
            neededCompetencies: string[];
            items: {
              mentor: {
                employeeId: string;
                name: string;
                agencyId: string;
                offeredCompetencies: {
                  code: string;
                  level: number;
                }[];
                capacity: number;
                activeMentees: number;
                active: boolean;
                createdAt: string;
                updatedAt: string;
                version: number;
              };
              score: number;
              factors: {
                overlap: number;
                sameAgency: boolean;
                freeCapacity: number;
              };
              matched: string[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listMentorships: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of mentorships */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              mentorEmployeeId: string;
              mentorName: string;
              mentorAgencyId: string;
              menteeEmployeeId: string;
              menteeName: string;
              agencyId: string;
              startDate: string;
              goals: string[];
              /** @enum {string} */
              status: 'active' | 'ended';
              endDate?: string;
              endReason?: string;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createMentorship: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          mentorEmployeeId: string;
          menteeEmployeeId: string;
          /** Format: date */
          startDate: string;
          goals: string[];
        };
      };
    };
    responses: {
      /** @description The new mentorship */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            mentorEmployeeId: string;
            mentorName: string;
            mentorAgencyId: string;
            menteeEmployeeId: string;
            menteeName: string;
            agencyId: string;
            startDate: string;
            goals: string[];
            /** @enum {string} */
            status: 'active' | 'ended';
            endDate?: string;
            endReason?: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listMentoringCheckIns: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        mentorshipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of check-ins */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              mentorshipId: string;
              date: string;
              note: string;
              by: {
                sub: string;
                role: string;
              };
              createdAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  addMentoringCheckIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mentorshipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          date: string;
          note: string;
        };
      };
    };
    responses: {
      /** @description The check-in */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            mentorshipId: string;
            date: string;
            note: string;
            by: {
              sub: string;
              role: string;
            };
            createdAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  endMentorship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        mentorshipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endDate: string;
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The ended mentorship */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            mentorEmployeeId: string;
            mentorName: string;
            mentorAgencyId: string;
            menteeEmployeeId: string;
            menteeName: string;
            agencyId: string;
            startDate: string;
            goals: string[];
            /** @enum {string} */
            status: 'active' | 'ended';
            endDate?: string;
            endReason?: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPersonnelSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The parts that apply to the caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            asOf: string;
            admin: {
              agencyId: string | null;
              correctionsPending: {
                count: number;
                atLeast: boolean;
              };
              vacantPositions: {
                count: number;
                atLeast: boolean;
              };
              promotionDue: {
                count: number;
                atLeast: boolean;
              };
              retiringWithin12Months: {
                count: number;
                atLeast: boolean;
              };
              imports: {
                running: number;
                interrupted: number;
                failed: number;
              };
            } | null;
            team: {
              agencyId: string;
              unitId: string;
              unitName: string;
              members: {
                count: number;
                atLeast: boolean;
              };
              retiringWithin12Months: {
                count: number;
                atLeast: boolean;
              };
              promotionDue: {
                count: number;
                atLeast: boolean;
              };
              activeMentees: number;
            } | null;
            me: {
              employeeId: string;
              name: string;
              positionName: string | null;
              unitName: string | null;
              agencyName: string;
              /** @enum {string|null} */
              rank:
                | 'I/a'
                | 'I/b'
                | 'I/c'
                | 'I/d'
                | 'II/a'
                | 'II/b'
                | 'II/c'
                | 'II/d'
                | 'III/a'
                | 'III/b'
                | 'III/c'
                | 'III/d'
                | 'IV/a'
                | 'IV/b'
                | 'IV/c'
                | 'IV/d'
                | 'IV/e'
                | null;
              /** @enum {string|null} */
              grade:
                | 'I'
                | 'II'
                | 'III'
                | 'IV'
                | 'V'
                | 'VI'
                | 'VII'
                | 'VIII'
                | 'IX'
                | 'X'
                | 'XI'
                | 'XII'
                | 'XIII'
                | 'XIV'
                | 'XV'
                | 'XVI'
                | 'XVII'
                | null;
              year: number;
              jp: {
                total: number;
                target: number;
                remaining: number;
                percent: number;
                met: boolean;
              };
              mentor: {
                mentorshipId: string;
                mentorName: string;
                /** Format: date */
                startDate: string;
              } | null;
            } | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listHolidays: {
    parameters: {
      query: {
        year: number;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of days */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date */
              date: string;
              name: string;
              /** @enum {string} */
              kind: 'national' | 'cuti-bersama' | 'regional';
              source?: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  upsertHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          kind: 'national' | 'cuti-bersama' | 'regional';
        };
      };
    };
    responses: {
      /** @description The day as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            name: string;
            /** @enum {string} */
            kind: 'national' | 'cuti-bersama' | 'regional';
            source?: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description The day as added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            name: string;
            /** @enum {string} */
            kind: 'national' | 'cuti-bersama' | 'regional';
            source?: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  deleteHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listLeaveRequests: {
    parameters: {
      query?: {
        view?: 'mine' | 'inbox' | 'agency';
        status?:
          | 'AWAITING_RECOMMENDATION'
          | 'AWAITING_DECISION'
          | 'APPROVED'
          | 'CHANGED'
          | 'DEFERRED'
          | 'REJECTED'
          | 'CANCELLED';
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              employeeId: string;
              employeeName: string;
              nip: string;
              agencyId: string;
              unitId: string;
              unitName: string;
              /** @enum {string} */
              employmentType: 'PNS' | 'CPNS' | 'PPPK';
              /** @enum {string} */
              type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
              workingDays: number;
              calendarDays: number;
              reason: string;
              addressDuringLeave: string;
              details: {
                /** @enum {string|null} */
                sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
                healthBoardExtension: boolean;
                miscarriage: boolean;
                childOrder: number | null;
                firstHajj: boolean;
                /** @enum {string|null} */
                importantReason:
                  | 'KELUARGA_SAKIT_KERAS'
                  | 'KELUARGA_MENINGGAL'
                  | 'MENIKAH'
                  | 'ISTRI_MELAHIRKAN'
                  | 'BENCANA'
                  | null;
                bknApprovalRef: string | null;
                cltnExtension: boolean;
              };
              /** @enum {string} */
              status:
                | 'AWAITING_RECOMMENDATION'
                | 'AWAITING_DECISION'
                | 'APPROVED'
                | 'CHANGED'
                | 'DEFERRED'
                | 'REJECTED'
                | 'CANCELLED';
              /** @enum {string} */
              employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
              /** @enum {string|null} */
              waitingFor: 'superior' | 'pybmc' | null;
              superior: {
                id: string;
                name: string;
              } | null;
              pybmc: {
                id: string;
                name: string;
              } | null;
              steps: {
                /** @enum {string} */
                step: 'recommendation' | 'decision' | 'cancellation';
                /** @enum {string} */
                outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
                actorId: string;
                actorName: string | null;
                onBehalfOfId: string | null;
                onBehalfOfName: string | null;
                /** @enum {string|null} */
                delegationKind: 'PLT' | 'PLH' | null;
                at: string;
                note: string | null;
                changedTo: {
                  /** Format: date */
                  startDate: string;
                  /** Format: date */
                  endDate: string;
                } | null;
              }[];
              attachments: {
                index: number;
                name: string;
                contentType: string;
              }[];
              annualDaysHeld: number;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  requestLeave: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          reason: string;
          addressDuringLeave: string;
          /** @enum {string} */
          sickDocument?: 'note-to-superior' | 'doctor' | 'government-doctor';
          healthBoardExtension?: boolean;
          miscarriage?: boolean;
          childOrder?: number;
          firstHajj?: boolean;
          /** @enum {string} */
          importantReason?:
            | 'KELUARGA_SAKIT_KERAS'
            | 'KELUARGA_MENINGGAL'
            | 'MENIKAH'
            | 'ISTRI_MELAHIRKAN'
            | 'BENCANA';
          bknApprovalRef?: string;
          cltnExtension?: boolean;
          attachments?: {
            key: string;
            name: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The request, waiting for its first step */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string;
            agencyId: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            /** @enum {string} */
            type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            workingDays: number;
            calendarDays: number;
            reason: string;
            addressDuringLeave: string;
            details: {
              /** @enum {string|null} */
              sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
              healthBoardExtension: boolean;
              miscarriage: boolean;
              childOrder: number | null;
              firstHajj: boolean;
              /** @enum {string|null} */
              importantReason:
                | 'KELUARGA_SAKIT_KERAS'
                | 'KELUARGA_MENINGGAL'
                | 'MENIKAH'
                | 'ISTRI_MELAHIRKAN'
                | 'BENCANA'
                | null;
              bknApprovalRef: string | null;
              cltnExtension: boolean;
            };
            /** @enum {string} */
            status:
              | 'AWAITING_RECOMMENDATION'
              | 'AWAITING_DECISION'
              | 'APPROVED'
              | 'CHANGED'
              | 'DEFERRED'
              | 'REJECTED'
              | 'CANCELLED';
            /** @enum {string} */
            employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
            /** @enum {string|null} */
            waitingFor: 'superior' | 'pybmc' | null;
            superior: {
              id: string;
              name: string;
            } | null;
            pybmc: {
              id: string;
              name: string;
            } | null;
            steps: {
              /** @enum {string} */
              step: 'recommendation' | 'decision' | 'cancellation';
              /** @enum {string} */
              outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
              actorId: string;
              actorName: string | null;
              onBehalfOfId: string | null;
              onBehalfOfName: string | null;
              /** @enum {string|null} */
              delegationKind: 'PLT' | 'PLH' | null;
              at: string;
              note: string | null;
              changedTo: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
              } | null;
            }[];
            attachments: {
              index: number;
              name: string;
              contentType: string;
            }[];
            annualDaysHeld: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createLeaveAttachmentUpload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
          size: number;
        };
      };
    };
    responses: {
      /** @description Where to PUT the file, and the key to name */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            name: string;
            contentType: string;
            upload: {
              url: string;
              /** @enum {string} */
              method: 'PUT';
              headers: {
                [key: string]: string;
              };
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  openLeaveAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
        index: number | null;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getLeaveRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string;
            agencyId: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            /** @enum {string} */
            type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            workingDays: number;
            calendarDays: number;
            reason: string;
            addressDuringLeave: string;
            details: {
              /** @enum {string|null} */
              sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
              healthBoardExtension: boolean;
              miscarriage: boolean;
              childOrder: number | null;
              firstHajj: boolean;
              /** @enum {string|null} */
              importantReason:
                | 'KELUARGA_SAKIT_KERAS'
                | 'KELUARGA_MENINGGAL'
                | 'MENIKAH'
                | 'ISTRI_MELAHIRKAN'
                | 'BENCANA'
                | null;
              bknApprovalRef: string | null;
              cltnExtension: boolean;
            };
            /** @enum {string} */
            status:
              | 'AWAITING_RECOMMENDATION'
              | 'AWAITING_DECISION'
              | 'APPROVED'
              | 'CHANGED'
              | 'DEFERRED'
              | 'REJECTED'
              | 'CANCELLED';
            /** @enum {string} */
            employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
            /** @enum {string|null} */
            waitingFor: 'superior' | 'pybmc' | null;
            superior: {
              id: string;
              name: string;
            } | null;
            pybmc: {
              id: string;
              name: string;
            } | null;
            steps: {
              /** @enum {string} */
              step: 'recommendation' | 'decision' | 'cancellation';
              /** @enum {string} */
              outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
              actorId: string;
              actorName: string | null;
              onBehalfOfId: string | null;
              onBehalfOfName: string | null;
              /** @enum {string|null} */
              delegationKind: 'PLT' | 'PLH' | null;
              at: string;
              note: string | null;
              changedTo: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
              } | null;
            }[];
            attachments: {
              index: number;
              name: string;
              contentType: string;
            }[];
            annualDaysHeld: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recommendLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT';
          note?: string;
          changeTo?: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
          };
        };
      };
    };
    responses: {
      /** @description The request, waiting for the decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string;
            agencyId: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            /** @enum {string} */
            type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            workingDays: number;
            calendarDays: number;
            reason: string;
            addressDuringLeave: string;
            details: {
              /** @enum {string|null} */
              sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
              healthBoardExtension: boolean;
              miscarriage: boolean;
              childOrder: number | null;
              firstHajj: boolean;
              /** @enum {string|null} */
              importantReason:
                | 'KELUARGA_SAKIT_KERAS'
                | 'KELUARGA_MENINGGAL'
                | 'MENIKAH'
                | 'ISTRI_MELAHIRKAN'
                | 'BENCANA'
                | null;
              bknApprovalRef: string | null;
              cltnExtension: boolean;
            };
            /** @enum {string} */
            status:
              | 'AWAITING_RECOMMENDATION'
              | 'AWAITING_DECISION'
              | 'APPROVED'
              | 'CHANGED'
              | 'DEFERRED'
              | 'REJECTED'
              | 'CANCELLED';
            /** @enum {string} */
            employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
            /** @enum {string|null} */
            waitingFor: 'superior' | 'pybmc' | null;
            superior: {
              id: string;
              name: string;
            } | null;
            pybmc: {
              id: string;
              name: string;
            } | null;
            steps: {
              /** @enum {string} */
              step: 'recommendation' | 'decision' | 'cancellation';
              /** @enum {string} */
              outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
              actorId: string;
              actorName: string | null;
              onBehalfOfId: string | null;
              onBehalfOfName: string | null;
              /** @enum {string|null} */
              delegationKind: 'PLT' | 'PLH' | null;
              at: string;
              note: string | null;
              changedTo: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
              } | null;
            }[];
            attachments: {
              index: number;
              name: string;
              contentType: string;
            }[];
            annualDaysHeld: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  decideLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT';
          note?: string;
          changeTo?: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
          };
        };
      };
    };
    responses: {
      /** @description The request, decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string;
            agencyId: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            /** @enum {string} */
            type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            workingDays: number;
            calendarDays: number;
            reason: string;
            addressDuringLeave: string;
            details: {
              /** @enum {string|null} */
              sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
              healthBoardExtension: boolean;
              miscarriage: boolean;
              childOrder: number | null;
              firstHajj: boolean;
              /** @enum {string|null} */
              importantReason:
                | 'KELUARGA_SAKIT_KERAS'
                | 'KELUARGA_MENINGGAL'
                | 'MENIKAH'
                | 'ISTRI_MELAHIRKAN'
                | 'BENCANA'
                | null;
              bknApprovalRef: string | null;
              cltnExtension: boolean;
            };
            /** @enum {string} */
            status:
              | 'AWAITING_RECOMMENDATION'
              | 'AWAITING_DECISION'
              | 'APPROVED'
              | 'CHANGED'
              | 'DEFERRED'
              | 'REJECTED'
              | 'CANCELLED';
            /** @enum {string} */
            employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
            /** @enum {string|null} */
            waitingFor: 'superior' | 'pybmc' | null;
            superior: {
              id: string;
              name: string;
            } | null;
            pybmc: {
              id: string;
              name: string;
            } | null;
            steps: {
              /** @enum {string} */
              step: 'recommendation' | 'decision' | 'cancellation';
              /** @enum {string} */
              outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
              actorId: string;
              actorName: string | null;
              onBehalfOfId: string | null;
              onBehalfOfName: string | null;
              /** @enum {string|null} */
              delegationKind: 'PLT' | 'PLH' | null;
              at: string;
              note: string | null;
              changedTo: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
              } | null;
            }[];
            attachments: {
              index: number;
              name: string;
              contentType: string;
            }[];
            annualDaysHeld: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  cancelLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The request, cancelled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string;
            agencyId: string;
            unitId: string;
            unitName: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            /** @enum {string} */
            type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            workingDays: number;
            calendarDays: number;
            reason: string;
            addressDuringLeave: string;
            details: {
              /** @enum {string|null} */
              sickDocument: 'note-to-superior' | 'doctor' | 'government-doctor' | null;
              healthBoardExtension: boolean;
              miscarriage: boolean;
              childOrder: number | null;
              firstHajj: boolean;
              /** @enum {string|null} */
              importantReason:
                | 'KELUARGA_SAKIT_KERAS'
                | 'KELUARGA_MENINGGAL'
                | 'MENIKAH'
                | 'ISTRI_MELAHIRKAN'
                | 'BENCANA'
                | null;
              bknApprovalRef: string | null;
              cltnExtension: boolean;
            };
            /** @enum {string} */
            status:
              | 'AWAITING_RECOMMENDATION'
              | 'AWAITING_DECISION'
              | 'APPROVED'
              | 'CHANGED'
              | 'DEFERRED'
              | 'REJECTED'
              | 'CANCELLED';
            /** @enum {string} */
            employeeStatus: 'IN_PROCESS' | 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED' | 'CANCELLED';
            /** @enum {string|null} */
            waitingFor: 'superior' | 'pybmc' | null;
            superior: {
              id: string;
              name: string;
            } | null;
            pybmc: {
              id: string;
              name: string;
            } | null;
            steps: {
              /** @enum {string} */
              step: 'recommendation' | 'decision' | 'cancellation';
              /** @enum {string} */
              outcome: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | 'SKIPPED' | 'CANCELLED';
              actorId: string;
              actorName: string | null;
              onBehalfOfId: string | null;
              onBehalfOfName: string | null;
              /** @enum {string|null} */
              delegationKind: 'PLT' | 'PLH' | null;
              at: string;
              note: string | null;
              changedTo: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
              } | null;
            }[];
            attachments: {
              index: number;
              name: string;
              contentType: string;
            }[];
            annualDaysHeld: number;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMyLeaveBalance: {
    parameters: {
      query?: {
        year?: number;
        employeeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The balance and its ledger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            /** @enum {string} */
            employmentType: 'PNS' | 'CPNS' | 'PPPK';
            year: number;
            types: ('TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN')[];
            annualDays: number;
            cap: number;
            /** @enum {string} */
            basis:
              | 'first-year'
              | 'one-year-carry'
              | 'two-unused-years'
              | 'deferred'
              | 'besar-year'
              | 'not-entitled';
            granted: {
              'N-2': number;
              'N-1': number;
              N: number;
            };
            used: {
              'N-2': number;
              'N-1': number;
              N: number;
            };
            remaining: {
              'N-2': number;
              'N-1': number;
              N: number;
            };
            pendingDays: number;
            available: number;
            cutiBersamaDays: string[];
            ledger: {
              id: string;
              at: string;
              year: number;
              /** @enum {string} */
              kind:
                | 'grant'
                | 'carry-over'
                | 'reserve'
                | 'release'
                | 'resize'
                | 'holiday-recount'
                | 'cuti-bersama';
              days: number;
              /** @enum {string|null} */
              bucket: 'N-2' | 'N-1' | 'N' | null;
              requestId: string | null;
              reason: string;
              actorName: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listLeaveCalendar: {
    parameters: {
      query: {
        month: string;
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            month: string;
            /** @enum {string} */
            scope: 'own' | 'unit' | 'agency' | 'tenant';
            items: {
              requestId: string;
              employeeId: string;
              employeeName: string;
              unitId: string;
              /** @enum {string} */
              type: 'TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN';
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
              /** @enum {string} */
              status:
                | 'AWAITING_RECOMMENDATION'
                | 'AWAITING_DECISION'
                | 'APPROVED'
                | 'CHANGED'
                | 'DEFERRED'
                | 'REJECTED'
                | 'CANCELLED';
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listApprovalDelegations: {
    parameters: {
      query?: {
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of delegations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              principal: {
                id: string;
                name: string;
              };
              delegate: {
                id: string;
                name: string;
              };
              agencyId: string;
              /** @enum {string} */
              kind: 'PLT' | 'PLH';
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
              decreeNumber: string | null;
              revoked: boolean;
              createdAt: string;
              createdBy: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createApprovalDelegation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          principalId: string;
          delegateId: string;
          /** @enum {string} */
          kind: 'PLT' | 'PLH';
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          decreeNumber?: string;
        };
      };
    };
    responses: {
      /** @description The delegation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            principal: {
              id: string;
              name: string;
            };
            delegate: {
              id: string;
              name: string;
            };
            agencyId: string;
            /** @enum {string} */
            kind: 'PLT' | 'PLH';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            decreeNumber: string | null;
            revoked: boolean;
            createdAt: string;
            createdBy: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  revokeApprovalDelegation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delegationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The delegation, revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            principal: {
              id: string;
              name: string;
            };
            delegate: {
              id: string;
              name: string;
            };
            agencyId: string;
            /** @enum {string} */
            kind: 'PLT' | 'PLH';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            decreeNumber: string | null;
            revoked: boolean;
            createdAt: string;
            createdBy: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  startPasskeyRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The options for navigator.credentials.create */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            options: {
              [key: string]: unknown;
            };
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listMyPasskeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The passkeys */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              createdAt: string;
              lastUsedAt: string | null;
              backedUp: boolean;
              /** @enum {string} */
              deviceType: 'singleDevice' | 'multiDevice';
              transports: string[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  finishPasskeyRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          response: {
            [key: string]: unknown;
          };
          name: string;
        };
      };
    };
    responses: {
      /** @description The passkey */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            createdAt: string;
            lastUsedAt: string | null;
            backedUp: boolean;
            /** @enum {string} */
            deviceType: 'singleDevice' | 'multiDevice';
            transports: string[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  removePasskey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        passkeyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  startCheckInAssertion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The options for navigator.credentials.get */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            options: {
              [key: string]: unknown;
            };
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  resetEmployeePasskeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description How many were removed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            removed: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getAttendanceSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attendance settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @default optional
             * @enum {string}
             */
            passkeyPolicy: 'off' | 'optional' | 'required';
            /**
             * @default {
             *       "defaultRadiusM": 100,
             *       "maxFixAgeSeconds": 120,
             *       "maxFixAheadSeconds": 300,
             *       "lowAccuracyM": 50,
             *       "absurdAccuracyM": 10000,
             *       "maxSpeedKmh": 120
             *     }
             */
            geofence: {
              defaultRadiusM: number;
              maxFixAgeSeconds: number;
              maxFixAheadSeconds: number;
              lowAccuracyM: number;
              absurdAccuracyM: number;
              maxSpeedKmh: number;
            };
            /**
             * @default {
             *       "beforeStartMinutes": 120,
             *       "afterEndMinutes": 360
             *     }
             */
            punchWindow: {
              beforeStartMinutes: number;
              afterEndMinutes: number;
            };
            /**
             * @default [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            workWeek: number[];
            /** @default [] */
            ramadan: {
              label: string;
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
            }[];
            /**
             * @default {
             *       "bands": [
             *         {
             *           "upToMinutes": 30,
             *           "percent": 0.5
             *         },
             *         {
             *           "upToMinutes": 60,
             *           "percent": 1
             *         },
             *         {
             *           "upToMinutes": 90,
             *           "percent": 1.25
             *         },
             *         {
             *           "upToMinutes": null,
             *           "percent": 1.5
             *         }
             *       ],
             *       "noRecordPercent": 1.5,
             *       "absentDayPercent": 5,
             *       "capPercent": 100
             *     }
             */
            deduction: {
              bands: {
                upToMinutes: number | null;
                percent: number;
              }[];
              noRecordPercent: number;
              absentDayPercent: number;
              capPercent: number;
            };
            /** @default {} */
            leavePolicies: {
              PNS?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
              CPNS?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
              PPPK?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
            };
            /** @default [] */
            pybmc: {
              agencyId: string | null;
              types:
                | ('TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN')[]
                | null;
              employeeId: string;
            }[];
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateAttendanceSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default optional
           * @enum {string}
           */
          passkeyPolicy?: 'off' | 'optional' | 'required';
          /**
           * @default {
           *       "defaultRadiusM": 100,
           *       "maxFixAgeSeconds": 120,
           *       "maxFixAheadSeconds": 300,
           *       "lowAccuracyM": 50,
           *       "absurdAccuracyM": 10000,
           *       "maxSpeedKmh": 120
           *     }
           */
          geofence?: {
            defaultRadiusM: number;
            maxFixAgeSeconds: number;
            maxFixAheadSeconds: number;
            lowAccuracyM: number;
            absurdAccuracyM: number;
            maxSpeedKmh: number;
          };
          /**
           * @default {
           *       "beforeStartMinutes": 120,
           *       "afterEndMinutes": 360
           *     }
           */
          punchWindow?: {
            beforeStartMinutes: number;
            afterEndMinutes: number;
          };
          /**
           * @default [
           *       1,
           *       2,
           *       3,
           *       4,
           *       5
           *     ]
           */
          workWeek?: number[];
          /** @default [] */
          ramadan?: {
            label: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
          }[];
          /**
           * @default {
           *       "bands": [
           *         {
           *           "upToMinutes": 30,
           *           "percent": 0.5
           *         },
           *         {
           *           "upToMinutes": 60,
           *           "percent": 1
           *         },
           *         {
           *           "upToMinutes": 90,
           *           "percent": 1.25
           *         },
           *         {
           *           "upToMinutes": null,
           *           "percent": 1.5
           *         }
           *       ],
           *       "noRecordPercent": 1.5,
           *       "absentDayPercent": 5,
           *       "capPercent": 100
           *     }
           */
          deduction?: {
            bands: {
              upToMinutes: number | null;
              percent: number;
            }[];
            noRecordPercent: number;
            absentDayPercent: number;
            capPercent: number;
          };
          /** @default {} */
          leavePolicies?: {
            PNS?: {
              types?: (
                | 'TAHUNAN'
                | 'BESAR'
                | 'SAKIT'
                | 'MELAHIRKAN'
                | 'ALASAN_PENTING'
                | 'BERSAMA'
                | 'CLTN'
              )[];
              annualDays?: number;
              cutiBersamaReducesAnnual?: boolean;
              carryOver?: {
                perYearMax: number;
                deferredMax: number;
                cap: number;
                capAfterTwoUnused: number;
              } | null;
              minServiceYears?: {
                TAHUNAN?: number;
                BESAR?: number;
                SAKIT?: number;
                MELAHIRKAN?: number;
                ALASAN_PENTING?: number;
                BERSAMA?: number;
                CLTN?: number;
              };
              besarIntervalYears?: number;
              maternityMaxChildOrder?: number | null;
              limits?: {
                besar?: {
                  months: number;
                  days?: number;
                };
                sick?: {
                  months: number;
                  days?: number;
                };
                sickExtension?: {
                  months: number;
                  days?: number;
                };
                sickMiscarriage?: {
                  months: number;
                  days?: number;
                };
                maternity?: {
                  months: number;
                  days?: number;
                };
                importantReasons?: {
                  months: number;
                  days?: number;
                };
                cltn?: {
                  months: number;
                  days?: number;
                };
                cltnExtension?: {
                  months: number;
                  days?: number;
                };
              };
            };
            CPNS?: {
              types?: (
                | 'TAHUNAN'
                | 'BESAR'
                | 'SAKIT'
                | 'MELAHIRKAN'
                | 'ALASAN_PENTING'
                | 'BERSAMA'
                | 'CLTN'
              )[];
              annualDays?: number;
              cutiBersamaReducesAnnual?: boolean;
              carryOver?: {
                perYearMax: number;
                deferredMax: number;
                cap: number;
                capAfterTwoUnused: number;
              } | null;
              minServiceYears?: {
                TAHUNAN?: number;
                BESAR?: number;
                SAKIT?: number;
                MELAHIRKAN?: number;
                ALASAN_PENTING?: number;
                BERSAMA?: number;
                CLTN?: number;
              };
              besarIntervalYears?: number;
              maternityMaxChildOrder?: number | null;
              limits?: {
                besar?: {
                  months: number;
                  days?: number;
                };
                sick?: {
                  months: number;
                  days?: number;
                };
                sickExtension?: {
                  months: number;
                  days?: number;
                };
                sickMiscarriage?: {
                  months: number;
                  days?: number;
                };
                maternity?: {
                  months: number;
                  days?: number;
                };
                importantReasons?: {
                  months: number;
                  days?: number;
                };
                cltn?: {
                  months: number;
                  days?: number;
                };
                cltnExtension?: {
                  months: number;
                  days?: number;
                };
              };
            };
            PPPK?: {
              types?: (
                | 'TAHUNAN'
                | 'BESAR'
                | 'SAKIT'
                | 'MELAHIRKAN'
                | 'ALASAN_PENTING'
                | 'BERSAMA'
                | 'CLTN'
              )[];
              annualDays?: number;
              cutiBersamaReducesAnnual?: boolean;
              carryOver?: {
                perYearMax: number;
                deferredMax: number;
                cap: number;
                capAfterTwoUnused: number;
              } | null;
              minServiceYears?: {
                TAHUNAN?: number;
                BESAR?: number;
                SAKIT?: number;
                MELAHIRKAN?: number;
                ALASAN_PENTING?: number;
                BERSAMA?: number;
                CLTN?: number;
              };
              besarIntervalYears?: number;
              maternityMaxChildOrder?: number | null;
              limits?: {
                besar?: {
                  months: number;
                  days?: number;
                };
                sick?: {
                  months: number;
                  days?: number;
                };
                sickExtension?: {
                  months: number;
                  days?: number;
                };
                sickMiscarriage?: {
                  months: number;
                  days?: number;
                };
                maternity?: {
                  months: number;
                  days?: number;
                };
                importantReasons?: {
                  months: number;
                  days?: number;
                };
                cltn?: {
                  months: number;
                  days?: number;
                };
                cltnExtension?: {
                  months: number;
                  days?: number;
                };
              };
            };
          };
          /** @default [] */
          pybmc?: {
            agencyId: string | null;
            types:
              | ('TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN')[]
              | null;
            employeeId: string;
          }[];
          version: number;
        };
      };
    };
    responses: {
      /** @description The attendance settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @default optional
             * @enum {string}
             */
            passkeyPolicy: 'off' | 'optional' | 'required';
            /**
             * @default {
             *       "defaultRadiusM": 100,
             *       "maxFixAgeSeconds": 120,
             *       "maxFixAheadSeconds": 300,
             *       "lowAccuracyM": 50,
             *       "absurdAccuracyM": 10000,
             *       "maxSpeedKmh": 120
             *     }
             */
            geofence: {
              defaultRadiusM: number;
              maxFixAgeSeconds: number;
              maxFixAheadSeconds: number;
              lowAccuracyM: number;
              absurdAccuracyM: number;
              maxSpeedKmh: number;
            };
            /**
             * @default {
             *       "beforeStartMinutes": 120,
             *       "afterEndMinutes": 360
             *     }
             */
            punchWindow: {
              beforeStartMinutes: number;
              afterEndMinutes: number;
            };
            /**
             * @default [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            workWeek: number[];
            /** @default [] */
            ramadan: {
              label: string;
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
            }[];
            /**
             * @default {
             *       "bands": [
             *         {
             *           "upToMinutes": 30,
             *           "percent": 0.5
             *         },
             *         {
             *           "upToMinutes": 60,
             *           "percent": 1
             *         },
             *         {
             *           "upToMinutes": 90,
             *           "percent": 1.25
             *         },
             *         {
             *           "upToMinutes": null,
             *           "percent": 1.5
             *         }
             *       ],
             *       "noRecordPercent": 1.5,
             *       "absentDayPercent": 5,
             *       "capPercent": 100
             *     }
             */
            deduction: {
              bands: {
                upToMinutes: number | null;
                percent: number;
              }[];
              noRecordPercent: number;
              absentDayPercent: number;
              capPercent: number;
            };
            /** @default {} */
            leavePolicies: {
              PNS?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
              CPNS?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
              PPPK?: {
                types?: (
                  | 'TAHUNAN'
                  | 'BESAR'
                  | 'SAKIT'
                  | 'MELAHIRKAN'
                  | 'ALASAN_PENTING'
                  | 'BERSAMA'
                  | 'CLTN'
                )[];
                annualDays?: number;
                cutiBersamaReducesAnnual?: boolean;
                carryOver?: {
                  perYearMax: number;
                  deferredMax: number;
                  cap: number;
                  capAfterTwoUnused: number;
                } | null;
                minServiceYears?: {
                  TAHUNAN?: number;
                  BESAR?: number;
                  SAKIT?: number;
                  MELAHIRKAN?: number;
                  ALASAN_PENTING?: number;
                  BERSAMA?: number;
                  CLTN?: number;
                };
                besarIntervalYears?: number;
                maternityMaxChildOrder?: number | null;
                limits?: {
                  besar?: {
                    months: number;
                    days?: number;
                  };
                  sick?: {
                    months: number;
                    days?: number;
                  };
                  sickExtension?: {
                    months: number;
                    days?: number;
                  };
                  sickMiscarriage?: {
                    months: number;
                    days?: number;
                  };
                  maternity?: {
                    months: number;
                    days?: number;
                  };
                  importantReasons?: {
                    months: number;
                    days?: number;
                  };
                  cltn?: {
                    months: number;
                    days?: number;
                  };
                  cltnExtension?: {
                    months: number;
                    days?: number;
                  };
                };
              };
            };
            /** @default [] */
            pybmc: {
              agencyId: string | null;
              types:
                | ('TAHUNAN' | 'BESAR' | 'SAKIT' | 'MELAHIRKAN' | 'ALASAN_PENTING' | 'BERSAMA' | 'CLTN')[]
                | null;
              employeeId: string;
            }[];
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listWorkLocations: {
    parameters: {
      query?: {
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of work locations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              agencyId: string;
              unitId: string | null;
              name: string;
              lat: number;
              lon: number;
              radiusM: number;
              /** @enum {string} */
              timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
              active: boolean;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createWorkLocation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          unitId?: string;
          name: string;
          lat: number;
          lon: number;
          /** @default 100 */
          radiusM?: number;
          /** @enum {string} */
          timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
        };
      };
    };
    responses: {
      /** @description The new work location */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            unitId: string | null;
            name: string;
            lat: number;
            lon: number;
            radiusM: number;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateWorkLocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        locationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId?: string | null;
          name?: string;
          lat?: number;
          lon?: number;
          radiusM?: number;
          /** @enum {string} */
          timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
          active?: boolean;
          version: number;
        };
      };
    };
    responses: {
      /** @description The work location */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            unitId: string | null;
            name: string;
            lat: number;
            lon: number;
            radiusM: number;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listWorkSchedules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every schedule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'fixed' | 'shift';
              name: string;
              week: {
                1?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                2?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                3?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                4?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                5?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                6?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                7?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
              } | null;
              overrides: {
                label: string;
                startDate: string;
                endDate: string;
                week: {
                  1?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  2?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  3?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  4?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  5?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  6?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  7?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                };
              }[];
              weeklyNetMinutes: number | null;
              createdAt: string;
              updatedAt: string;
              version: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createWorkSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {string} */
              kind: 'fixed';
              name: string;
              week: {
                1?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                2?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                3?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                4?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                5?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                6?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                7?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
              };
              /** @default [] */
              overrides?: {
                label: string;
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
                week: {
                  1?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  2?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  3?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  4?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  5?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  6?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                  7?: {
                    start: string;
                    end: string;
                    breakMinutes: number;
                  };
                };
              }[];
            }
          | {
              /** @enum {string} */
              kind: 'shift';
              name: string;
            };
      };
    };
    responses: {
      /** @description The new schedule */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'fixed' | 'shift';
            name: string;
            week: {
              1?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              2?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              3?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              4?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              5?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              6?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              7?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
            } | null;
            overrides: {
              label: string;
              startDate: string;
              endDate: string;
              week: {
                1?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                2?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                3?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                4?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                5?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                6?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                7?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
              };
            }[];
            weeklyNetMinutes: number | null;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateWorkSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        scheduleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          week?: {
            1?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            2?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            3?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            4?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            5?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            6?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
            7?: {
              start: string;
              end: string;
              breakMinutes: number;
            };
          };
          overrides?: {
            label: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            week: {
              1?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              2?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              3?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              4?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              5?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              6?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              7?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
            };
          }[];
          version: number;
        };
      };
    };
    responses: {
      /** @description The schedule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'fixed' | 'shift';
            name: string;
            week: {
              1?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              2?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              3?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              4?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              5?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              6?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
              7?: {
                start: string;
                end: string;
                breakMinutes: number;
              };
            } | null;
            overrides: {
              label: string;
              startDate: string;
              endDate: string;
              week: {
                1?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                2?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                3?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                4?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                5?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                6?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
                7?: {
                  start: string;
                  end: string;
                  breakMinutes: number;
                };
              };
            }[];
            weeklyNetMinutes: number | null;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listScheduleAssignments: {
    parameters: {
      query?: {
        agencyId?: string;
        unitId?: string;
        employeeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assignments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              scheduleId: string;
              scheduleName: string;
              /** @enum {string} */
              target: 'unit' | 'employee';
              unitId: string | null;
              employeeId: string | null;
              targetName: string;
              /** Format: date */
              fromDate: string;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  assignWorkSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scheduleId: string;
          target:
            | {
                /** @enum {string} */
                kind: 'unit';
                agencyId: string;
                unitId: string;
              }
            | {
                /** @enum {string} */
                kind: 'employee';
                employeeId: string;
              };
          /** Format: date */
          fromDate: string;
        };
      };
    };
    responses: {
      /** @description The assignment of that date, replaced */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scheduleId: string;
            scheduleName: string;
            /** @enum {string} */
            target: 'unit' | 'employee';
            unitId: string | null;
            employeeId: string | null;
            targetName: string;
            /** Format: date */
            fromDate: string;
            createdAt: string;
          };
        };
      };
      /** @description The new assignment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scheduleId: string;
            scheduleName: string;
            /** @enum {string} */
            target: 'unit' | 'employee';
            unitId: string | null;
            employeeId: string | null;
            targetName: string;
            /** Format: date */
            fromDate: string;
            createdAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  checkIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'in' | 'out';
          lat: number;
          lon: number;
          accuracyM: number;
          /** Format: date-time */
          fixTakenAt: string;
          assertion?: {
            [key: string]: unknown;
          };
          offsiteDutyId?: string;
        };
      };
    };
    responses: {
      /** @description A repeated check-in: the first one of the day, unchanged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'in' | 'out';
            at: string;
            /** Format: date */
            date: string;
            localTime: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            location: {
              id: string;
              name: string;
            };
            distanceM: number;
            radiusM: number;
            planned: {
              start: string;
              end: string;
            } | null;
            /** @enum {string} */
            status: 'on-time' | 'late' | 'early' | 'off-day';
            lateMinutes: number | null;
            earlyMinutes: number | null;
            flags: (
              | 'low-accuracy'
              | 'zero-accuracy'
              | 'exact-office-pin'
              | 'coarse-coordinates'
              | 'impossible-speed'
              | 'synced-passkey'
              | 'offsite-duty'
            )[];
            repeated: boolean;
          };
        };
      };
      /** @description The punch as recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'in' | 'out';
            at: string;
            /** Format: date */
            date: string;
            localTime: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            location: {
              id: string;
              name: string;
            };
            distanceM: number;
            radiusM: number;
            planned: {
              start: string;
              end: string;
            } | null;
            /** @enum {string} */
            status: 'on-time' | 'late' | 'early' | 'off-day';
            lateMinutes: number | null;
            earlyMinutes: number | null;
            flags: (
              | 'low-accuracy'
              | 'zero-accuracy'
              | 'exact-office-pin'
              | 'coarse-coordinates'
              | 'impossible-speed'
              | 'synced-passkey'
              | 'offsite-duty'
            )[];
            repeated: boolean;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getMyAttendance: {
    parameters: {
      query?: {
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            month: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            employee: {
              id: string;
              name: string;
            };
            schedule: {
              id: string | null;
              name: string;
            };
            days: {
              /** Format: date */
              date: string;
              weekday: number;
              /** @enum {string} */
              status: 'off' | 'present' | 'absent' | 'leave' | 'duty' | 'pending';
              holiday: {
                name: string;
                /** @enum {string} */
                kind: 'national' | 'cuti-bersama' | 'regional';
              } | null;
              planned: {
                start: string;
                end: string;
              } | null;
              firstIn: string | null;
              lastOut: string | null;
              lateMinutes: number | null;
              earlyMinutes: number | null;
              lateBand: string | null;
              earlyBand: string | null;
              deductionPercent: number;
              flags: (
                | 'low-accuracy'
                | 'zero-accuracy'
                | 'exact-office-pin'
                | 'coarse-coordinates'
                | 'impossible-speed'
                | 'synced-passkey'
                | 'offsite-duty'
              )[];
              /** @enum {string|null} */
              leaveType:
                | 'TAHUNAN'
                | 'BESAR'
                | 'SAKIT'
                | 'MELAHIRKAN'
                | 'ALASAN_PENTING'
                | 'BERSAMA'
                | 'CLTN'
                | null;
            }[];
            summary: {
              workingDays: number;
              presentDays: number;
              absentDays: number;
              pendingDays: number;
              dutyDays: number;
              leaveDays: {
                [key: string]: number;
              };
              late: {
                count: number;
                minutes: number;
                bands: {
                  [key: string]: number;
                };
              };
              early: {
                count: number;
                minutes: number;
                bands: {
                  [key: string]: number;
                };
              };
              deductionPercent: number;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listTeamAttendanceToday: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit today */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @enum {string} */
            timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
            unit: {
              id: string;
              name: string;
            };
            counts: {
              'on-time'?: number;
              late?: number;
              'not-yet'?: number;
              absent?: number;
              off?: number;
              leave?: number;
              duty?: number;
            };
            items: {
              employeeId: string;
              name: string;
              /** @enum {string} */
              status: 'on-time' | 'late' | 'not-yet' | 'absent' | 'off' | 'leave' | 'duty';
              planned: {
                start: string;
                end: string;
              } | null;
              firstIn: string | null;
              lastOut: string | null;
              lateMinutes: number | null;
              flags: (
                | 'low-accuracy'
                | 'zero-accuracy'
                | 'exact-office-pin'
                | 'coarse-coordinates'
                | 'impossible-speed'
                | 'synced-passkey'
                | 'offsite-duty'
              )[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getAttendanceRecap: {
    parameters: {
      query: {
        agencyId: string;
        month: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the recap */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agency: {
              id: string;
              name: string;
            };
            month: string;
            state: {
              agencyId: string;
              month: string;
              /** @enum {string} */
              status: 'open' | 'closed';
              closedAt: string | null;
              closedBy: string | null;
              reopenedAt: string | null;
              reopenReason: string | null;
              version: number;
            };
            items: {
              workingDays: number;
              presentDays: number;
              absentDays: number;
              pendingDays: number;
              dutyDays: number;
              leaveDays: {
                [key: string]: number;
              };
              late: {
                count: number;
                minutes: number;
                bands: {
                  [key: string]: number;
                };
              };
              early: {
                count: number;
                minutes: number;
                bands: {
                  [key: string]: number;
                };
              };
              deductionPercent: number;
              employeeId: string;
              name: string;
              nip: string;
              unitId: string;
              unitName: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  exportAttendanceRecap: {
    parameters: {
      query: {
        agencyId: string;
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workbook with the sheets Rekap and Keterangan, headers in Bahasa Indonesia */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  closeAttendanceMonth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          month: string;
        };
      };
    };
    responses: {
      /** @description The month, closed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agencyId: string;
            month: string;
            /** @enum {string} */
            status: 'open' | 'closed';
            closedAt: string | null;
            closedBy: string | null;
            reopenedAt: string | null;
            reopenReason: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  reopenAttendanceMonth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agencyId: string;
          month: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The month, open again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agencyId: string;
            month: string;
            /** @enum {string} */
            status: 'open' | 'closed';
            closedAt: string | null;
            closedBy: string | null;
            reopenedAt: string | null;
            reopenReason: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  requestOffsiteDuty: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          letterNumber: string;
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          place: string;
          lat?: number;
          lon?: number;
        };
      };
    };
    responses: {
      /** @description The request, pending */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'offsite-duty' | 'late-arrival' | 'early-leave';
            employeeId: string;
            employeeName: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            status: 'PENDING' | 'APPROVED' | 'REJECTED';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            letterNumber: string | null;
            place: string | null;
            lat: number | null;
            lon: number | null;
            reason: string | null;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: {
              sub: string;
              name: string;
              role: string;
            } | null;
            decisionNote: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  requestAttendancePermission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'late-arrival' | 'early-leave';
          /** Format: date */
          date: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The request, pending */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'offsite-duty' | 'late-arrival' | 'early-leave';
            employeeId: string;
            employeeName: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            status: 'PENDING' | 'APPROVED' | 'REJECTED';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            letterNumber: string | null;
            place: string | null;
            lat: number | null;
            lon: number | null;
            reason: string | null;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: {
              sub: string;
              name: string;
              role: string;
            } | null;
            decisionNote: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  decideOffsiteDuty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The request, decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'offsite-duty' | 'late-arrival' | 'early-leave';
            employeeId: string;
            employeeName: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            status: 'PENDING' | 'APPROVED' | 'REJECTED';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            letterNumber: string | null;
            place: string | null;
            lat: number | null;
            lon: number | null;
            reason: string | null;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: {
              sub: string;
              name: string;
              role: string;
            } | null;
            decisionNote: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  decideAttendancePermission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approve: boolean;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The request, decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'offsite-duty' | 'late-arrival' | 'early-leave';
            employeeId: string;
            employeeName: string;
            agencyId: string;
            unitId: string;
            /** @enum {string} */
            status: 'PENDING' | 'APPROVED' | 'REJECTED';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            letterNumber: string | null;
            place: string | null;
            lat: number | null;
            lon: number | null;
            reason: string | null;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: {
              sub: string;
              name: string;
              role: string;
            } | null;
            decisionNote: string | null;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listAttendanceRequests: {
    parameters: {
      query?: {
        view?: 'mine' | 'inbox';
        status?: 'PENDING' | 'APPROVED' | 'REJECTED';
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'offsite-duty' | 'late-arrival' | 'early-leave';
              employeeId: string;
              employeeName: string;
              agencyId: string;
              unitId: string;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              /** Format: date */
              startDate: string;
              /** Format: date */
              endDate: string;
              letterNumber: string | null;
              place: string | null;
              lat: number | null;
              lon: number | null;
              reason: string | null;
              createdAt: string;
              decidedAt: string | null;
              decidedBy: {
                sub: string;
                name: string;
                role: string;
              } | null;
              decisionNote: string | null;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listShiftRoster: {
    parameters: {
      query: {
        agencyId: string;
        unitId: string;
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shifts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              employeeId: string;
              employeeName: string;
              unitId: string;
              scheduleId: string;
              /** Format: date */
              date: string;
              start: string;
              end: string;
              breakMinutes: number;
              crossesMidnight: boolean;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createShiftRoster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scheduleId: string;
          shifts: {
            employeeId: string;
            /** Format: date */
            date: string;
            start: string;
            end: string;
            /** @default 0 */
            breakMinutes?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description The shifts written */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              employeeId: string;
              employeeName: string;
              unitId: string;
              scheduleId: string;
              /** Format: date */
              date: string;
              start: string;
              end: string;
              breakMinutes: number;
              crossesMidnight: boolean;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getPerformanceSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            yearStartMonth: number;
            /** @enum {string} */
            cadence: 'monthly' | 'quarterly' | 'semester';
            matrix: {
              above: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
              meets: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
              below: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
            };
            distribution: {
              ISTIMEWA: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              BAIK: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              BUTUH_PERBAIKAN: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              KURANG: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              SANGAT_KURANG: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
            };
            unitHeadHasilKerja: {
              /** @enum {string} */
              ISTIMEWA: 'above' | 'meets' | 'below';
              /** @enum {string} */
              BAIK: 'above' | 'meets' | 'below';
              /** @enum {string} */
              BUTUH_PERBAIKAN: 'above' | 'meets' | 'below';
              /** @enum {string} */
              KURANG: 'above' | 'meets' | 'below';
              /** @enum {string} */
              SANGAT_KURANG: 'above' | 'meets' | 'below';
            };
            ikmPredikat: {
              /** @enum {string} */
              A: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              B: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              C: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              D: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            };
            ikmTarget: number;
            minRaters: number;
            talentPoolYears: number;
            persistYears: number;
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updatePerformanceSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          yearStartMonth?: number;
          /** @enum {string} */
          cadence?: 'monthly' | 'quarterly' | 'semester';
          matrix?: {
            above: {
              /** @enum {string} */
              above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            };
            meets: {
              /** @enum {string} */
              above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            };
            below: {
              /** @enum {string} */
              above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            };
          };
          distribution?: {
            ISTIMEWA: (
              | {
                  /** @enum {string} */
                  kind: 'max';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'min';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'some';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                }
            )[];
            BAIK: (
              | {
                  /** @enum {string} */
                  kind: 'max';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'min';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'some';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                }
            )[];
            BUTUH_PERBAIKAN: (
              | {
                  /** @enum {string} */
                  kind: 'max';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'min';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'some';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                }
            )[];
            KURANG: (
              | {
                  /** @enum {string} */
                  kind: 'max';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'min';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'some';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                }
            )[];
            SANGAT_KURANG: (
              | {
                  /** @enum {string} */
                  kind: 'max';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'min';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'some';
                  predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                }
            )[];
          };
          unitHeadHasilKerja?: {
            /** @enum {string} */
            ISTIMEWA: 'above' | 'meets' | 'below';
            /** @enum {string} */
            BAIK: 'above' | 'meets' | 'below';
            /** @enum {string} */
            BUTUH_PERBAIKAN: 'above' | 'meets' | 'below';
            /** @enum {string} */
            KURANG: 'above' | 'meets' | 'below';
            /** @enum {string} */
            SANGAT_KURANG: 'above' | 'meets' | 'below';
          };
          ikmPredikat?: {
            /** @enum {string} */
            A: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            /** @enum {string} */
            B: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            /** @enum {string} */
            C: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            /** @enum {string} */
            D: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
          };
          ikmTarget?: number;
          minRaters?: number;
          talentPoolYears?: number;
          persistYears?: number;
          version: number;
        };
      };
    };
    responses: {
      /** @description The settings as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            yearStartMonth: number;
            /** @enum {string} */
            cadence: 'monthly' | 'quarterly' | 'semester';
            matrix: {
              above: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
              meets: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
              below: {
                /** @enum {string} */
                above: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                meets: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                /** @enum {string} */
                below: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              };
            };
            distribution: {
              ISTIMEWA: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              BAIK: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              BUTUH_PERBAIKAN: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              KURANG: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
              SANGAT_KURANG: (
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  }
              )[];
            };
            unitHeadHasilKerja: {
              /** @enum {string} */
              ISTIMEWA: 'above' | 'meets' | 'below';
              /** @enum {string} */
              BAIK: 'above' | 'meets' | 'below';
              /** @enum {string} */
              BUTUH_PERBAIKAN: 'above' | 'meets' | 'below';
              /** @enum {string} */
              KURANG: 'above' | 'meets' | 'below';
              /** @enum {string} */
              SANGAT_KURANG: 'above' | 'meets' | 'below';
            };
            ikmPredikat: {
              /** @enum {string} */
              A: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              B: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              C: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              D: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            };
            ikmTarget: number;
            minRaters: number;
            talentPoolYears: number;
            persistYears: number;
            version: number;
            updatedAt: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listSkps: {
    parameters: {
      query?: {
        scope?: 'mine' | 'team' | 'agency';
        year?: number;
        agencyId?: string;
        unitId?: string;
        status?: 'draft' | 'submitted' | 'approved';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of SKPs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              employeeId: string;
              employeeName: string;
              nip: string | null;
              unitId: string;
              unitName: string | null;
              positionName: string | null;
              period: {
                start: string;
                end: string;
              };
              appraiser: {
                id: string;
                name: string;
              };
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved';
              revision: number;
              version: number;
              updatedAt: string;
              itemCount: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createSkp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Left out: the caller's own employee record */
          employeeId?: string;
          period: {
            start: string;
            end: string;
          };
          /** @default [] */
          items?: {
            id?: string;
            text: string;
            indicators: {
              text: string;
              target: {
                /** @enum {string} */
                kind: 'quantity' | 'quality' | 'time';
                value: number;
                unit: string;
              };
            }[];
            parentItemId?: string | null;
            expectation?: string | null;
          }[];
          /**
           * @description The leader's expectation on each BerAKHLAK value; any may be left out
           * @default {}
           */
          behaviourExpectations?: {
            BERORIENTASI_PELAYANAN?: string;
            AKUNTABEL?: string;
            KOMPETEN?: string;
            HARMONIS?: string;
            LOYAL?: string;
            ADAPTIF?: string;
            KOLABORATIF?: string;
          };
        };
      };
    };
    responses: {
      /** @description The new SKP, as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSkp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SKP */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
            appraiserItems: {
              id: string;
              text: string;
            }[];
            realisations: {
              itemId: string;
              period: {
                start: string;
                end: string;
              };
              value: number;
              note: string | null;
              evidence: (
                | {
                    /** @enum {string} */
                    kind: 'document';
                    documentId: string;
                    name: string;
                    /** @enum {string} */
                    contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
                    size: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'link';
                    /** Format: uri */
                    url: string;
                  }
              )[];
              /** @enum {string} */
              source: 'typed' | 'survey';
              recordedByName: string;
              recordedAt: string;
            }[];
            feedback: {
              id: string;
              date: string;
              note: string;
              itemId: string | null;
              byName: string;
              createdAt: string;
            }[];
            can: {
              edit: boolean;
              submit: boolean;
              approve: boolean;
              revise: boolean;
              recordRealisation: boolean;
              addFeedback: boolean;
              assess: boolean;
              cascade: boolean;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getSkpCascade: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SKP and its subordinates' SKPs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            skp: {
              id: string;
              employeeId: string;
              employeeName: string;
              nip: string | null;
              unitId: string;
              unitName: string | null;
              positionName: string | null;
              period: {
                start: string;
                end: string;
              };
              appraiser: {
                id: string;
                name: string;
              };
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved';
              revision: number;
              version: number;
              updatedAt: string;
              itemCount: number;
              items: {
                id: string;
                text: string;
                indicators: {
                  text: string;
                  target: {
                    /** @enum {string} */
                    kind: 'quantity' | 'quality' | 'time';
                    value: number;
                    unit: string;
                  };
                }[];
                parentItemId: string | null;
                expectation: string | null;
                /** @enum {string} */
                source: 'manual' | 'cascade' | 'ikm';
              }[];
            };
            subordinates: {
              id: string;
              employeeId: string;
              employeeName: string;
              nip: string | null;
              unitId: string;
              unitName: string | null;
              positionName: string | null;
              period: {
                start: string;
                end: string;
              };
              appraiser: {
                id: string;
                name: string;
              };
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'approved';
              revision: number;
              version: number;
              updatedAt: string;
              itemCount: number;
              items: {
                id: string;
                text: string;
                indicators: {
                  text: string;
                  target: {
                    /** @enum {string} */
                    kind: 'quantity' | 'quality' | 'time';
                    value: number;
                    unit: string;
                  };
                }[];
                parentItemId: string | null;
                expectation: string | null;
                /** @enum {string} */
                source: 'manual' | 'cascade' | 'ikm';
              }[];
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  updateSkpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            id?: string;
            text: string;
            indicators: {
              text: string;
              target: {
                /** @enum {string} */
                kind: 'quantity' | 'quality' | 'time';
                value: number;
                unit: string;
              };
            }[];
            parentItemId?: string | null;
            expectation?: string | null;
          }[];
          /** @description The leader's expectation on each BerAKHLAK value; any may be left out */
          behaviourExpectations: {
            BERORIENTASI_PELAYANAN?: string;
            AKUNTABEL?: string;
            KOMPETEN?: string;
            HARMONIS?: string;
            LOYAL?: string;
            ADAPTIF?: string;
            KOLABORATIF?: string;
          };
          version: number;
        };
      };
    };
    responses: {
      /** @description The SKP */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  submitSkpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The SKP in its new state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  approveSkpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The SKP in its new state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  returnSkpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The SKP in its new state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  reviseSkpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The SKP in its new state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            positionName: string | null;
            period: {
              start: string;
              end: string;
            };
            appraiser: {
              id: string;
              name: string;
            };
            appraiserSuperior: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'approved';
            revision: number;
            items: {
              id: string;
              text: string;
              indicators: {
                text: string;
                target: {
                  /** @enum {string} */
                  kind: 'quantity' | 'quality' | 'time';
                  value: number;
                  unit: string;
                };
              }[];
              parentItemId: string | null;
              expectation: string | null;
              /** @enum {string} */
              source: 'manual' | 'cascade' | 'ikm';
            }[];
            behaviourExpectations: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            history: {
              /** @enum {string} */
              action: 'submit' | 'return' | 'approve' | 'revise';
              /** @enum {string} */
              from: 'draft' | 'submitted' | 'approved';
              /** @enum {string} */
              to: 'draft' | 'submitted' | 'approved';
              byName: string;
              at: string;
              revision: number;
              reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  cascadeSkpItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          skpId: string;
          itemIds?: string[];
          subordinateIds?: string[];
        };
      };
    };
    responses: {
      /** @description What was created, and who was refused and why */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            targets: {
              employeeId: string;
              employeeName: string;
              skpId: string;
              createdSkp: boolean;
              newItems: number;
              alreadyCascaded: number;
            }[];
            refused: {
              employeeId: string;
              employeeName: string;
              /** @enum {string} */
              reason: 'plan-not-editable' | 'not-subordinate' | 'other-period' | 'too-many-items';
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recordSkpRealisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          itemId: string;
          period: {
            start: string;
            end: string;
          };
          value: number;
          note?: string;
          /** @default [] */
          evidence?: (
            | {
                /** @enum {string} */
                kind: 'document';
                documentId: string;
                name: string;
              }
            | {
                /** @enum {string} */
                kind: 'link';
                /** Format: uri */
                url: string;
              }
          )[];
        };
      };
    };
    responses: {
      /** @description The realisation as recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            period: {
              start: string;
              end: string;
            };
            value: number;
            note: string | null;
            evidence: (
              | {
                  /** @enum {string} */
                  kind: 'document';
                  documentId: string;
                  name: string;
                  /** @enum {string} */
                  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
                  size: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'link';
                  /** Format: uri */
                  url: string;
                }
            )[];
            /** @enum {string} */
            source: 'typed' | 'survey';
            recordedByName: string;
            recordedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createSkpEvidenceUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
          size: number;
        };
      };
    };
    responses: {
      /** @description Where to PUT the file, and the documentId to name */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documentId: string;
            name: string;
            contentType: string;
            upload: {
              url: string;
              /** @enum {string} */
              method: 'PUT';
              headers: {
                [key: string]: string;
              };
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  openSkpEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded, with the type its bytes were found to be */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  addSkpFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        skpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          date: string;
          note: string;
          itemId?: string;
        };
      };
    };
    responses: {
      /** @description The note */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            date: string;
            note: string;
            itemId: string | null;
            byName: string;
            createdAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listSkpAssessments: {
    parameters: {
      query: {
        /** @description The unit; give agencyId too to name its agency */
        unitId?: string;
        /** @description The agency; with unitId, the unit's agency */
        agencyId?: string;
        period: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of assessments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              skpId: string;
              employeeId: string;
              employeeName: string;
              nip: string | null;
              agencyId: string;
              unitId: string;
              unitName: string | null;
              period: {
                start: string;
                end: string;
              };
              /** @enum {string} */
              hasilKerja: 'above' | 'meets' | 'below';
              /** @enum {string} */
              perilaku: 'above' | 'meets' | 'below';
              perilakuNotes: {
                BERORIENTASI_PELAYANAN?: string;
                AKUNTABEL?: string;
                KOMPETEN?: string;
                HARMONIS?: string;
                LOYAL?: string;
                ADAPTIF?: string;
                KOLABORATIF?: string;
              };
              /** @enum {string} */
              predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              hasilKerjaFrom: 'appraiser' | 'organisation';
              /** @enum {string|null} */
              orgPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
              appraiser: {
                id: string;
                name: string;
              };
              assessedByName: string;
              assessedAt: string;
              createdAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  assessSkp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          skpId: string;
          period: {
            start: string;
            end: string;
          };
          /** @enum {string} */
          hasilKerja: 'above' | 'meets' | 'below';
          /** @enum {string} */
          perilaku: 'above' | 'meets' | 'below';
          /** @default {} */
          perilakuNotes?: {
            BERORIENTASI_PELAYANAN?: string;
            AKUNTABEL?: string;
            KOMPETEN?: string;
            HARMONIS?: string;
            LOYAL?: string;
            ADAPTIF?: string;
            KOLABORATIF?: string;
          };
          version?: number;
        };
      };
    };
    responses: {
      /** @description The assessment, replacing the earlier one of that period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            skpId: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            period: {
              start: string;
              end: string;
            };
            /** @enum {string} */
            hasilKerja: 'above' | 'meets' | 'below';
            /** @enum {string} */
            perilaku: 'above' | 'meets' | 'below';
            perilakuNotes: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            /** @enum {string} */
            hasilKerjaFrom: 'appraiser' | 'organisation';
            /** @enum {string|null} */
            orgPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
            appraiser: {
              id: string;
              name: string;
            };
            assessedByName: string;
            assessedAt: string;
            createdAt: string;
            version: number;
          };
        };
      };
      /** @description The assessment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            skpId: string;
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            period: {
              start: string;
              end: string;
            };
            /** @enum {string} */
            hasilKerja: 'above' | 'meets' | 'below';
            /** @enum {string} */
            perilaku: 'above' | 'meets' | 'below';
            perilakuNotes: {
              BERORIENTASI_PELAYANAN?: string;
              AKUNTABEL?: string;
              KOMPETEN?: string;
              HARMONIS?: string;
              LOYAL?: string;
              ADAPTIF?: string;
              KOLABORATIF?: string;
            };
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            /** @enum {string} */
            hasilKerjaFrom: 'appraiser' | 'organisation';
            /** @enum {string|null} */
            orgPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
            appraiser: {
              id: string;
              name: string;
            };
            assessedByName: string;
            assessedAt: string;
            createdAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getAssessmentDistribution: {
    parameters: {
      query: {
        /** @description The unit; give agencyId too to name its agency */
        unitId?: string;
        /** @description The agency; with unitId, the unit's agency */
        agencyId?: string;
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The distribution */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            org: {
              /** @enum {string} */
              kind: 'agency' | 'unit';
              id: string;
              agencyId: string;
              name: string | null;
            };
            period: {
              start: string;
              end: string;
            };
            counts: {
              SANGAT_BAIK: number;
              BAIK: number;
              BUTUH_PERBAIKAN: number;
              KURANG: number;
              SANGAT_KURANG: number;
            };
            total: number;
            version: number;
            orgRating: {
              /** @enum {string} */
              predikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              version: number;
            } | null;
            limits: {
              index: number;
              rule:
                | {
                    /** @enum {string} */
                    kind: 'max';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'min';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'some';
                    predikats: ('SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG')[];
                  };
              /** @enum {string} */
              bound: 'at-most' | 'at-least';
              allowed: number;
              given: number;
              /** @enum {string} */
              status: 'ok' | 'exceeded';
              label: string;
            }[];
            /** @enum {string} */
            status: 'unrated' | 'ok' | 'exceeded';
            finalised: boolean;
            finalisation: {
              /** @enum {string} */
              kind: 'agency' | 'unit';
              orgId: string;
              agencyId: string;
              orgName: string | null;
              period: {
                start: string;
                end: string;
              };
              /** @enum {string} */
              orgPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              counts: {
                SANGAT_BAIK: number;
                BAIK: number;
                BUTUH_PERBAIKAN: number;
                KURANG: number;
                SANGAT_KURANG: number;
              };
              total: number;
              tallyVersion: number;
              finalisedByName: string;
              finalisedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  finaliseSkpAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId?: string;
          agencyId?: string;
          period: {
            start: string;
            end: string;
          };
        };
      };
    };
    responses: {
      /** @description The finalisation, with the counts checked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'agency' | 'unit';
            orgId: string;
            agencyId: string;
            orgName: string | null;
            period: {
              start: string;
              end: string;
            };
            /** @enum {string} */
            orgPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            counts: {
              SANGAT_BAIK: number;
              BAIK: number;
              BUTUH_PERBAIKAN: number;
              KURANG: number;
              SANGAT_KURANG: number;
            };
            total: number;
            tallyVersion: number;
            finalisedByName: string;
            finalisedAt: string;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getOrganisationIkm: {
    parameters: {
      query: {
        /** @description The unit; give agencyId too to name its agency */
        unitId?: string;
        /** @description The agency; with unitId, the unit's agency */
        agencyId?: string;
        period: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation's IKM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            org: {
              /** @enum {string} */
              kind: 'agency' | 'unit';
              id: string;
              agencyId: string;
              name: string | null;
            };
            period: {
              start: string;
              end: string;
            };
            surveyUnits: {
              id: string;
              name: string;
            }[];
            evaluation: {
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              respondents: number;
              population: number | null;
              minimumSample: number | null;
              indicative: boolean;
              /** @enum {string|null} */
              suggestedPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
            } | null;
            months: {
              month: string;
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              respondents: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listOrganisationRatings: {
    parameters: {
      query: {
        period: string;
        /** @description One agency's ratings (its own and its units'); staff other than a tenant admin see their own agency */
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of ratings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              kind: 'agency' | 'unit';
              orgId: string;
              agencyId: string;
              orgName: string | null;
              period: {
                start: string;
                end: string;
              };
              /** @enum {string} */
              predikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              indicators: {
                text: string;
                target: number;
                realisation: number;
              }[];
              ikm: {
                ikm: number | null;
                /** @enum {string|null} */
                grade: 'A' | 'B' | 'C' | 'D' | null;
                respondents: number;
                population: number | null;
                minimumSample: number | null;
                indicative: boolean;
                /** @enum {string|null} */
                suggestedPredikat:
                  | 'ISTIMEWA'
                  | 'BAIK'
                  | 'BUTUH_PERBAIKAN'
                  | 'KURANG'
                  | 'SANGAT_KURANG'
                  | null;
              } | null;
              reason: string | null;
              ratedBy: {
                employeeId: string | null;
                name: string;
              };
              ratedAt: string;
              createdAt: string;
              version: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  rateOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          unitId?: string;
          agencyId?: string;
          period: {
            start: string;
            end: string;
          };
          /** @enum {string} */
          predikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
          /** @default [] */
          indicators?: {
            text: string;
            target: number;
            realisation: number;
          }[];
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The rating, replacing the earlier one of that period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'agency' | 'unit';
            orgId: string;
            agencyId: string;
            orgName: string | null;
            period: {
              start: string;
              end: string;
            };
            /** @enum {string} */
            predikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            indicators: {
              text: string;
              target: number;
              realisation: number;
            }[];
            ikm: {
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              respondents: number;
              population: number | null;
              minimumSample: number | null;
              indicative: boolean;
              /** @enum {string|null} */
              suggestedPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
            } | null;
            reason: string | null;
            ratedBy: {
              employeeId: string | null;
              name: string;
            };
            ratedAt: string;
            createdAt: string;
            version: number;
          };
        };
      };
      /** @description The rating */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'agency' | 'unit';
            orgId: string;
            agencyId: string;
            orgName: string | null;
            period: {
              start: string;
              end: string;
            };
            /** @enum {string} */
            predikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            indicators: {
              text: string;
              target: number;
              realisation: number;
            }[];
            ikm: {
              ikm: number | null;
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              respondents: number;
              population: number | null;
              minimumSample: number | null;
              indicative: boolean;
              /** @enum {string|null} */
              suggestedPredikat: 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG' | null;
            } | null;
            reason: string | null;
            ratedBy: {
              employeeId: string | null;
              name: string;
            };
            ratedAt: string;
            createdAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listFeedbackRounds: {
    parameters: {
      query?: {
        /** @description Required for a tenant admin; an agency admin's is their own; other staff see the rounds they may read the summary of, in their own agency */
        agencyId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of rounds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              agencyId: string;
              subject: {
                /** @enum {string} */
                kind: 'employee' | 'unit';
                id: string;
                name: string;
              };
              period: {
                start: string;
                end: string;
              };
              openedOn: string;
              closesOn: string;
              /**
               * @description closed: today, in the tenant's time zone, is after closesOn
               * @enum {string}
               */
              status: 'open' | 'closed';
              groups: {
                /** @enum {string} */
                relation: 'superior' | 'peer' | 'subordinate' | 'self';
                raters: number;
                answered: number;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  openFeedbackRound: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          subject: {
            /** @enum {string} */
            kind: 'employee' | 'unit';
            id: string;
          };
          period: {
            start: string;
            end: string;
          };
          raters: {
            employeeId: string;
            /** @enum {string} */
            relation: 'superior' | 'peer' | 'subordinate' | 'self';
          }[];
          /** Format: date */
          closesOn: string;
        };
      };
    };
    responses: {
      /** @description The round, with its raters counted per group */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            subject: {
              /** @enum {string} */
              kind: 'employee' | 'unit';
              id: string;
              name: string;
            };
            period: {
              start: string;
              end: string;
            };
            openedOn: string;
            closesOn: string;
            /**
             * @description closed: today, in the tenant's time zone, is after closesOn
             * @enum {string}
             */
            status: 'open' | 'closed';
            groups: {
              /** @enum {string} */
              relation: 'superior' | 'peer' | 'subordinate' | 'self';
              raters: number;
              answered: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getFeedbackRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The round */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            agencyId: string;
            subject: {
              /** @enum {string} */
              kind: 'employee' | 'unit';
              id: string;
              name: string;
            };
            period: {
              start: string;
              end: string;
            };
            openedOn: string;
            closesOn: string;
            /**
             * @description closed: today, in the tenant's time zone, is after closesOn
             * @enum {string}
             */
            status: 'open' | 'closed';
            groups: {
              /** @enum {string} */
              relation: 'superior' | 'peer' | 'subordinate' | 'self';
              raters: number;
              answered: number;
            }[];
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listMyFeedbackForms: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the caller's forms */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              roundId: string;
              subject: {
                /** @enum {string} */
                kind: 'employee' | 'unit';
                id: string;
                name: string;
              };
              period: {
                start: string;
                end: string;
              };
              closesOn: string;
              /**
               * @description closed: today, in the tenant's time zone, is after closesOn
               * @enum {string}
               */
              status: 'open' | 'closed';
              /** @enum {string} */
              relation: 'superior' | 'peer' | 'subordinate' | 'self';
              answered: boolean;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  submitFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scores: {
            BERORIENTASI_PELAYANAN: number;
            AKUNTABEL: number;
            KOMPETEN: number;
            HARMONIS: number;
            LOYAL: number;
            ADAPTIF: number;
            KOLABORATIF: number;
          };
          comment?: string;
        };
      };
    };
    responses: {
      /** @description Received */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            received: true;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  getFeedbackSummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        roundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            roundId: string;
            subject: {
              /** @enum {string} */
              kind: 'employee' | 'unit';
              id: string;
              name: string;
            };
            period: {
              start: string;
              end: string;
            };
            closesOn: string;
            /**
             * @description closed: today, in the tenant's time zone, is after closesOn
             * @enum {string}
             */
            status: 'open' | 'closed';
            minRaters: number;
            groups: (
              | {
                  /** @enum {string} */
                  relation: 'superior' | 'peer' | 'subordinate' | 'self';
                  /** @enum {string} */
                  status: 'shown';
                  raters: number;
                  averages: {
                    BERORIENTASI_PELAYANAN: number;
                    AKUNTABEL: number;
                    KOMPETEN: number;
                    HARMONIS: number;
                    LOYAL: number;
                    ADAPTIF: number;
                    KOLABORATIF: number;
                  };
                  overall: number;
                  comments: string[];
                }
              | {
                  /** @enum {string} */
                  relation: 'superior' | 'peer' | 'subordinate' | 'self';
                  /** @enum {string} */
                  status: 'not-enough-raters';
                }
            )[];
            overall: {
              raters: number;
              averages: {
                BERORIENTASI_PELAYANAN: number;
                AKUNTABEL: number;
                KOMPETEN: number;
                HARMONIS: number;
                LOYAL: number;
                ADAPTIF: number;
                KOLABORATIF: number;
              };
              overall: number;
            } | null;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  listPerformanceFollowUps: {
    parameters: {
      query: {
        /** @description The agency whose register it is: a tenant admin names one, an agency admin's is their own; other staff get their own rows, of this agency when named */
        agencyId?: string;
        /** @description The performance year whose annual predikats the register follows up */
        year: number;
        kind?: 'talent-pool' | 'coaching' | 'discipline-referral';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the register */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              employeeId: string;
              employeeName: string;
              nip: string | null;
              agencyId: string;
              unitId: string;
              unitName: string | null;
              year: number;
              /** @enum {string} */
              predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              /** @enum {string} */
              kind: 'talent-pool' | 'coaching' | 'discipline-referral';
              reasons: (
                | 'sangat-baik-consecutive'
                | 'butuh-perbaikan-or-worse'
                | 'kurang-or-sangat-kurang'
                | 'persistent-low-predikat'
              )[];
              years: number[];
              predikats: {
                year: number;
                /** @enum {string} */
                predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
              }[];
              appraiser: {
                id: string;
                name: string;
              } | null;
              current: boolean;
              /** @enum {string} */
              status: 'noted' | 'to-do' | 'planned' | 'in-progress' | 'referred' | 'decided';
              coachingPlan: {
                employeeId: string;
                employeeName: string;
                nip: string | null;
                agencyId: string;
                unitId: string;
                unitName: string | null;
                year: number;
                /** @enum {string} */
                predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                period: {
                  start: string;
                  end: string;
                };
                goals: string[];
                checkIns: {
                  date: string;
                  note: string | null;
                  /** @enum {string} */
                  status: 'planned' | 'held';
                  recordedByName: string | null;
                  recordedAt: string | null;
                }[];
                coach: {
                  id: string;
                  name: string;
                } | null;
                /** @enum {string} */
                status: 'planned' | 'in-progress';
                createdByName: string;
                createdAt: string;
                updatedAt: string;
                version: number;
              } | null;
              referral: {
                employeeId: string;
                employeeName: string;
                nip: string | null;
                agencyId: string;
                unitId: string;
                unitName: string | null;
                year: number;
                /** @enum {string} */
                predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
                reasons: (
                  | 'sangat-baik-consecutive'
                  | 'butuh-perbaikan-or-worse'
                  | 'kurang-or-sangat-kurang'
                  | 'persistent-low-predikat'
                )[];
                years: number[];
                note: string | null;
                referredByName: string;
                referredAt: string;
                outcome: {
                  /** @enum {string} */
                  outcome: 'no-violation' | 'light' | 'moderate' | 'severe' | 'withdrawn';
                  decidedOn: string;
                  note: string | null;
                  recordedByName: string;
                  recordedAt: string;
                } | null;
                /** @enum {string} */
                status: 'referred' | 'decided';
                version: number;
              } | null;
            }[];
            nextCursor: string | null;
            year: number;
            period: {
              start: string;
              end: string;
            };
            talentPoolYears: number;
            persistYears: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  createCoachingPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeId: string;
          period: {
            start: string;
            end: string;
          };
          goals: string[];
          /** @default [] */
          checkIns?: {
            /** Format: date */
            date: string;
            note?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The coaching plan */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            year: number;
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            period: {
              start: string;
              end: string;
            };
            goals: string[];
            checkIns: {
              date: string;
              note: string | null;
              /** @enum {string} */
              status: 'planned' | 'held';
              recordedByName: string | null;
              recordedAt: string | null;
            }[];
            coach: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'planned' | 'in-progress';
            createdByName: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recordCoachingCheckIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          date: string;
          note: string;
        };
      };
    };
    responses: {
      /** @description The coaching plan with the check-in */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            year: number;
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            period: {
              start: string;
              end: string;
            };
            goals: string[];
            checkIns: {
              date: string;
              note: string | null;
              /** @enum {string} */
              status: 'planned' | 'held';
              recordedByName: string | null;
              recordedAt: string | null;
            }[];
            coach: {
              id: string;
              name: string;
            } | null;
            /** @enum {string} */
            status: 'planned' | 'in-progress';
            createdByName: string;
            createdAt: string;
            updatedAt: string;
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recordDisciplineReferral: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeId: string;
          year: number;
          note?: string;
        };
      };
    };
    responses: {
      /** @description The referral */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            year: number;
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            reasons: (
              | 'sangat-baik-consecutive'
              | 'butuh-perbaikan-or-worse'
              | 'kurang-or-sangat-kurang'
              | 'persistent-low-predikat'
            )[];
            years: number[];
            note: string | null;
            referredByName: string;
            referredAt: string;
            outcome: {
              /** @enum {string} */
              outcome: 'no-violation' | 'light' | 'moderate' | 'severe' | 'withdrawn';
              decidedOn: string;
              note: string | null;
              recordedByName: string;
              recordedAt: string;
            } | null;
            /** @enum {string} */
            status: 'referred' | 'decided';
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  recordReferralOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        employeeId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'no-violation' | 'light' | 'moderate' | 'severe' | 'withdrawn';
          /** Format: date */
          decidedOn: string;
          note?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description The referral with its outcome */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            employeeId: string;
            employeeName: string;
            nip: string | null;
            agencyId: string;
            unitId: string;
            unitName: string | null;
            year: number;
            /** @enum {string} */
            predikat: 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
            reasons: (
              | 'sangat-baik-consecutive'
              | 'butuh-perbaikan-or-worse'
              | 'kurang-or-sangat-kurang'
              | 'persistent-low-predikat'
            )[];
            years: number[];
            note: string | null;
            referredByName: string;
            referredAt: string;
            outcome: {
              /** @enum {string} */
              outcome: 'no-violation' | 'light' | 'moderate' | 'severe' | 'withdrawn';
              decidedOn: string;
              note: string | null;
              recordedByName: string;
              recordedAt: string;
            } | null;
            /** @enum {string} */
            status: 'referred' | 'decided';
            version: number;
          };
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body over 1 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Request body of a media type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
  exportSkpReport: {
    parameters: {
      query: {
        /** @description A tenant admin names the agency; an agency admin's is their own */
        agencyId?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workbook with the sheets SKP, Predikat and Keterangan, headers in Bahasa Indonesia */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request (problem+json with field paths) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Missing or invalid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Forbidden or tenant suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description Conflict (duplicate or stale version) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The database did not answer in time (store-unavailable) or is throttling; retry later */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
              path: string;
              message: string;
            }[];
          };
        };
      };
    };
  };
}
