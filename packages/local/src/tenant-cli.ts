/**
 * `npm run tenant -- <command>`: the platform admin's tenant actions from the command line.
 * It talks to the running local server's API (`npm start`), as the platform admin, so every
 * change goes through the same validation, guards and audit as in the web app.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, PLATFORM_ADMIN } from './demo-data';
import { describeProblem } from './problem-text';

export const TENANT_USAGE = `Usage: npm run tenant -- <command> [options]

Commands:
  list                       list all tenants
  create --slug S --name "N" --level provinsi|kabupaten|kota --bps CODE [--tz Asia/Jakarta]
         --admin-username U --admin-name "N" --admin-password P [--admin-email E]
                             create a tenant and its first tenant admin
  suspend <slug>             suspend a tenant: every request to it gets 403
  reactivate <slug>          reactivate a suspended tenant

Connection (the server started by npm start):
  --url URL                  default http://127.0.0.1:$PORT (PORT defaults to 3000)
  PAMONG_PLATFORM_USER, PAMONG_PLATFORM_PASSWORD
                             the platform admin to act as (default: the demo platform.admin)`;

interface Tenant {
  id: string;
  slug: string;
  name: string;
  level: string;
  bpsCode: string;
  timeZone: string;
  status: string;
  version: number;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

class CliError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Runs one command; returns the exit code. Never throws for a user's mistake. */
export async function runTenantCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${TENANT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.out : io.err)(TENANT_USAGE);
    return values.help ? 0 : 2;
  }
  const baseUrl = (values.url ?? `http://127.0.0.1:${io.env.PORT || '3000'}`).replace(/\/+$/, '');
  const client = new PlatformClient(baseUrl, io.env);
  try {
    switch (command) {
      case 'list': {
        expectArgs(command, rest, 0);
        printTenants(io, await client.listTenants());
        return 0;
      }
      case 'create': {
        expectArgs(command, rest, 0);
        const tenant = await client.send<Tenant>('POST', '/v1/platform/tenants', createBody(values));
        io.out(`Created tenant ${tenant.slug} (${tenant.name}), id ${tenant.id}.`);
        io.out(
          `Its tenant admin logs in with tenant "${tenant.slug}" and username "${values['admin-username']}".`,
        );
        return 0;
      }
      case 'suspend':
      case 'reactivate': {
        expectArgs(command, rest, 1);
        const slug = rest[0]!;
        const tenant = (await client.listTenants()).find((t) => t.slug === slug);
        if (!tenant) throw new CliError(`No tenant has the slug "${slug}". See: npm run tenant -- list`);
        const want = command === 'suspend' ? 'suspended' : 'active';
        if (tenant.status === want) {
          io.out(`Tenant ${slug} is already ${want}; nothing to do.`);
          return 0;
        }
        const after = await client.send<Tenant>('POST', `/v1/platform/tenants/${tenant.id}/${command}`, {
          version: tenant.version,
        });
        io.out(`Tenant ${after.slug} is now ${after.status}.`);
        return 0;
      }
      default:
        throw new CliError(`Unknown command "${command}".\n\n${TENANT_USAGE}`);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      level: { type: 'string' },
      bps: { type: 'string' },
      tz: { type: 'string', default: 'Asia/Jakarta' },
      'admin-username': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-password': { type: 'string' },
      'admin-email': { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function expectArgs(command: string, rest: string[], n: number) {
  if (rest.length !== n) {
    throw new CliError(
      n === 0
        ? `"${command}" takes no arguments besides options, got: ${rest.join(' ')}`
        : `"${command}" needs exactly one tenant slug, e.g. npm run tenant -- ${command} palembang`,
    );
  }
}

/** Checks presence only; the API validates the values and its field errors are printed as they are. */
function createBody(values: ReturnType<typeof parse>['values']) {
  const required = [
    'slug',
    'name',
    'level',
    'bps',
    'admin-username',
    'admin-name',
    'admin-password',
  ] as const;
  const missing = required.filter((k) => !values[k]);
  if (missing.length > 0) throw new CliError(`create needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  return {
    slug: values.slug,
    name: values.name,
    level: values.level,
    bpsCode: values.bps,
    timeZone: values.tz,
    firstAdmin: {
      username: values['admin-username'],
      name: values['admin-name'],
      password: values['admin-password'],
      ...(values['admin-email'] ? { email: values['admin-email'] } : {}),
    },
  };
}

function printTenants(io: CliIo, tenants: Tenant[]) {
  if (tenants.length === 0) {
    io.out('No tenants yet.');
    return;
  }
  const header = ['slug', 'name', 'level', 'bps', 'time zone', 'status', 'id'];
  const rows = tenants.map((t) => [t.slug, t.name, t.level, t.bpsCode, t.timeZone, t.status, t.id]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  io.out(line(header));
  for (const r of rows) io.out(line(r));
}

class PlatformClient {
  private token: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly env: CliIo['env'],
  ) {}

  async listTenants(): Promise<Tenant[]> {
    const all: Tenant[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
      const page: { items: Tenant[]; nextCursor: string | null } = await this.send(
        'GET',
        `/v1/platform/tenants?${q}`,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    this.token ??= await this.login();
    return this.request<T>(method, path, body, this.token);
  }

  private async login(): Promise<string> {
    const username = this.env.PAMONG_PLATFORM_USER || PLATFORM_ADMIN.username;
    const password = this.env.PAMONG_PLATFORM_PASSWORD || DEMO_PASSWORD;
    try {
      const res = await this.request<{ token: string }>('POST', '/v1/auth/login', {
        tenant: 'platform',
        username,
        password,
      });
      return res.token;
    } catch (err) {
      if (err instanceof CliError && err.status === 401) {
        throw new CliError(
          `Could not log in as platform admin "${username}". Set PAMONG_PLATFORM_USER and PAMONG_PLATFORM_PASSWORD. (${err.message})`,
        );
      }
      throw err;
    }
  }

  private async request<T>(method: string, path: string, body: unknown, token?: string): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      throw new CliError(
        `No Pamong server answers at ${this.baseUrl}. Start it first with \`npm start\` (or pass --url / set PORT to where it runs).`,
      );
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text for the message.
    }
    if (!res.ok)
      throw new CliError(`${method} ${path} failed: ${describeProblem(res.status, parsed)}`, res.status);
    return parsed as T;
  }
}

// Run only as the entry point, so tests can import runTenantCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runTenantCli(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    env: process.env,
  }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
