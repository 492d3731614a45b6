import { Template } from 'aws-cdk-lib/assertions';
import { type BuildOptions, buildApp, type PamongApp } from '../../infra/lib/app';

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
