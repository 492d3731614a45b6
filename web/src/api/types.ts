/**
 * Types of the API's operations, read from the generated ./schema.d.ts (never written by hand):
 * what an operation answers, what its body and query take. A route change shows up here after
 * `npm run gen:api`, and the compiler then points at every page it affects.
 */
import type { operations } from './schema';

export type { operations, paths } from './schema';

export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body a successful call of `Id` answers with (200, 201 or 202). */
export type ResponseOf<Id extends OperationId> = {
  [Status in keyof operations[Id]['responses']]: Status extends 200 | 201 | 202
    ? JsonOf<operations[Id]['responses'][Status]>
    : never;
}[keyof operations[Id]['responses']];

/** The JSON request body of `Id`. */
export type BodyOf<Id extends OperationId> = JsonOf<NonNullable<operations[Id]['requestBody']>>;

/** The query parameters of `Id`, as the API reads them (strings for flags and enums). */
export type QueryOf<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** One item of a list operation's page. */
export type ItemOf<Id extends OperationId> = ResponseOf<Id> extends { items: (infer T)[] } ? T : never;
