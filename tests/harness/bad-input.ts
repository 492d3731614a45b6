import type { OpenApiDoc, Operation, PlannedRequest } from './operations';
import { urlOf } from './operations';
import {
  getPath,
  isBoundedString,
  type JsonSchema,
  REMOVE,
  resolveSchema,
  typesOf,
  walkProperties,
  withPath,
  wrongTypeValue,
} from './schema';

/** Marks a body that is sent as raw text rather than serialised as JSON. */
export class RawBody {
  constructor(readonly text: string) {}
}

export const GARBAGE_KEY = 'harnessGarbage';

/**
 * zod objects drop unknown properties unless they are strict, so today an extra property is
 * accepted and ignored; the harness then checks that it was not stored anywhere (no mass
 * assignment). Turn this on when the API's schemas refuse unknown properties.
 */
export const UNKNOWN_PROPERTIES_REFUSED = true;

export interface BadCase {
  label: string;
  request: PlannedRequest;
  /** The field the problem is about; the answer's `errors[].path` must name it. */
  field?: string;
  /**
   * Whether the schema says the value is invalid, so the answer must be a 4xx. The rest (an
   * unconstrained string, an unknown extra property) may be accepted, but never with a 5xx.
   */
  mustRefuse: boolean;
}

const OVERSIZE_UNBOUNDED = 10_000;

function oversize(s: JsonSchema): string {
  return 'x'.repeat(s.maxLength !== undefined ? s.maxLength + 1 : OVERSIZE_UNBOUNDED);
}

/** A query value that breaks the parameter's type, pattern, format or enum; none for a free string. */
function wrongQueryValue(s: JsonSchema): string | undefined {
  const types = typesOf(s);
  if (types.includes('integer') || types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'maybe';
  if (s.enum) return 'not-in-the-enum';
  if (s.format === 'date-time' || s.format === 'date') return 'not-a-date';
  if (s.format === 'email') return 'not-an-email';
  if (s.pattern && !new RegExp(s.pattern).test('%bad value%')) return '%bad value%';
  return undefined;
}

/**
 * The schema-driven bad-input cases of one operation, each built from its valid request so that
 * exactly one thing is wrong: wrong types, missing required fields and oversize strings for every
 * body property (nested ones too) and query parameter, then an extra nested garbage object, a
 * non-JSON body and an empty body.
 */
export function badInputCases(op: Operation, valid: PlannedRequest, doc: OpenApiDoc): BadCase[] {
  const cases: BadCase[] = [];
  const withQuery = (query: Record<string, string>) => ({ ...valid, query, url: urlOf(valid.path, query) });
  const withBody = (body: unknown) => ({ ...valid, body });

  for (const q of op.query) {
    const s = resolveSchema(q.schema, doc);
    const wrong = wrongQueryValue(s);
    if (wrong !== undefined) {
      cases.push({
        label: `query ${q.name}: wrong type or format`,
        field: q.name,
        mustRefuse: true,
        request: withQuery({ ...valid.query, [q.name]: wrong }),
      });
    }
    if (q.name === 'cursor') {
      // Cursors are HMAC-signed: one the server did not issue is refused, whatever it decodes to.
      const forged = `${Buffer.from(JSON.stringify({ pk: 'x', sk: 'y' })).toString('base64url')}.forged`;
      cases.push({
        label: 'query cursor: forged',
        mustRefuse: true,
        request: withQuery({ ...valid.query, cursor: forged }),
      });
    }
    if (q.required) {
      const { [q.name]: _dropped, ...rest } = valid.query;
      cases.push({
        label: `query ${q.name}: missing`,
        field: q.name,
        mustRefuse: true,
        request: withQuery(rest),
      });
    }
    if (typesOf(s).includes('string')) {
      cases.push({
        label: `query ${q.name}: oversize`,
        field: q.name,
        mustRefuse: isBoundedString(s),
        request: withQuery({ ...valid.query, [q.name]: oversize(s) }),
      });
    }
  }

  if (op.body) {
    for (const prop of walkProperties(op.body.schema, doc)) {
      const parent = prop.path.slice(0, -1);
      // A property under an optional object the valid body leaves out has nothing to break.
      if (parent.length > 0 && typeof getPath(valid.body, parent) !== 'object') continue;
      const field = prop.path.join('.');
      const wrong = wrongTypeValue(prop.schema, doc);
      if (wrong !== undefined) {
        cases.push({
          label: `body ${field}: wrong type`,
          field,
          mustRefuse: true,
          request: withBody(withPath(valid.body, prop.path, wrong)),
        });
      }
      if (prop.required) {
        cases.push({
          label: `body ${field}: missing`,
          field,
          mustRefuse: true,
          request: withBody(withPath(valid.body, prop.path, REMOVE)),
        });
      }
      if (typesOf(prop.schema).includes('string') && !prop.schema.enum && prop.schema.const === undefined) {
        cases.push({
          label: `body ${field}: oversize`,
          field,
          mustRefuse: isBoundedString(prop.schema),
          request: withBody(withPath(valid.body, prop.path, oversize(prop.schema))),
        });
      }
    }
    const garbage = {
      nested: { deeper: [1, 'two', { three: null, four: { five: true } }] },
      text: 'x'.repeat(100),
    };
    const isObjectBody = valid.body !== null && typeof valid.body === 'object' && !Array.isArray(valid.body);
    if (isObjectBody) {
      cases.push({
        label: 'body: extra nested garbage object',
        mustRefuse: UNKNOWN_PROPERTIES_REFUSED,
        request: withBody({ ...(valid.body as object), [GARBAGE_KEY]: garbage }),
      });
    }
    cases.push({
      label: 'body: not JSON',
      mustRefuse: true,
      request: withBody(new RawBody('{"name": "unterminated')),
    });
    cases.push({ label: 'body: empty', mustRefuse: op.body.required, request: withBody(new RawBody('')) });
  }
  return cases;
}
