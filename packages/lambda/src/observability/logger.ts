// One structured JSON logger per function instance. Powertools reads
// POWERTOOLS_SERVICE_NAME and POWERTOOLS_LOG_LEVEL itself; `addContext` adds the request
// id, function name, memory size and cold start to every line of an invocation.
import { Logger } from '@aws-lambda-powertools/logger';

/** The function instance's logger. */
export const logger: Logger = new Logger();
