// The contract: every method once, with its input and output schema and who may call it.
// Preload keys, IPC handlers, HTTP routes, the CLI and the renderer client all derive from `contract`.
import type { z } from 'zod';
import { appMethods } from './app';
import { auditMethods } from './audit';
import { noticeMethods } from './notices';
import { patientMethods } from './patients';
import { practiceMethods } from './practice';
import type { Role } from './define';
import { GLOBAL_RULES, type GlobalRuleCode } from './global-rules';
import { authMethods, userMethods } from './users';
import { workstationMethods } from './workstation';

export const contract = {
  ...appMethods,
  ...authMethods,
  ...userMethods,
  ...practiceMethods,
  ...auditMethods,
  ...patientMethods,
  ...noticeMethods,
  ...workstationMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** The rule codes one method's handler can return. */
export type MethodRuleCode<M extends MethodName> = Contract[M]['rules'][number];

/** Every rule code an AppError can carry to the UI: each method's own and the global ones. */
export type RuleCode = { [M in MethodName]: MethodRuleCode<M> }[MethodName] | GlobalRuleCode;

/** RuleCode at run time, without repeats (a code may belong to several methods). */
export const RULE_CODES: readonly RuleCode[] = [
  ...new Set<RuleCode>([...METHOD_NAMES.flatMap((m): readonly RuleCode[] => contract[m].rules), ...GLOBAL_RULES]),
];

/**
 * Whether a signed-in user with this role may call the method (the contract's `access`); screens ask this
 * rather than keeping their own list of roles. Dispatch enforces the same access on every call.
 */
export const canCall = (role: Role, method: MethodName): boolean => {
  const { access } = contract[method];
  return access === 'public' || access === 'session' || access.includes(role);
};

export * from './define';
export * from './global-rules';
export * from './app';
export * from './audit';
export * from './notice-content';
export * from './notices';
export * from './patients';
export * from './practice';
export * from './users';
export * from './server-settings';
export * from './workstation';
