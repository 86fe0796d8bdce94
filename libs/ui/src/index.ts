export { porticoBrand, porticoDarkTheme, porticoLightTheme } from './brand-theme';
export { CallExperience, type EarlyArrival } from './call/call-experience';
