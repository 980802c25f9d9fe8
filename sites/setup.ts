// Whether the practice still has to be set up, and whether IT's managed policy has done it already
// (then the welcome page is not opened on install). Pure.
import { mergePolicies, type ManagedPolicy } from '@/rules/managed';
import type { Policy } from '@/rules/policy';

/** The safe replies need the practice's name and phone; until both are set, ReplyRx asks for them. */
export const needsSetup = (policy: Policy): boolean => policy.practice.name === '' || policy.practice.phones.length === 0;

/** IT's defaults or locks give the practice a name and a phone. */
export function itSetsPractice(managed: ManagedPolicy): boolean {
  const practice = mergePolicies(managed.defaults, managed.locked).practice as { name?: string; phones?: string[] } | undefined;
  return !!practice?.name && !!practice.phones?.length;
}

/** The first-run setup: a part of the options page. */
export const WELCOME_HASH = '#welcome';
