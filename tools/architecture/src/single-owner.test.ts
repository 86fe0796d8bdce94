import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '../../..');

/** Every TypeScript file that ships, outside the domain (which owns the concepts below). */
const shippingFiles = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((path) => /^(apps|libs)\//.test(path) && !path.startsWith('libs/domain/'))
  .filter((path) => !/\.test\.tsx?$|\/testing\//.test(path))
  .map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));

/** The files whose text matches, so a failure names where a second owner appeared. */
const filesMatching = (pattern: RegExp) => shippingFiles.filter(({ text }) => pattern.test(text)).map((f) => f.path);

describe('each concept has one owner: the domain', () => {
  it('reads the files that ship', () => {
    expect(shippingFiles.length).toBeGreaterThan(100);
  });

  it.each([
    ['the appointment status list', /'scheduled'\s*[,|]\s*'rescheduled'/],
    ['the appointment origin list', /'portal'\s*[,|]\s*'import'/],
    ['the guest notice kinds', /'invitation'\s*[,|]\s*'rescheduled'/],
    ['the meeting locator type', /\{\s*readonly meetingLink: string\s*\}/],
    ['the time-zone check', /supportedValuesOf\('timeZone'\)\.includes/],
    ['the meeting-link length limit', /\b8192\b/],
    ['the error-code check', /errorCodes as readonly string\[\]/],
  ])('%s is written only in the domain', (_concept, pattern) => {
    expect(filesMatching(pattern)).toEqual([]);
  });

  it('has one meeting locator schema, held to the domain’s locator type', () => {
    const schemas = shippingFiles.filter(({ text }) => /meetingLink: z\./.test(text) && /meetingId: z\./.test(text));
    expect(schemas.map((f) => f.path)).toEqual(['libs/api-contract/src/join-ticket.ts']);
    expect(schemas[0]?.text).toContain('satisfies z.ZodType<AcsMeetingLocator>');
  });
});
