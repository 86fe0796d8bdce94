export { porticoBrand, porticoDarkTheme, porticoLightTheme } from './brand-theme';
export { CallExperience } from './call/call-experience';
