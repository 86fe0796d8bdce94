/** Plays a short two-note chime on the chosen speaker (where the browser can choose one). */
export async function playTestTone(speakerId: string): Promise<void> {
  const context = new AudioContext() as AudioContext & { setSinkId?: (id: string) => Promise<void> };
  try {
    if (speakerId && context.setSinkId) await context.setSinkId(speakerId);
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
