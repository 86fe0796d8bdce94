import { composeFunctionsApp } from './composition-root';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';

describe('registerFunctions', () => {
  it('registers every declared function with app.http, exactly as declared', () => {
    const { dependencies } = composeFunctionsApp({
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
    });
    const table = functionTable(dependencies);
    const registered: { name: string; options: Record<string, unknown> }[] = [];
    registerFunctions({ http: (name, options) => void registered.push({ name, options: { ...options } }) }, table);

    expect(
      registered.map(({ name, options }) => [
        name,
        options['methods'],
        options['route'],
        options['authLevel'],
        options['handler'],
      ]),
    ).toEqual(
      table.map(({ name, trigger, handler }) => [
        name,
        [...trigger.methods],
        trigger.route,
        trigger.authLevel,
        handler,
      ]),
    );
  });

  it('leaves only the health probe anonymous; everything else needs the host key', () => {
    const { dependencies } = composeFunctionsApp({
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
    });
    const anonymous = functionTable(dependencies).filter((d) => d.trigger.authLevel === 'anonymous');
    expect(anonymous.map((d) => d.name)).toEqual(['health']);
  });
});
