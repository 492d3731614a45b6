'use strict';
// CommonJS twin of index.mjs, for the SDK's dist-cjs builds (Node loads those, bundlers the ESM).
const { fromEnv } = require('@aws-sdk/credential-provider-env');

const defaultProvider = (init = {}) => {
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
module.exports = { defaultProvider };
