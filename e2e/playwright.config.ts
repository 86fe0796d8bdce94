import { defineConfig } from '@playwright/test';
import { fakeMicrophoneFile } from './fake-microphone';

// Debian's Chromium, never a downloaded browser; fake camera and microphone for the call pages.
const chromiumPath = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'src',
  testMatch: '**/*.spec.ts',
  globalSetup: './src/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../dist/test-results/e2e.json' }]],
  outputDir: '../dist/test-results/e2e-artifacts',
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        // Three fake cameras (and Chromium's three fake microphones), so switching devices is tested.
        // The second fake camera sends 16-bit depth frames, which WebRTC cannot carry: tests use 0 and 2.
        '--use-fake-device-for-media-stream=device-count=3',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-audio-capture=${fakeMicrophoneFile()}`,
      ],
    },
  },
});
