// Entry point for the Azure Functions host (`package.json` "main"); `func start` loads it too.
import { app } from '@azure/functions';
import { composeFunctionsApp } from './composition-root';
import { functionTable } from './function-table';
import { registerFunctions } from './register-functions';

registerFunctions(app, functionTable(composeFunctionsApp().dependencies));
