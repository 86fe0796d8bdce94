import { composeFunctionsApp } from './composition-root';
import { isHttpFunction, isQueueFunction } from './function-declaration';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';
import { localFunctionsEnv } from './testing/local-functions-env';

describe('registerFunctions', () => {
  const table = functionTable(composeFunctionsApp(localFunctionsEnv).dependencies);

  it('registers every HTTP function with app.http and every queue function with app.storageQueue, as declared', () => {
    const registered: { kind: string; name: string; options: Record<string, unknown> }[] = [];
    registerFunctions(
      {
        http: (name, options) => void registered.push({ kind: 'http', name, options: { ...options } }),
        storageQueue: (name, options) => void registered.push({ kind: 'queue', name, options: { ...options } }),
      },
      table,
    );

    expect(registered).toEqual(
      table.map((declaration) =>
        isHttpFunction(declaration)
          ? {
              kind: 'http',
              name: declaration.name,
              options: {
                methods: [...declaration.trigger.methods],
                route: declaration.trigger.route,
                authLevel: declaration.trigger.authLevel,
                handler: declaration.handler,
              },
            }
          : {
              kind: 'queue',
              name: declaration.name,
              options: {
                queueName: isQueueFunction(declaration) ? declaration.trigger.queueName : '',
                connection: 'PorticoStorage',
                handler: declaration.handler,
              },
            },
      ),
    );
    expect(table.filter(isQueueFunction).map((d) => d.trigger.queueName)).toEqual(['invitations']);
  });

  it('leaves only the health probe anonymous; everything else needs the host key', () => {
    const anonymous = table.filter(isHttpFunction).filter((d) => d.trigger.authLevel === 'anonymous');
    expect(anonymous.map((d) => d.name)).toEqual(['health']);
  });
});
