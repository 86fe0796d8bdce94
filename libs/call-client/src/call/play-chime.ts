/** Plays a short two-note chime on a speaker by the browser's own device id (where it can choose one). */
export async function playChime(browserSpeakerId: string | undefined): Promise<void> {
  const context = new AudioContext() as AudioContext & { setSinkId?: (id: string) => Promise<void> };
  try {
    if (browserSpeakerId && context.setSinkId) await context.setSinkId(browserSpeakerId);
    const gain = context.createGain();
    gain.gain.value = 0.2;
    gain.connect(context.destination);
    for (const [index, frequency] of [660, 880].entries()) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start(context.currentTime + index * 0.4);
      oscillator.stop(context.currentTime + index * 0.4 + 0.35);
    }
    await new Promise((resolve) => setTimeout(resolve, 900));
  } finally {
    await context.close();
  }
}
