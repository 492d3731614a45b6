import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Every SDK client's default credential provider, in place of the full Node chain. Lambda puts the
 * function role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN;
 * the local stack and the tests pass credentials explicitly. Anything else (an SSO profile, an
 * instance role) is refused with a message that says how to proceed.
 */
export const defaultProvider = (init = {}) => {
  const env = fromEnv(init);
  return async (props) => {
    try {
      return await env(props);
    } catch (error) {
      error.message =
        'Pamong reads AWS credentials from the environment only (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), as Lambda sets them. ' +
        'For a profile, export them first: eval "$(aws configure export-credentials --format env)". ' +
        error.message;
      throw error;
    }
  };
};
