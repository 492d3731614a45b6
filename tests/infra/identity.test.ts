import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_ATTRIBUTES } from '../../infra/lib/identity-stack';
import { type Json, resources, single, synthFast, type Templates } from './support';

let t: Templates;
beforeAll(async () => {
  ({ templates: t } = await synthFast());
});

const customNames = CUSTOM_ATTRIBUTES.map((a) => `custom:${a}`);

/** The staff pool and its clients; the applicants' pool is in applicants.test.ts. */
const staffPool = (): [string, Json] =>
  single(
    resources(t.identity, 'AWS::Cognito::UserPool').filter(([id]) => id.startsWith('UserPool')),
    'staff user pool',
  );
const staffClients = () =>
  resources(t.identity, 'AWS::Cognito::UserPoolClient').filter(
    ([, c]) => c.Properties.UserPoolId.Ref === staffPool()[0],
  );

/**
 * Clients that could let a token holder set a custom attribute: either they list one in
 * WriteAttributes, or they omit WriteAttributes, which Cognito reads as "every writable attribute".
 */
function clientsWritingCustomAttributes(template: Template): string[] {
  return resources(template, 'AWS::Cognito::UserPoolClient')
    .filter(([, c]) => {
      const write: string[] | undefined = c.Properties.WriteAttributes;
      return write === undefined || write.some((a) => a.startsWith('custom:'));
    })
    .map(([id]) => id);
}

describe('identity stack', () => {
  it('has a user pool with admin-only sign-up, a strong password policy, optional MFA and threat protection', () => {
    const [, pool] = staffPool();
    const p = pool.Properties;
    expect(p.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(p.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(p.MfaConfiguration).toBe('OPTIONAL');
    expect(p.UserPoolTier).toBe('PLUS');
    expect(p.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(p.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('declares tenantId, role, agencyId and employeeId as mutable string custom attributes', () => {
    const [, pool] = staffPool();
    const custom = pool.Properties.Schema.filter((a: { Name: string }) =>
      CUSTOM_ATTRIBUTES.includes(a.Name as never),
    );
    expect(custom.map((a: Json) => [a.Name, a.AttributeDataType, a.Mutable])).toEqual(
      CUSTOM_ATTRIBUTES.map((name) => [name, 'String', true]),
    );
  });

  it('has one API client: admin password auth, no secret, 8 h id tokens, reads the custom attributes', () => {
    const clients = staffClients();
    expect(clients).toHaveLength(1);
    const p = clients[0]![1].Properties;
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(p.GenerateSecret).toBe(false);
    expect([p.IdTokenValidity, p.TokenValidityUnits.IdToken]).toEqual([480, 'minutes']);
    expect(p.ReadAttributes).toEqual(expect.arrayContaining(customNames));
  });

  it('lets no app client write a custom attribute', () => {
    const clients = resources(t.identity, 'AWS::Cognito::UserPoolClient');
    for (const [, c] of clients) expect(c.Properties.WriteAttributes).toEqual(['email', 'name']);
    expect(clientsWritingCustomAttributes(t.identity)).toEqual([]);
  });

  it('the write-attribute check catches both a listed custom attribute and an omitted list', () => {
    const stack = new Stack(new App(), 'Probe');
    const pool = new cognito.UserPool(stack, 'Pool', {
      customAttributes: { tenantId: new cognito.StringAttribute({ mutable: true }) },
    });
    pool.addClient('Safe', {
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
    });
    const writesCustom = pool.addClient('WritesCustom', {
      writeAttributes: new cognito.ClientAttributes().withCustomAttributes('tenantId'),
    });
    const omitsList = pool.addClient('OmitsList');
    const probe = Template.fromStack(stack);
    const id = (c: cognito.UserPoolClient) =>
      stack.getLogicalId(c.node.defaultChild as cognito.CfnUserPoolClient);
    expect(clientsWritingCustomAttributes(probe).sort()).toEqual([id(omitsList), id(writesCustom)].sort());
  });
});
