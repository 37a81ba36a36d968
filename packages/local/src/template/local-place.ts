// Where the local stack pretends to live: the stack model's local region and account, which
// the gateway's events and the functions' context report as AWS would.
import { LOCAL_PLACE } from '@serverless-todo/stack';

/** The pseudo-region of the local stack. */
export const LOCAL_REGION = LOCAL_PLACE.region;
/** The pseudo-account of the local stack. */
export const LOCAL_ACCOUNT = LOCAL_PLACE.accountId;
