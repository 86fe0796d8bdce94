import type { app as functionsApp } from '@azure/functions';
import { isHttpFunction, isQueueFunction, isTimerFunction, type FunctionDeclaration } from './function-declaration';

/** Registers each declared function with the Azure Functions v4 programming model. */
export function registerFunctions(
  app: Pick<typeof functionsApp, 'http' | 'storageQueue' | 'timer'>,
  table: readonly FunctionDeclaration[],
): void {
  for (const declaration of table) {
    if (isQueueFunction(declaration)) {
      const { queueName, connection } = declaration.trigger;
      app.storageQueue(declaration.name, { queueName, connection, handler: declaration.handler });
    } else if (isTimerFunction(declaration)) {
      app.timer(declaration.name, { schedule: declaration.trigger.schedule, handler: declaration.handler });
    } else if (isHttpFunction(declaration)) {
      const { methods, route, authLevel } = declaration.trigger;
      app.http(declaration.name, { methods: [...methods], route, authLevel, handler: declaration.handler });
    }
  }
}
