import { apiRoutes } from '@portico/api-contract';
import type { FunctionDeclaration } from './function-declaration';
import type { FunctionDependencies } from './function-dependencies';
import { health } from './functions/health';
import { listGuestAppointments } from './functions/list-guest-appointments';
import { withProblemHandling } from './http/with-problem-handling';

/** Every function of the app. Add a function here and it runs in Azure and on the local host alike. */
export function functionTable(deps: FunctionDependencies): readonly FunctionDeclaration[] {
  return [
    {
      name: 'health',
      trigger: { kind: 'http', methods: ['GET'], route: apiRoutes.health, authLevel: 'anonymous' },
      handler: withProblemHandling(health(deps)),
    },
    {
      name: 'listGuestAppointments',
      trigger: { kind: 'http', methods: ['GET'], route: apiRoutes.guestAppointments, authLevel: 'function' },
      handler: withProblemHandling(listGuestAppointments(deps)),
    },
  ];
}
