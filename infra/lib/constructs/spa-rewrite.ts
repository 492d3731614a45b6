/**
 * CloudFront Function (viewer request, default behaviour only): a path whose last segment has no file
 * extension is a client-side route, so it is served the app shell.
 *
 * This replaces the usual 403/404 -> /index.html custom error responses. Those apply to the whole
 * distribution, so they would also turn the API's 403 (tenant-suspended, forbidden) and 404 answers
 * on `/v1/*` into a 200 HTML page.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;
