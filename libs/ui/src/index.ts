export { porticoBrand, porticoLightTheme } from './brand-theme';
