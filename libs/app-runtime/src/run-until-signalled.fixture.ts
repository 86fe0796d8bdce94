// A tiny process for run-until-signalled.test.ts: `start` runs until signalled, `fail` fails to start.
import { runUntilSignalled } from './run-until-signalled';

runUntilSignalled(async () => {
  if (process.argv[2] === 'fail') throw new Error('no port for you');
  const keepAlive = setInterval(() => undefined, 1000);
  console.log('started');
  return {
    close: async () => {
      clearInterval(keepAlive);
      console.log('closed');
    },
  };
});
