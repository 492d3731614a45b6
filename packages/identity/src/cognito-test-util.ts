import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { type AwsJsonCall, AwsServiceError } from '@pamong/aws';
import {
  type CapturedRequest,
  capturingHandler,
  TEST_CREDENTIALS,
  withoutSdkBookkeeping,
} from '@pamong/aws/test-util';

/**
 * Test support for the Cognito adapters (cognito.ts, cognito-applicants.ts): Cognito's API as the
 * adapters call it. Never imported by a handler, so never in a bundle.
 */

type Input = Record<string, unknown>;

/**
 * A stand-in for Cognito's API: it records each call as it goes on the wire (the input through
 * JSON) and answers from a script per operation, in order, the last answer repeating. An Error in
 * the script is thrown; an operation without a script is a failure of the test.
 */
export function fakeCognito() {
  const sent: { operation: string; input: Input }[] = [];
  const script = new Map<string, (object | Error)[]>();
  const call = (async (operation: string, input: object) => {
    sent.push({ operation, input: JSON.parse(JSON.stringify(input)) as Input });
    const answers = script.get(operation);
    if (!answers?.length) throw new Error(`unexpected call: ${operation}`);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer instanceof Error) throw answer;
    return answer;
  }) as AwsJsonCall;
  return {
    call,
    sent,
    on: (operation: string, ...answers: (object | Error)[]) => void script.set(operation, answers),
    operations: () => sent.map((s) => s.operation),
    inputs: (operation: string) => sent.filter((s) => s.operation === operation).map((s) => s.input),
  };
}

/** Cognito's refusal as the JSON call throws it: named by the error code, with the service's message. */
export const refusal = (name: string, message: string, status = 400) =>
  new AwsServiceError(name, message, status, 'request-1');

export const JSON_11 = { 'content-type': 'application/x-amz-json-1.1' };

/** Cognito's refusal as it answers it: the code in the header and in `__type`, the message in the body. */
export const cognitoRefusal = (name: string, message: string) => ({
  status: name === 'TooManyRequestsException' ? 429 : 400,
  body: JSON.stringify({ __type: name, message }),
  headers: { ...JSON_11, 'x-amzn-errortype': `${name}:`, 'x-amzn-requestid': 'req-1' },
});

export const target = (req: { headers: Record<string, unknown> }) => req.headers['x-amz-target'];

/** The SDK's body as text (it keeps the JSON as bytes). */
export const sdkBody = (req: CapturedRequest) => {
  const raw = (req as CapturedRequest & { body: string | Uint8Array }).body;
  return typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
};

/** The SDK's Cognito client, signing with TEST_CREDENTIALS and keeping its requests in `captured`. */
export const capturingCognitoClient = (captured: CapturedRequest[], region: string) =>
  withoutSdkBookkeeping(
    new CognitoIdentityProviderClient({
      region,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: capturingHandler(captured) as never,
    }),
  );
