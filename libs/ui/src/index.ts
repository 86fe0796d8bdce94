export { porticoBrand, porticoLightTheme } from './brand-theme';
export { CallExperience } from './call/call-experience';
