import { Scalar } from '@scalar/hono-api-reference';

/** The Scalar reference page for the document at `specUrl` (in AWS a static file on CloudFront). */
export const docsPage = (specUrl = '/openapi.json') => Scalar({ url: specUrl, pageTitle: 'Pamong API' });
