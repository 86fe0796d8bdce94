import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sampleRate = 16_000;

/**
 * A WAV file Chromium plays as every fake microphone (`--use-file-for-fake-audio-capture`): a steady
 * tone, so an unmuted participant is heard talking and a muted one is silent. Chromium's own fake
 * microphone beeps only now and then, and hands each beep to one capture of the browser, so with
 * several people in one browser only the first of them would ever seem to talk.
 */
export function fakeMicrophoneFile(): string {
  const file = join(tmpdir(), 'portico-e2e-fake-microphone.wav');
  if (existsSync(file)) return file;
  const samples = sampleRate; // one second, looped by Chromium
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 220 * i) / sampleRate) * 0.3 * 32_767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16); // PCM header size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}
