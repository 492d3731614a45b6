import { Aws, Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

/**
 * The item actions a request may use. TransactWriteItems/TransactGetItems need no action of their own:
 * IAM checks each item in them against these. The table-wide scan action is absent on purpose: it has no
 * leading key, and a `ForAllValues` condition on a missing key would let it through.
 */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:BatchWriteItem',
];

export const PLATFORM_LEADING_KEYS = 'PLATFORM#*';
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, filled in by IAM per session.
export const TENANT_LEADING_KEYS = 'T#${aws:PrincipalTag/tenantId}#*';

/** Item access to the table and its indexes, limited to partitions whose key matches `leadingKeys`. */
export function tableItemAccess(table: dynamodb.ITable, leadingKeys: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: TABLE_ITEM_ACTIONS,
    resources: [table.tableArn, `${table.tableArn}/index/*`],
    conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [leadingKeys] } },
  });
}

/** What DynamoDB needs from the caller to read and write a table encrypted with our key. */
export function tableKeyUse(key: kms.IKey): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: [
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'kms:GenerateDataKeyWithoutPlaintext',
      'kms:ReEncryptFrom',
      'kms:ReEncryptTo',
    ],
    resources: [key.keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Aws.REGION}.${Aws.URL_SUFFIX}` } },
  });
}

export const INDEX_WILDCARD_SUPPRESSION = {
  id: 'AwsSolutions-IAM5',
  reason:
    'Queries run on the GSIs (table/index/*); every statement on them is bounded by a dynamodb:LeadingKeys condition.',
  appliesTo: [{ regex: '/^Resource::.*\\/index\\/\\*$/g' }],
};

export interface TenantAccessRoleProps {
  table: dynamodb.ITable;
  tableKey: kms.IKey;
  /** The function roles; nobody else may assume the tenant-access role. */
  trustedRoles: iam.IRole[];
}

/**
 * Section 6: per request, a function assumes this role with the session tag `tenantId`, and IAM
 * keeps every item it touches under `T#<that tenant>#`.
 */
export class TenantAccessRole extends Construct {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: TenantAccessRoleProps) {
    super(scope, id);
    const trusted = new iam.CompositePrincipal(
      ...props.trustedRoles.map((r) => new iam.ArnPrincipal(r.roleArn)),
    );
    this.role = new iam.Role(this, 'Role', {
      description: 'Assumed per request with session tag tenantId; reaches only T#<tenantId>#* items',
      assumedBy: new iam.SessionTagsPrincipal(trusted).withConditions({
        StringLike: { 'aws:RequestTag/tenantId': '?*' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['tenantId'] },
      }),
      maxSessionDuration: Duration.hours(1),
    });
    this.role.addToPolicy(tableItemAccess(props.table, TENANT_LEADING_KEYS));
    this.role.addToPolicy(tableKeyUse(props.tableKey));
    NagSuppressions.addResourceSuppressions(this.role, [INDEX_WILDCARD_SUPPRESSION], true);
  }
}
