import {
  ADMIN_ROLES,
  type Claims,
  conflict,
  createImportResultSchema,
  createImportSchema,
  forbidden,
  importJobSchema,
  importTemplateQuerySchema,
  listImportJobsQuerySchema,
  notFound,
  pageOf,
} from '@pamong/core';
import type { Store } from '@pamong/db';
import * as orgRepo from '@pamong/db/repos/org';
import * as importsRepo from '@pamong/db/repos/personnel/imports';
import {
  type AppDeps,
  DocumentNotFoundError,
  defineRoute,
  documentsOf,
  enqueueOrRelease,
  idParam,
  jsonBody,
  jsonContent,
  type RouteApp,
  type TaskQueue,
  tasksOf,
} from '@pamong/http';
import * as z from 'zod';
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  type TemplateAgency,
  XLSX_CONTENT_TYPE,
} from '../import-workbooks';

const tags = ['personnel'];
const jobParam = idParam('jobId');
const routes = {
  getImportTemplate: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/imports/template',
    operationId: 'getImportTemplate',
    summary: 'The employee import template (XLSX with instructions and agency names, or CSV header)',
    tags,
    request: { query: importTemplateQuerySchema },
    responses: {
      200: {
        description: 'XLSX with the sheets Pegawai, Petunjuk and Perangkat Daerah, or a CSV header line',
        content: {
          [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
          'text/csv': { schema: z.string() },
        },
      },
    },
  }),
  importEmployees: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/personnel/imports',
    operationId: 'importEmployees',
    summary: 'Create an import job and get the URL to upload its file to',
    tags,
    request: jsonBody(createImportSchema),
    responses: { 201: jsonContent(createImportResultSchema, 'The job and where to PUT the file') },
  }),
  startImportJob: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/personnel/imports/{jobId}/start',
    operationId: 'startImportJob',
    summary:
      'Start, re-run or continue an import after its file is uploaded (409 while a run holds its lease); poll getImportJob for progress',
    tags,
    request: { params: jobParam },
    responses: { 202: jsonContent(importJobSchema, 'The job, queued') },
  }),
  getImportJob: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/imports/{jobId}',
    operationId: 'getImportJob',
    summary:
      'An import job: status (interrupted once a run stopped renewing its lease), progress counts and the invalid rows',
    tags,
    request: { params: jobParam },
    responses: { 200: jsonContent(importJobSchema, 'The job') },
  }),
  listImportJobs: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/imports',
    operationId: 'listImportJobs',
    summary: 'Import jobs, newest first (agency admins: their own agency)',
    tags,
    request: { query: listImportJobsQuerySchema },
    responses: { 200: jsonContent(pageOf(importJobSchema), 'A page of jobs') },
  }),
};

/** An agency admin's jobs belong to their agency; a tenant admin's to the whole tenant (null). */
function agencyScope(claims: Claims): string | null {
  if (claims.role !== 'agency-admin') return null;
  if (!claims.agencyId) throw forbidden('This agency admin account is not attached to an agency.');
  return claims.agencyId;
}

/** A job of another agency is "not found" to an agency admin, as one of another tenant is to everyone. */
async function visibleJob(store: Store, claims: Claims, jobId: string, consistent = false) {
  const job = await importsRepo.getImportJob(store, claims.tenantId, jobId, consistent);
  const scope = agencyScope(claims);
  if (scope && job.agencyId !== scope) throw notFound('Import job');
  return job;
}

async function templateAgencies(store: Store, claims: Claims): Promise<TemplateAgency[]> {
  const scope = agencyScope(claims);
  const page = await orgRepo.listAgencies(store, claims.tenantId, { limit: 100 });
  const agencies = page.items.filter((a) => a.status === 'active' && (!scope || a.id === scope));
  return Promise.all(
    agencies.map(async (a) => {
      const units = await orgRepo
        .listUnits(store, claims.tenantId, a.id, { limit: 100 })
        .catch(() => ({ items: [] }));
      return {
        id: a.id,
        name: a.name,
        code: a.code ?? null,
        units: units.items.filter((u) => u.status === 'active').map((u) => ({ id: u.id, name: u.name })),
      };
    }),
  );
}

