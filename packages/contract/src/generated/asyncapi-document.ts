// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
/** asyncapi.yaml with the openapi.yaml schemas it refers to copied in: no external refs. */
export const asyncapiDocument: Readonly<Record<string, unknown>> = {
  "asyncapi": "3.0.0",
  "info": {
    "title": "Serverless Todo realtime API",
    "version": "1.0.0",
    "description": "A WebSocket through which a signed-in user hears about changes to their own\ntasks and attachments as they happen, so an app open on two devices stays in\nstep without a reload. Tasks are read and written through the REST API\n(openapi.yaml); this API only tells about changes.\n\n## Handshake\n\nOpen a WebSocket to the server's URL with the Cognito ID token (locally, a\ntoken of the local API) in the `token` query parameter: browser WebSockets\ncannot send an `Authorization` header. A missing, forged or expired token, or\none that is not an ID token of the app's client, gets `401` on the upgrade\nand no connection. The connection belongs to the token's `sub`: it receives\nthat user's events and nobody else's.\n\n## Delivery guarantees\n\n- **Best-effort.** An event may be lost: a connection that drops, or a send\n  that fails, loses what was in flight, and nothing is retried to a\n  connection that is gone.\n- **Per connection.** Each of the owner's open connections gets its own copy\n  of every event; no other user's connection ever gets it.\n- **In order for one task.** On one connection, the events of one task (and\n  of one attachment) arrive in the order the changes took effect. Events of\n  different tasks may interleave in any order.\n- **Refetch after a reconnect.** Events sent while a client had no open\n  connection are not replayed. After a (re)connect, the client refetches\n  what it shows through the REST API.\n- **`version` drops stale events.** Every event carries the `version` of\n  the item it is about. A client that holds version `v` applies a created or\n  updated event only when its `version` is greater than `v`, and a deleted\n  event when its `version` is at least `v`; it drops any other as stale.\n\n## Limits (API Gateway's, the same on the local API)\n\nA connection is closed after 10 minutes without a message in either\ndirection (send a `ping` to keep it open) and after 2 hours in any case;\nreconnect then. A frame is at most 32 KB and a message at most 128 KB.\n",
    "license": {
      "name": "MIT"
    },
    "contact": {
      "name": "serverless-todo maintainers",
      "url": "https://github.com/serverless-todo/serverless-todo"
    }
  },
  "defaultContentType": "application/json",
  "servers": {
    "local": {
      "host": "127.0.0.1:3000",
      "pathname": "/realtime",
      "protocol": "ws",
      "description": "The local API (`npm start`), on the same port as its REST API.",
      "security": [
        {
          "$ref": "#/components/securitySchemes/token"
        }
      ]
    },
    "aws": {
      "host": "{apiId}.execute-api.{region}.amazonaws.com",
      "pathname": "/{stage}",
      "protocol": "wss",
      "description": "The deployed WebSocket API (the stack's `RealtimeUrl` output).",
      "variables": {
        "apiId": {
          "description": "The WebSocket API's id."
        },
        "region": {
          "default": "us-east-1"
        },
        "stage": {
          "default": "dev"
        }
      },
      "security": [
        {
          "$ref": "#/components/securitySchemes/token"
        }
      ]
    }
  },
  "channels": {
    "userEvents": {
      "address": "/",
      "title": "A user's change events",
      "description": "One connection of one user. The server sends the user's change events;\nthe client may send `ping`, which is answered with `pong`.\n",
      "messages": {
        "taskCreated": {
          "$ref": "#/components/messages/taskCreated"
        },
        "taskUpdated": {
          "$ref": "#/components/messages/taskUpdated"
        },
        "taskDeleted": {
          "$ref": "#/components/messages/taskDeleted"
        },
        "attachmentCreated": {
          "$ref": "#/components/messages/attachmentCreated"
        },
        "attachmentUpdated": {
          "$ref": "#/components/messages/attachmentUpdated"
        },
        "attachmentDeleted": {
          "$ref": "#/components/messages/attachmentDeleted"
        },
        "ping": {
          "$ref": "#/components/messages/ping"
        },
        "pong": {
          "$ref": "#/components/messages/pong"
        },
        "error": {
          "$ref": "#/components/messages/error"
        }
      },
      "bindings": {
        "ws": {
          "bindingVersion": "0.1.0",
          "method": "GET",
          "query": {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "token"
            ],
            "properties": {
              "token": {
                "type": "string",
                "description": "The Cognito ID token (a JWT); locally, a token from `npm run -s token -- <user_id>`.",
                "minLength": 1,
                "maxLength": 8192
              }
            }
          }
        }
      },
      "x-limits": {
        "idle_timeout_seconds": 600,
        "max_connection_seconds": 7200,
        "max_frame_bytes": 32768,
        "max_message_bytes": 131072
      }
    }
  },
  "operations": {
    "sendChangeEvents": {
      "action": "send",
      "channel": {
        "$ref": "#/channels/userEvents"
      },
      "title": "The server tells the owner about a change",
      "summary": "One event per change of one of the user's tasks or attachments, on each of the user's connections.",
      "messages": [
        {
          "$ref": "#/channels/userEvents/messages/taskCreated"
        },
        {
          "$ref": "#/channels/userEvents/messages/taskUpdated"
        },
        {
          "$ref": "#/channels/userEvents/messages/taskDeleted"
        },
        {
          "$ref": "#/channels/userEvents/messages/attachmentCreated"
        },
        {
          "$ref": "#/channels/userEvents/messages/attachmentUpdated"
        },
        {
          "$ref": "#/channels/userEvents/messages/attachmentDeleted"
        }
      ]
    },
    "receivePing": {
      "action": "receive",
      "channel": {
        "$ref": "#/channels/userEvents"
      },
      "title": "The client checks that the connection is alive",
      "summary": "Any message counts as activity for the idle timeout; `ping` is the one made for it.",
      "messages": [
        {
          "$ref": "#/channels/userEvents/messages/ping"
        }
      ],
      "reply": {
        "channel": {
          "$ref": "#/channels/userEvents"
        },
        "messages": [
          {
            "$ref": "#/channels/userEvents/messages/pong"
          },
          {
            "$ref": "#/channels/userEvents/messages/error"
          }
        ]
      }
    }
  },
  "components": {
    "securitySchemes": {
      "token": {
        "type": "httpApiKey",
        "name": "token",
        "in": "query",
        "description": "The Cognito ID token (JWT) of the user whose events the connection receives."
      }
    },
    "messages": {
      "taskCreated": {
        "name": "task.created",
        "title": "A task was created",
        "summary": "Carries the task as the REST API returned it on create.",
        "payload": {
          "$ref": "#/components/schemas/TaskCreatedEvent"
        }
      },
      "taskUpdated": {
        "name": "task.updated",
        "title": "A task was updated",
        "summary": "Carries the task as it is after the update.",
        "payload": {
          "$ref": "#/components/schemas/TaskUpdatedEvent"
        }
      },
      "taskDeleted": {
        "name": "task.deleted",
        "title": "A task was deleted",
        "summary": "Carries the version the task had when it was deleted.",
        "payload": {
          "$ref": "#/components/schemas/TaskDeletedEvent"
        }
      },
      "attachmentCreated": {
        "name": "attachment.created",
        "title": "An attachment was created",
        "summary": "Carries the attachment (pending) as the REST API returned it on create.",
        "payload": {
          "$ref": "#/components/schemas/AttachmentCreatedEvent"
        }
      },
      "attachmentUpdated": {
        "name": "attachment.updated",
        "title": "An attachment changed (from pending to ready or rejected)",
        "summary": "Carries the attachment as it is after the check of its upload.",
        "payload": {
          "$ref": "#/components/schemas/AttachmentUpdatedEvent"
        }
      },
      "attachmentDeleted": {
        "name": "attachment.deleted",
        "title": "An attachment was deleted",
        "payload": {
          "$ref": "#/components/schemas/AttachmentDeletedEvent"
        }
      },
      "ping": {
        "name": "ping",
        "title": "The client's keep-alive",
        "payload": {
          "$ref": "#/components/schemas/Ping"
        }
      },
      "pong": {
        "name": "pong",
        "title": "The answer to ping",
        "payload": {
          "$ref": "#/components/schemas/Pong"
        }
      },
      "error": {
        "name": "error",
        "title": "The answer to a message the server does not understand",
        "payload": {
          "$ref": "#/components/schemas/RealtimeError"
        }
      }
    },
    "schemas": {
      "UserId": {
        "type": "string",
        "description": "A user id (the JWT `sub`), e.g. a Cognito user's UUID.",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[A-Za-z0-9._@-]+$",
        "x-pattern-message": "must use only letters, digits and . _ @ -",
        "examples": [
          "user123"
        ]
      },
      "TaskId": {
        "type": "string",
        "format": "uuid",
        "maxLength": 36,
        "examples": [
          "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70"
        ]
      },
      "TaskStatus": {
        "type": "string",
        "maxLength": 11,
        "enum": [
          "pending",
          "in_progress",
          "done"
        ],
        "examples": [
          "pending"
        ]
      },
      "Title": {
        "type": "string",
        "description": "A short name for the task; not only whitespace.",
        "minLength": 1,
        "maxLength": 200,
        "pattern": "\\S",
        "x-pattern-message": "must contain a non-whitespace character",
        "examples": [
          "Learn AWS Lambda"
        ]
      },
      "Description": {
        "type": "string",
        "maxLength": 2000,
        "examples": [
          "Complete the serverless tutorial"
        ]
      },
      "DueDate": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "maxLength": 64,
        "description": "When the task is due (RFC 3339), or null for never.",
        "examples": [
          "2026-12-01T17:00:00Z"
        ]
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "maxLength": 64,
        "examples": [
          "2026-11-26T09:30:00.000Z"
        ]
      },
      "Task": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "user_id",
          "task_id",
          "title",
          "description",
          "status",
          "due_date",
          "created_at",
          "updated_at",
          "version"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "title": {
            "$ref": "#/components/schemas/Title"
          },
          "description": {
            "$ref": "#/components/schemas/Description"
          },
          "status": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "due_date": {
            "$ref": "#/components/schemas/DueDate"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 999999999999999,
            "description": "Starts at 1; every update adds 1."
          }
        },
        "examples": [
          {
            "user_id": "user123",
            "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
            "title": "Learn AWS Lambda",
            "description": "Complete the serverless tutorial",
            "status": "pending",
            "due_date": null,
            "created_at": "2026-11-26T09:30:00.000Z",
            "updated_at": "2026-11-26T09:30:00.000Z",
            "version": 1
          }
        ]
      },
      "AttachmentId": {
        "type": "string",
        "format": "uuid",
        "maxLength": 36,
        "examples": [
          "9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d"
        ]
      },
      "AttachmentStatus": {
        "type": "string",
        "maxLength": 8,
        "description": "`pending` until the uploaded file is checked, then `ready` or `rejected`\n(for good: a rejected attachment never becomes ready).\n",
        "enum": [
          "pending",
          "ready",
          "rejected"
        ]
      },
      "AttachmentContentType": {
        "type": "string",
        "maxLength": 15,
        "description": "The declared media type; the file's first bytes must match it.",
        "enum": [
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/pdf",
          "text/plain",
          "text/csv"
        ]
      },
      "AttachmentSize": {
        "type": "integer",
        "description": "The declared size in bytes (1 to 10 MiB); the file may not be larger.",
        "minimum": 1,
        "maximum": 10485760
      },
      "Filename": {
        "type": "string",
        "description": "The file's name as the user sees it; never part of the storage key.",
        "minLength": 1,
        "maxLength": 255,
        "pattern": "^[^/\\\\\\x00-\\x1F\\x7F]+$",
        "x-pattern-message": "must not contain path separators or control characters",
        "examples": [
          "report.pdf"
        ]
      },
      "Attachment": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attachment_id",
          "task_id",
          "filename",
          "content_type",
          "size",
          "status",
          "reason",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "attachment_id": {
            "$ref": "#/components/schemas/AttachmentId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "filename": {
            "$ref": "#/components/schemas/Filename"
          },
          "content_type": {
            "$ref": "#/components/schemas/AttachmentContentType"
          },
          "size": {
            "$ref": "#/components/schemas/AttachmentSize"
          },
          "status": {
            "$ref": "#/components/schemas/AttachmentStatus"
          },
          "reason": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 256,
            "description": "Why the file was rejected; null otherwise."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "attachment_id": "9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d",
            "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
            "filename": "report.pdf",
            "content_type": "application/pdf",
            "size": 48213,
            "status": "ready",
            "reason": null,
            "created_at": "2026-11-26T09:30:00.000Z",
            "updated_at": "2026-11-26T09:30:02.000Z"
          }
        ]
      },
      "Version": {
        "type": "integer",
        "minimum": 1,
        "maximum": 999999999999999,
        "description": "The version of the item after the change (for a delete, the last version it had)."
      },
      "SentAt": {
        "$ref": "#/components/schemas/Timestamp"
      },
      "AttachmentVersion": {
        "type": "integer",
        "minimum": 1,
        "maximum": 2,
        "description": "An attachment's version, derived from its status: it changes at most once (pending →\nready or rejected), so it is 1 while pending and 2 after. A deleted event carries the\nlast version it had.\n",
        "x-version-by-status": {
          "pending": 1,
          "ready": 2,
          "rejected": 2
        }
      },
      "TaskCreatedEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "user_id",
          "task_id",
          "version",
          "sent_at",
          "task"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "task.created"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "version": {
            "$ref": "#/components/schemas/Version"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          },
          "task": {
            "$ref": "#/components/schemas/Task"
          }
        }
      },
      "TaskUpdatedEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "user_id",
          "task_id",
          "version",
          "sent_at",
          "task"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "task.updated"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "version": {
            "$ref": "#/components/schemas/Version"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          },
          "task": {
            "$ref": "#/components/schemas/Task"
          }
        }
      },
      "TaskDeletedEvent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "user_id",
          "task_id",
          "version",
          "sent_at"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "task.deleted"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "version": {
            "$ref": "#/components/schemas/Version"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          }
        }
      },
      "AttachmentCreatedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "Carries the attachment as the REST API returns it now.",
        "required": [
          "type",
          "user_id",
          "task_id",
          "attachment_id",
          "version",
          "sent_at",
          "attachment"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "attachment.created"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "attachment_id": {
            "$ref": "#/components/schemas/AttachmentId"
          },
          "version": {
            "$ref": "#/components/schemas/AttachmentVersion"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          },
          "attachment": {
            "$ref": "#/components/schemas/Attachment"
          }
        }
      },
      "AttachmentUpdatedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "Carries the attachment as the REST API returns it now.",
        "required": [
          "type",
          "user_id",
          "task_id",
          "attachment_id",
          "version",
          "sent_at",
          "attachment"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "attachment.updated"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "attachment_id": {
            "$ref": "#/components/schemas/AttachmentId"
          },
          "version": {
            "$ref": "#/components/schemas/AttachmentVersion"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          },
          "attachment": {
            "$ref": "#/components/schemas/Attachment"
          }
        }
      },
      "AttachmentDeletedEvent": {
        "type": "object",
        "additionalProperties": false,
        "description": "`version` is the last version the attachment had.",
        "required": [
          "type",
          "user_id",
          "task_id",
          "attachment_id",
          "version",
          "sent_at"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "attachment.deleted"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "task_id": {
            "$ref": "#/components/schemas/TaskId"
          },
          "attachment_id": {
            "$ref": "#/components/schemas/AttachmentId"
          },
          "version": {
            "$ref": "#/components/schemas/AttachmentVersion"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          }
        }
      },
      "Ping": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ping"
          }
        }
      },
      "Pong": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sent_at"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "pong"
          },
          "sent_at": {
            "$ref": "#/components/schemas/SentAt"
          }
        }
      },
      "RealtimeError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "detail"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "error"
          },
          "detail": {
            "type": "string",
            "maxLength": 200,
            "description": "What was wrong with the message, in words (never exception text)."
          }
        }
      }
    }
  }
};
