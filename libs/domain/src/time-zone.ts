/**
 * Whether a value names an IANA time zone this runtime knows: a name like `Europe/Amsterdam`, its
 * aliases (`Asia/Kolkata` and `Asia/Calcutta`) and `UTC`, but not a bare offset such as `+01:00`.
 * Every schema and setting that takes a zone checks it with this.
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
