// Entry point for the Azure Functions host (`package.json` "main"); `func start` loads it too.
import { app } from '@azure/functions';
import { startTelemetry } from '@portico/app-runtime/telemetry';
import { composeFunctionsApp } from './composition-root';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';

const composed = composeFunctionsApp();
startTelemetry(composed.telemetry, 'portico-functions');
composed.observePoisonQueues();
registerFunctions(app, functionTable(composed.dependencies));