const EMPTY_PROGRESS = {
  total: 0,
  unchanged: 0,
  invalid: 0,
  errors: [],
  errorCount: 0,
};

/**
 * Hands the run to the worker (its own async invocation in AWS, this process locally). When that
 * fails the run is marked failed, so the job can be started again at once instead of looking busy
 * until its queue lease lapses, and the client gets a 503 to retry.
 */
async function enqueueRun(
  deps: AppDeps,
  tasks: TaskQueue,
  store: Store,
  tenantId: string,
  job: importsRepo.StoredImportJob,
) {
  await enqueueOrRelease(deps, tasks, { pamongTask: 'importEmployees', tenantId, jobId: job.id }, () =>
    importsRepo.writeProgress(
      store,
      tenantId,
      job.id,
      job.runId!,
      { status: 'failed', ...EMPTY_PROGRESS, failure: 'Impor belum dapat dimulai. Coba mulai lagi.' },
      deps.now(),
    ),
  );
}

export function importRoutes(app: RouteApp) {
  app.openapi(routes.getImportTemplate, async (c) => {
    const { format } = c.req.valid('query');
    const headers = { 'cache-control': 'private, no-store' };
    if (format === 'csv')
      return c.body(buildTemplateCsv() as Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="template-impor-pegawai.csv"',
      });
    const bytes = await buildTemplateXlsx(await templateAgencies(c.var.store, c.var.claims));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': 'attachment; filename="template-impor-pegawai.xlsx"',
    });
  });

  app.openapi(routes.importEmployees, async (c) => {
    const documents = documentsOf(c.var.deps);
    const claims = c.var.claims;
    const job = await importsRepo.createImportJob(c.var.store, c.var.actor, c.req.valid('json'), {
      agencyId: agencyScope(claims),
      now: c.var.deps.now(),
    });
    const upload = await documents.createUpload(job.documentKey, importsRepo.importContentType(job.format));
    return c.json({ job: importsRepo.publicJob(job, c.var.deps.now()), upload }, 201);
  });

  app.openapi(routes.startImportJob, async (c) => {
    const { deps } = c.var;
    const documents = documentsOf(deps);
    const tasks = tasksOf(deps);
    const claims = c.var.claims;
    const job = await visibleJob(c.var.store, claims, c.req.valid('param').jobId, true);
    // A run holding a live lease keeps the job; a lapsed one (interrupted) is continued at once.
    if (!importsRepo.canStart(job, deps.now())) throw conflict('The import is already running.');
    await documents.get(job.documentKey).catch((err: unknown) => {
      if (err instanceof DocumentNotFoundError)
        throw conflict('The file has not been uploaded yet. PUT it to the upload URL first.');
      throw err;
    });
    const started = await importsRepo.startImportJob(c.var.store, c.var.actor, job, deps.now());
    await enqueueRun(deps, tasks, c.var.store, claims.tenantId, started);
    return c.json(importsRepo.publicJob(started, deps.now()), 202);
  });

  app.openapi(routes.getImportJob, async (c) =>
    c.json(
      importsRepo.publicJob(
        await visibleJob(c.var.store, c.var.claims, c.req.valid('param').jobId),
        c.var.deps.now(),
      ),
      200,
    ),
  );

  app.openapi(routes.listImportJobs, async (c) => {
    const claims = c.var.claims;
    const scope = agencyScope(claims);
    const page = await importsRepo.listImportJobs(c.var.store, claims.tenantId, {
      ...c.req.valid('query'),
      ...(scope ? { agencyId: scope } : {}),
    });
    const now = c.var.deps.now();
    return c.json(
      { items: page.items.map((j) => importsRepo.publicJob(j, now)), nextCursor: page.nextCursor },
      200,
    );
  });
}
