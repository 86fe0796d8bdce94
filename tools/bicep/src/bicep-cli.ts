import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const bicepVersion = '0.49.2';
const repoRoot = join(__dirname, '../../..');
const restoredBicep = join(repoRoot, '.tools/nuget/azure.bicep.commandline.linux-x64', bicepVersion, 'tools/bicep');

/**
 * The path of a Bicep CLI: `bicep` on PATH if there is one, else the copy restored from NuGet into
 * `.tools/` (restoring it with `dotnet restore` the first time).
 */
export function bicepCli(): string {
  if (spawnSync('bicep', ['--version'], { stdio: 'ignore' }).status === 0) return 'bicep';
  if (!existsSync(restoredBicep)) {
    execFileSync(
      'dotnet',
      ['restore', join(repoRoot, 'tools/bicep/bicep.csproj'), '--packages', join(repoRoot, '.tools/nuget')],
      {
        stdio: 'inherit',
      },
    );
  }
  chmodSync(restoredBicep, 0o755);
  return restoredBicep;
}

/** Runs Bicep and returns its output; throws with the output when it fails. */
export function runBicep(args: readonly string[]): { stdout: string; stderr: string } {
  const run = spawnSync(bicepCli(), [...args], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  if (run.status !== 0) throw new Error(`bicep ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr };
}
