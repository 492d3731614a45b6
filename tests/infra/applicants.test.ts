import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_ACCOUNT_FUNCTIONS, APPLICANT_ADMIN_ACTIONS } from '../../infra/lib/api-stack';
import { REPO_ROOT } from '../../infra/lib/app';
import { discoverFunctions } from '../../infra/lib/functions';
import {
  actionsOf,
  asArray,
  authorizationOf,
  type Json,
  jwtAuthorizers,
  resources,
  single,
  statementsOfRole,
  synthFast,
  type Templates,
} from './support';

/** Issue 12 §1: applicants in a pool of their own, its client's secret for two functions only. */

// Under the repository (in the ignored .pamong/): the CDK wants every entry under its project root.
mkdirSync(join(REPO_ROOT, '.pamong'), { recursive: true });
const scratch = mkdtempSync(join(REPO_ROOT, '.pamong', 'infra-applicants-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const applicantPool = (tpl: Templates = t): [string, Json] =>
  single(
    resources(tpl.identity, 'AWS::Cognito::UserPool').filter(([id]) => id.startsWith('ApplicantPool')),
    'applicant pool',
  );
const applicantClient = (): [string, Json] =>
  single(
    resources(t.identity, 'AWS::Cognito::UserPoolClient').filter(
      ([, c]) => c.Properties.UserPoolId.Ref === applicantPool()[0],
    ),
    'applicant pool client',
  );
/** A cross-stack reference (Fn::GetStackOutput / ImportValue) names the logical id it exports. */
const names = (value: Json, logicalIdPrefix: string) => JSON.stringify(value).includes(logicalIdPrefix);

const lambdas = () => resources(t.api, 'AWS::Lambda::Function');
const serviceOf = (fn: Json): string => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME;
const roleOf = (fn: Json): string => fn.Properties.Role['Fn::GetAtt'][0];
const accountFunctions = APPLICANT_ACCOUNT_FUNCTIONS.map((n) => `pamong-${n}`);

describe('identity stack: the applicant pool', () => {
  it('is a second pool beside the staff pool', () => {
    const pools = resources(t.identity, 'AWS::Cognito::UserPool').map(([id]) => id);
    expect(pools).toHaveLength(2);
    expect(pools.filter((id) => id.startsWith('UserPool'))).toHaveLength(1);
  });

  it('lets applicants sign up and verifies the email with a code, in Indonesian', () => {
    const p = applicantPool()[1].Properties;
    expect(p.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    expect(p.UsernameAttributes).toBeUndefined(); // the username itself, not the email
    expect(p.AliasAttributes).toBeUndefined();
    expect(p.UsernameConfiguration).toEqual({ CaseSensitive: true });
    expect(p.AutoVerifiedAttributes).toEqual(['email']);
    const template = p.VerificationMessageTemplate;
    expect(template.DefaultEmailOption).toBe('CONFIRM_WITH_CODE');
    expect(template.EmailSubject).toBe('Kode verifikasi Pamong');
    expect(template.EmailMessage).toContain('{####}');
    expect(template.EmailMessage).toMatch(/verifikasi/);
  });

  it('sends with Cognito’s own sender in dev only; any other stage must name an SES sender', async () => {
    // dev (what every other test synthesizes): Cognito's sender, 50 messages a day.
    expect(applicantPool()[1].Properties.EmailConfiguration).toBeUndefined();
    await expect(synthFast({ context: { stage: 'prod' } })).rejects.toThrow(
      /context applicantEmailFrom is required for stage "prod".*50 messages a day/,
    );
    await expect(
      synthFast({ context: { stage: 'prod', applicantEmailFrom: 'rekrutmen at bkd' } }),
    ).rejects.toThrow(/not an email address/);

    const { templates } = await synthFast({
      context: {
        stage: 'prod',
        applicantEmailFrom: 'rekrutmen@bkd.lampungprov.go.id',
        applicantEmailDomain: 'bkd.lampungprov.go.id',
        applicantEmailReplyTo: 'helpdesk@bkd.lampungprov.go.id',
      },
    });
    const email = applicantPool(templates)[1].Properties.EmailConfiguration;
    expect(email).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Pamong <rekrutmen@bkd.lampungprov.go.id>',
      ReplyToEmailAddress: 'helpdesk@bkd.lampungprov.go.id',
    });
    expect(JSON.stringify(email.SourceArn)).toContain(':ses:ap-southeast-3:');
    expect(JSON.stringify(email.SourceArn)).toContain('identity/bkd.lampungprov.go.id');
    // The staff pool sends nothing (its admins reset passwords): it stays as it was.
    const staff = resources(templates.identity, 'AWS::Cognito::UserPool').find(([id]) =>
      id.startsWith('UserPool'),
    );
    expect(staff?.[1].Properties.EmailConfiguration).toBeUndefined();
  }, 120_000);

  it('asks a password of at least 10 characters, recovers by email, and is never deleted with the stack', () => {
    const [, pool] = applicantPool();
    const p = pool.Properties;
    expect(p.Policies.PasswordPolicy.MinimumLength).toBe(10);
    expect(p.AccountRecoverySetting).toEqual({
      RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
    });
    expect(p.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.UpdateReplacePolicy).toBe('Retain');
  });

  it('has no custom attribute: nothing in an applicant token can name a tenant attribute or a role', () => {
    const schema: Json[] = applicantPool()[1].Properties.Schema ?? [];
    expect(
      schema.filter(
        (a) =>
          a.Name.startsWith('custom:') ||
          (a.AttributeDataType === 'String' && !['email', 'name'].includes(a.Name)),
      ),
    ).toEqual([]);
    expect(schema.map((a) => [a.Name, a.Required])).toEqual([
      ['email', true],
      ['name', true],
    ]);
  });

  it('has one app client: with a secret, admin password auth only, email and name only', () => {
    const p = applicantClient()[1].Properties;
    expect(p.GenerateSecret).toBe(true);
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(p.PreventUserExistenceErrors).toBe('ENABLED');
    expect(p.ReadAttributes).toEqual(['email', 'name']);
    expect(p.WriteAttributes).toEqual(['email', 'name']);
    expect(p.AllowedOAuthFlowsUserPoolClient).not.toBe(true);
  });

  it("keeps the client's secret in Secrets Manager, straight from the client (no value in the template)", () => {
    const [, secret] = single(
      resources(t.identity, 'AWS::SecretsManager::Secret').filter(([id]) =>
        id.startsWith('ApplicantClientSecret'),
      ),
      'applicant client secret',
    );
    const value = secret.Properties.SecretString;
    expect(value['Fn::GetAtt'][1]).toBe('UserPoolClient.ClientSecret');
    const [, describe] = single(
      Object.entries<Json>(t.identity.toJSON().Resources).filter(([id]) => id === value['Fn::GetAtt'][0]),
      'DescribeUserPoolClient custom resource',
    );
    const create = JSON.parse(JSON.stringify(describe.Properties.Create));
    expect(JSON.stringify(create)).toContain('describeUserPoolClient');
    expect(secret.Properties.GenerateSecretString).toBeUndefined();
  });
});

describe('api stack: the applicant pool in the functions', () => {
  it('gives every function the applicant pool and client id (each verifies applicant tokens)', () => {
    expect(lambdas().length).toBeGreaterThan(2);
    for (const [, fn] of lambdas()) {
      const env = fn.Properties.Environment.Variables;
      expect(names(env.APPLICANT_POOL_ID, 'ApplicantPool'), serviceOf(fn)).toBe(true);
      expect(names(env.APPLICANT_POOL_CLIENT_ID, 'ApplicantClient'), serviceOf(fn)).toBe(true);
    }
  });

  it("gives the client secret's ARN to platform and recruitment only", () => {
    const holders = lambdas()
      .filter(([, fn]) => fn.Properties.Environment.Variables.APPLICANT_CLIENT_SECRET_ARN !== undefined)
      .map(([, fn]) => serviceOf(fn));
    expect(holders.sort()).toEqual([...accountFunctions].sort());
    for (const [, fn] of lambdas().filter(([, f]) => holders.includes(serviceOf(f)))) {
      expect(
        names(fn.Properties.Environment.Variables.APPLICANT_CLIENT_SECRET_ARN, 'ApplicantClientSecret'),
      ).toBe(true);
    }
  });

  it('lets only their roles read the secret and call AdminInitiateAuth/AdminDeleteUser on the applicant pool', () => {
    // A worker shares its function's role: the role is named after the function.
    const roles = new Map(lambdas().map(([, fn]) => [roleOf(fn), serviceOf(fn).replace(/-worker$/, '')]));
    expect(roles.size).toBeGreaterThan(2);
    for (const [roleId, service] of roles) {
      const statements = statementsOfRole(t.api, roleId);
      const onPool = statements.filter((s) => names(s.Resource, 'ApplicantPool'));
      const readsSecret = statements.filter((s) =>
        asArray(s.Resource).some((r: Json) => names(r, 'ApplicantClientSecret')),
      );
      if (accountFunctions.includes(service)) {
        expect(
          onPool.map((s) => [actionsOf(s).sort(), s.Effect]),
          service,
        ).toEqual([[[...APPLICANT_ADMIN_ACTIONS].sort(), 'Allow']]);
        expect(asArray(onPool[0].Resource)).toHaveLength(1);
        expect(readsSecret.flatMap(actionsOf).sort(), service).toEqual([
          'secretsmanager:DescribeSecret',
          'secretsmanager:GetSecretValue',
        ]);
      } else {
        expect(onPool, service).toEqual([]);
        expect(readsSecret, service).toEqual([]);
      }
    }
  });

  it('grants nothing more on the applicant pool anywhere in the api stack', () => {
    const all = resources(t.api, 'AWS::IAM::Policy').flatMap(
      ([, p]) => p.Properties.PolicyDocument.Statement,
    );
    const actions = all.filter((s) => names(s.Resource, 'ApplicantPool')).flatMap(actionsOf);
    expect(new Set(actions)).toEqual(new Set(APPLICANT_ADMIN_ACTIONS));
    expect(all.flatMap(actionsOf).filter((a) => a.startsWith('cognito-idp:') && a.includes('*'))).toEqual([]);
  });
});

/** A functions folder of one function with these routes, for the route-level token choice. */
function functionsDir(label: string, name: string, routes: string): string {
  const dir = join(scratch, label, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'handler.ts'), 'export const handler = async () => ({ statusCode: 200 });\n');
  writeFileSync(
    join(dir, 'manifest.ts'),
    `export const manifest = { name: '${name}', routes: ${routes} };\n`,
  );
  return join(scratch, label);
}

