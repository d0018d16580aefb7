// The id of a policy, as its source folder is named: the publisher in lower case and the policy
// number (`Cigna` and `0558` give `cigna-0558`).
import type { PolicyRelease } from '../model/release.ts';

export function policyIdOf(release: PolicyRelease): string {
  const publisher = release.policy.publisher.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `${publisher}-${release.policy.number}`;
}
