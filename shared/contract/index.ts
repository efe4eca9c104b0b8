// The contract: every method once, with its input and output schema and who may call it.
// Preload keys, IPC handlers, HTTP routes, the CLI and the renderer client all derive from `contract`.
import type { z } from 'zod';
import { appMethods } from './app';
import { auditMethods } from './audit';
import { noticeMethods } from './notices';
import { patientMethods } from './patients';
import { practiceMethods } from './practice';
import { authMethods, userMethods } from './users';

export const contract = {
  ...appMethods,
  ...authMethods,
  ...userMethods,
  ...practiceMethods,
  ...auditMethods,
  ...patientMethods,
  ...noticeMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

export * from './define';
export * from './app';
export * from './audit';
export * from './notice-content';
export * from './notices';
export * from './patients';
export * from './practice';
export * from './users';
