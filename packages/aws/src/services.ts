import { type AwsCallOptions, awsJsonClient, awsQueryClient, xmlText } from './call';

type ServiceOptions = Omit<AwsCallOptions, 'service' | 'endpointId'>;

/** Secrets Manager's GetSecretValue: the secret's string (a binary secret is refused). */
export function createSecretReader(opts: ServiceOptions): (secretId: string) => Promise<string> {
  const call = awsJsonClient({
    ...opts,
    service: 'secretsmanager',
    endpointId: 'SECRETS_MANAGER',
    targetPrefix: 'secretsmanager',
    jsonVersion: '1.1',
  });
  return async (secretId) => {
    const out = await call<{ SecretString?: string }>('GetSecretValue', { SecretId: secretId });
    if (!out.SecretString) throw new Error(`the secret ${secretId} has no string value`);
    return out.SecretString;
  };
}

export interface AssumeRoleInput {
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  /** Session tags, in order. */
  tags?: Record<string, string>;
  transitiveTagKeys?: string[];
}

export interface AssumedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type AssumeRole = (input: AssumeRoleInput) => Promise<AssumedCredentials>;

/** STS AssumeRole at the region's STS endpoint (as the SDK's STS client calls it). */
export function createAssumeRole(opts: ServiceOptions): AssumeRole {
  const call = awsQueryClient({ ...opts, service: 'sts', endpointId: 'STS', version: '2011-06-15' });
  return async (input) => {
    const params: Record<string, string | number> = {
      RoleArn: input.roleArn,
      RoleSessionName: input.sessionName,
    };
    if (input.durationSeconds !== undefined) params.DurationSeconds = input.durationSeconds;
    Object.entries(input.tags ?? {}).forEach(([key, value], i) => {
      params[`Tags.member.${i + 1}.Key`] = key;
      params[`Tags.member.${i + 1}.Value`] = value;
    });
    (input.transitiveTagKeys ?? []).forEach((key, i) => {
      params[`TransitiveTagKeys.member.${i + 1}`] = key;
    });
    const xml = await call('AssumeRole', params);
    const accessKeyId = xmlText(xml, 'AccessKeyId');
    const secretAccessKey = xmlText(xml, 'SecretAccessKey');
    const sessionToken = xmlText(xml, 'SessionToken');
    const expiration = new Date(xmlText(xml, 'Expiration') ?? Number.NaN);
    if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration.getTime())) {
      throw new Error('STS AssumeRole returned incomplete credentials');
    }
    return { accessKeyId, secretAccessKey, sessionToken, expiration };
  };
}
