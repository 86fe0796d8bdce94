export { brandRamp, brandThemes, type BrandThemes } from './brand-theme';
export { BrandThemesProvider, useBrandThemes } from './brand-context';
export { CallExperience, type EarlyArrival, type LobbyNote } from './call/call-experience';
