// `bicep-check build|lint <files…>`: runs Bicep on each file and fails on any warning, not only on errors.
import { runBicep } from './bicep-cli';

const [command, ...files] = process.argv.slice(2);
if ((command !== 'build' && command !== 'lint') || files.length === 0) {
  console.error('usage: bicep-check build|lint <file.bicep>…');
  process.exit(2);
}
let warnings = 0;
for (const file of files) {
  const { stdout, stderr } = runBicep(command === 'build' ? ['build', file, '--stdout'] : ['lint', file]);
  const diagnostics = `${command === 'lint' ? stdout : ''}${stderr}`
    .split('\n')
    .filter((line) => /: (Warning|Error) /.test(line));
  for (const line of diagnostics) console.error(line);
  warnings += diagnostics.length;
  if (diagnostics.length === 0) console.log(`bicep ${command} ${file}: clean`);
}
process.exit(warnings === 0 ? 0 : 1);
