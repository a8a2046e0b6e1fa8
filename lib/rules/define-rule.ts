import type { RuleInput } from './schema';

/**
 * Identity helper that types a rule file. Rules are validated with zod by the registry tests
 * (tests/unit/rules-registry.test.ts) rather than at run time, so zod stays out of the content script.
 */
export function defineRule<const R extends RuleInput>(rule: R): R {
  return rule;
}
