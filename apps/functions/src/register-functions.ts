import type { app as functionsApp } from '@azure/functions';
import type { FunctionDeclaration } from './function-declaration';

/** Registers each declared function with the Azure Functions v4 programming model. */
export function registerFunctions(app: Pick<typeof functionsApp, 'http'>, table: readonly FunctionDeclaration[]): void {
  for (const declaration of table) {
    const { methods, route, authLevel } = declaration.trigger;
    app.http(declaration.name, { methods: [...methods], route, authLevel, handler: declaration.handler });
  }
}
