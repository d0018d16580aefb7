// Splits text into the tokens that could be codes: runs of letters, digits and inner dots, so
// `0537T-0540T` gives `0537T` and `0540T`, `95165†` gives `95165` and `C79.82.` gives `C79.82`.
import { isCodeShaped } from '../codes/code-systems.ts';

const WORD = /[A-Za-z0-9][A-Za-z0-9.]*/g;

export function findTokens(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0].replace(/\.+$/, ''));
}

export function findCodeTokens(text: string): string[] {
  return findTokens(text).filter(isCodeShaped);
}
