export { bicepCli, runBicep } from './bicep-cli';
