import { composeFunctionsApp } from './composition-root';
import { isHttpFunction, isQueueFunction, isTimerFunction, type FunctionDeclaration } from './function-declaration';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';
import { localFunctionsEnv } from './testing/local-functions-env';

function expectedRegistration(declaration: FunctionDeclaration) {
  if (isHttpFunction(declaration)) {
    const { methods, route, authLevel } = declaration.trigger;
    return {
      kind: 'http',
      name: declaration.name,
      options: { methods: [...methods], route, authLevel, handler: declaration.handler },
    };
  }
  if (isTimerFunction(declaration)) {
    return {
      kind: 'timer',
      name: declaration.name,
      options: { schedule: declaration.trigger.schedule, handler: declaration.handler },
    };
  }
  return {
    kind: 'queue',
    name: declaration.name,
    options: {
      queueName: isQueueFunction(declaration) ? declaration.trigger.queueName : '',
      connection: 'PorticoStorage',
      handler: declaration.handler,
    },
  };
}

describe('registerFunctions', () => {
  const table = functionTable(composeFunctionsApp(localFunctionsEnv).dependencies);

  it('registers every HTTP, queue and timer function with the v4 model, as declared', () => {
    const registered: { kind: string; name: string; options: Record<string, unknown> }[] = [];
    registerFunctions(
      {
        http: (name, options) => void registered.push({ kind: 'http', name, options: { ...options } }),
        storageQueue: (name, options) => void registered.push({ kind: 'queue', name, options: { ...options } }),
        timer: (name, options) => void registered.push({ kind: 'timer', name, options: { ...options } }),
      },
      table,
    );

    expect(registered).toEqual(table.map(expectedRegistration));
    expect(table.filter(isQueueFunction).map((d) => d.trigger.queueName)).toEqual([
      'invitations',
      'calendar-notifications',
    ]);
    expect(table.filter(isTimerFunction).map((d) => [d.name, d.trigger.schedule])).toEqual([
      ['renewCalendarSubscriptions', '0 5 * * * *'],
      ['scheduleCalendarCatchUps', '0 */15 * * * *'],
      ['removeExpiredRateLimits', '0 35 * * * *'],
      ['removeExpiredAuditEvents', '0 20 3 * * *'],
      ['removeStalePresence', '0 30 3 * * *'],
      ['queueReminders', '0 */5 * * * *'],
      ['removeSpentReminders', '0 40 3 * * *'],
      ['renewWalkInMeetings', '0 2 * * * *'],
    ]);
  });

  it('leaves only the health probe and Graph’s notification endpoints anonymous; everything else needs the host key', () => {
    const anonymous = table.filter(isHttpFunction).filter((d) => d.trigger.authLevel === 'anonymous');
    expect(anonymous.map((d) => d.name)).toEqual([
      'health',
      'receiveChangeNotifications',
      'receiveLifecycleNotifications',
    ]);
  });
});
