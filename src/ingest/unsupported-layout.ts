// Names the publisher layouts that policydiff recognizes but does not read, so a rejected
// document gets a reason instead of a list of missing Cigna sections.

/** Returns a sentence naming the unsupported layout found in the text, or '' for none. */
export function describeUnsupportedLayout(text: string): string {
  // A bulletin names itself and prints its number as `Number: 0352`.
  if (/Clinical Policy Bulletins?/i.test(text) && /\bAetna\b/.test(text) && /\bNumber:\s*\d{4}\b/.test(text)) {
    return ' It looks like an Aetna Clinical Policy Bulletin, a layout policydiff does not read yet; it reads Cigna Medical Coverage Policies.';
  }
  return '';
}
