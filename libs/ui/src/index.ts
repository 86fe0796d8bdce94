export { porticoBrand, porticoLightTheme } from './brand-theme';
export { CallExperience, type CallExperienceProps } from './call/call-experience';
export { DeviceCheck, type DeviceCheckProps } from './call/device-check';
export { CallStage, type CallStageProps } from './call/call-stage';
export { ChatPanel } from './call/chat-panel';
