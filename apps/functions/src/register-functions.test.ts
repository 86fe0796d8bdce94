import { composeFunctionsApp } from './composition-root';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';

describe('registerFunctions', () => {
  it('registers every declared function with app.http, as declared', () => {
    const { dependencies } = composeFunctionsApp({
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
    });
    const table = functionTable(dependencies);
    const registered: { name: string; options: Record<string, unknown> }[] = [];
    registerFunctions({ http: (name, options) => void registered.push({ name, options: { ...options } }) }, table);
    expect(
      registered.map(({ name, options }) => ({
        name,
        methods: options['methods'],
        route: options['route'],
        authLevel: options['authLevel'],
      })),
    ).toEqual([
      { name: 'health', methods: ['GET'], route: 'health', authLevel: 'anonymous' },
      { name: 'listGuestAppointments', methods: ['GET'], route: 'guest/appointments', authLevel: 'function' },
    ]);
    expect(registered.map(({ options }) => options['handler'])).toEqual(table.map((d) => d.handler));
  });
});