describe('api stack: whose tokens a route takes', () => {
  const ROUTES = `[
    { path: '/v1/staff-only', public: false },
    { path: '/v1/staff-only/mine', public: false, tokens: 'applicants' },
    { path: '/v1/applicant-only', public: false, tokens: 'applicants' },
    { path: '/v1/shared', public: false, tokens: 'both' },
    { path: '/v1/public/{tenant}/open', public: true },
  ]`;

  it('staff routes keep the staff authorizer, applicant-only routes get the applicant pool, shared routes none', async () => {
    const { templates } = await synthFast({ functionsDir: functionsDir('tokens', 'recruitment', ROUTES) });
    expect(resources(templates.api, 'AWS::ApiGatewayV2::Authorizer')).toHaveLength(2);
    const {
      staff: [staffId],
      applicants: [applicantId, applicant],
    } = jwtAuthorizers(templates.api);
    expect(JSON.stringify(applicant.Properties.JwtConfiguration.Issuer)).toContain(
      'https://cognito-idp.ap-southeast-3.amazonaws.com/',
    );
    expect(names(applicant.Properties.JwtConfiguration.Audience, 'ApplicantClient')).toBe(true);

    const routes = new Map(
      resources(templates.api, 'AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey, r]),
    );
    const auth = (key: string) => {
      const r = routes.get(key);
      expect(r, key).toBeDefined();
      return authorizationOf(r.Properties);
    };
    for (const suffix of ['', '/{proxy+}']) {
      expect(auth(`ANY /v1/staff-only${suffix}`)).toEqual(['JWT', { Ref: staffId }]);
      // Nested in a staff prefix of the same function: its own authorizer, not its parent's.
      expect(auth(`ANY /v1/staff-only/mine${suffix}`)).toEqual(['JWT', { Ref: applicantId }]);
      expect(auth(`ANY /v1/applicant-only${suffix}`)).toEqual(['JWT', { Ref: applicantId }]);
      expect(auth(`ANY /v1/shared${suffix}`)).toEqual(['NONE', undefined]);
      expect(auth(`ANY /v1/public/{tenant}/open${suffix}`)).toEqual(['NONE', undefined]);
      const shared = routes.get(`ANY /v1/shared${suffix}`);
      expect(shared.Metadata.cdk_nag.rules_to_suppress.map((r: Json) => r.id)).toEqual([
        'AwsSolutions-APIG4',
      ]);
    }
  });

  it('the real manifests use both authorizers: the applicant one on /v1/recruitment/me only, the staff one on the staff routes', () => {
    expect(resources(t.api, 'AWS::ApiGatewayV2::Authorizer')).toHaveLength(2);
    const { staff, applicants } = jwtAuthorizers(t.api);
    const routes = resources(t.api, 'AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    const keysWith = (authorizerId: string) =>
      routes
        .filter((r) => r.AuthorizerId?.Ref === authorizerId)
        .map((r) => r.RouteKey)
        .sort();
    expect(keysWith(applicants[0])).toEqual(['ANY /v1/recruitment/me', 'ANY /v1/recruitment/me/{proxy+}']);
    const staffKeys = keysWith(staff[0]);
    expect(staffKeys).toContain('ANY /v1/recruitment/{proxy+}');
    expect(staffKeys).toContain('ANY /v1/users/{proxy+}');
    // Every other route is open at the gateway: nothing uses a third authorizer, or a JWT one unnamed.
    const rest = routes.filter(
      (r) => !staffKeys.includes(r.RouteKey) && !keysWith(applicants[0]).includes(r.RouteKey),
    );
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) expect(authorizationOf(r), r.RouteKey).toEqual(['NONE', undefined]);
  });

  it('refuses tokens on a public route and an unknown tokens value', async () => {
    await expect(
      discoverFunctions(
        functionsDir('public-tokens', 'fn', `[{ path: '/v1/x', public: true, tokens: 'applicants' }]`),
      ),
    ).rejects.toThrow('tokens must be one of staff, applicants, both');
    await expect(
      discoverFunctions(
        functionsDir('bad-tokens', 'fn', `[{ path: '/v1/x', public: false, tokens: 'anyone' }]`),
      ),
    ).rejects.toThrow('tokens must be one of');
    const ok = await discoverFunctions(
      functionsDir(
        'ok-tokens',
        'fn',
        `[{ path: '/v1/x', public: false, tokens: 'both' }, { path: '/v1/y', public: false }]`,
      ),
    );
    expect(ok[0]!.routes).toEqual([
      { path: '/v1/x', public: false, tokens: 'both' },
      { path: '/v1/y', public: false },
    ]);
  });
});
