// The events API Gateway's WebSocket API hands its functions, as far as they read them.
import type { APIGatewayEventWebsocketRequestContextV2 } from 'aws-lambda';

/** What a REQUEST authorizer returned, as API Gateway passes it on to every route. */
export interface WebSocketAuthorizerContext {
  readonly principalId?: string;
  readonly [key: string]: unknown;
}

/** A $connect, $disconnect or message event (Lambda proxy integration). */
export interface WebSocketEvent {
  readonly requestContext: APIGatewayEventWebsocketRequestContextV2 & {
    readonly authorizer?: WebSocketAuthorizerContext | null;
  };
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
  readonly queryStringParameters?: Readonly<Record<string, string | undefined>> | null;
}

/** What a route's function answers; with a route response, `body` goes back to the client. */
export interface WebSocketResult {
  readonly statusCode: number;
  readonly body?: string;
}
