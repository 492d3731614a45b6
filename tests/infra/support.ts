import { Template } from 'aws-cdk-lib/assertions';
import { type BuildOptions, buildApp, type PamongApp } from '../../infra/lib/app';
import type { RouteSpec } from '../../infra/lib/functions';

export type StackName = keyof PamongApp['stacks'];
export type Templates = Record<StackName, Template>;

/** CloudFormation JSON, untyped by nature. */
export type Json = any;

/** The whole app without esbuild and without the SPA upload unless asked: a few seconds. */
export async function synthFast(options: BuildOptions = {}): Promise<PamongApp & { templates: Templates }> {
  const built = await buildApp({
    skipBundling: true,
    webDistDir: null,
    ...options,
    context: { region: 'ap-southeast-3', ...options.context },
  });
  const templates = Object.fromEntries(
    Object.entries(built.stacks).map(([name, stack]) => [name, Template.fromStack(stack)]),
  ) as Templates;
  return { ...built, templates };
}

export function resources(template: Template, type: string): [string, Json][] {
  return Object.entries(template.findResources(type));
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Statements of every AWS::IAM::Policy attached to the role with this logical id. */
export function statementsOfRole(template: Template, roleLogicalId: string): Json[] {
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, p]) => asArray(p.Properties.Roles).some((r: Json) => r.Ref === roleLogicalId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}

export const actionsOf = (statement: Json): string[] => asArray(statement.Action);

/** The one element of `items`; throws (failing the test) when there are none or several. */
export function single<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what}, found ${items.length}`);
  return items[0]!;
}

export const only = (template: Template, type: string): [string, Json] =>
  single(resources(template, type), type);

/** The identity stack's pool an authorizer's issuer names, through the cross-stack reference. */
const issuerPool = (issuer: Json): string | undefined =>
  /Ref(UserPool|ApplicantPool)[0-9A-F]{8}/.exec(JSON.stringify(issuer ?? null))?.[1];

/**
 * The api stack's JWT authorizers, told apart by the pool their issuer names: `staff` trusts the
 * staff pool (`UserPool`), `applicants` the applicant pool. Throws when either is missing or doubled.
 */
export function jwtAuthorizers(template: Template): { staff: [string, Json]; applicants: [string, Json] } {
  const all = resources(template, 'AWS::ApiGatewayV2::Authorizer');
  const ofPool = (pool: string) =>
    single(
      all.filter(([, a]) => issuerPool(a.Properties.JwtConfiguration?.Issuer) === pool),
      `authorizer trusting ${pool}`,
    );
  return { staff: ofPool('UserPool'), applicants: ofPool('ApplicantPool') };
}

/** A route's `[AuthorizationType, AuthorizerId]` from its Properties, `NONE` when left out. */
export const authorizationOf = (properties: Json): [string, Json] => [
  properties.AuthorizationType ?? 'NONE',
  properties.AuthorizerId,
];

/**
 * What the gateway should check on the routes of a manifest prefix (RouteSpec.tokens): nothing when
 * public or `both` (the function verifies either pool's token), else the JWT authorizer of the pool.
 */
export function authorizationFor(
  route: RouteSpec,
  ids: { staff: string; applicants: string },
): [string, Json] {
  if (route.public) return ['NONE', undefined];
  const tokens = route.tokens ?? 'staff';
  if (tokens === 'both') return ['NONE', undefined];
  return ['JWT', { Ref: tokens === 'applicants' ? ids.applicants : ids.staff }];
}
