// Two kinds of failure: an InputError is the user's to fix (a bad file, a bad argument) and
// exits with code 2; anything else is a bug in policydiff and exits with code 70.

export class InputError extends Error {
  override name = 'InputError';
}

/** Exit codes of the command line. */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  internal: 70,
} as const;
