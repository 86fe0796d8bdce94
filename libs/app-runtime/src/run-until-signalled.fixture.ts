// A tiny process for run-until-signalled.test.ts: `start` runs until signalled, `slow` takes a while
// to start, `fail` fails to start.
import { runUntilSignalled } from './run-until-signalled';

runUntilSignalled(async () => {
  if (process.argv[2] === 'fail') throw new Error('no port for you');
  if (process.argv[2] === 'slow') {
    // Says it is starting, then takes a while: a signal now must still stop it cleanly.
    console.log('starting');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const keepAlive = setInterval(() => undefined, 1000);
  console.log('started');
  return {
    close: async () => {
      clearInterval(keepAlive);
      console.log('closed');
    },
  };
});
