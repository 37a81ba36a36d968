// Generated from openapi.yaml by `pnpm generate`. Do not edit.
import type { OperationInfo } from '../runtime/operation-info.ts';

/** Every operation of openapi.yaml, in document order. */
export const operations = {
  getHello: {
    "operationId": "getHello",
    "method": "GET",
    "path": "/hello",
    "pathParameters": [],
    "queryDefaults": {},
    "auth": false,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/hello$/
  },
  createTask: {
    "operationId": "createTask",
    "method": "POST",
    "path": "/users/{user_id}/tasks",
    "pathParameters": [
      "user_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 201,
    "body": {
      "contentType": "application/json",
      "maxBytes": 65536,
      "required": true
    },
    "responses": {
      "201": {
        "contentType": "application/json",
        "headers": [
          "Location",
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "Location",
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "409": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      },
      "413": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "415": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "422": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks$/
  },
  listTasks: {
    "operationId": "listTasks",
    "method": "GET",
    "path": "/users/{user_id}/tasks",
    "pathParameters": [
      "user_id"
    ],
    "queryDefaults": {
      "limit": 20
    },
    "auth": true,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks$/
  },
  getTask: {
    "operationId": "getTask",
    "method": "GET",
    "path": "/users/{user_id}/tasks/{task_id}",
    "pathParameters": [
      "user_id",
      "task_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)$/
  },
  updateTask: {
    "operationId": "updateTask",
    "method": "PATCH",
    "path": "/users/{user_id}/tasks/{task_id}",
    "pathParameters": [
      "user_id",
      "task_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 200,
    "body": {
      "contentType": "application/json",
      "maxBytes": 65536,
      "required": true
    },
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "ETag",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "412": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "413": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "415": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)$/
  },
  deleteTask: {
    "operationId": "deleteTask",
    "method": "DELETE",
    "path": "/users/{user_id}/tasks/{task_id}",
    "pathParameters": [
      "user_id",
      "task_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 204,
    "body": null,
    "responses": {
      "204": {
        "contentType": null,
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "412": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)$/
  },
  createAttachment: {
    "operationId": "createAttachment",
    "method": "POST",
    "path": "/users/{user_id}/tasks/{task_id}/attachments",
    "pathParameters": [
      "user_id",
      "task_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 201,
    "body": {
      "contentType": "application/json",
      "maxBytes": 4096,
      "required": true
    },
    "responses": {
      "201": {
        "contentType": "application/json",
        "headers": [
          "Location",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "Location",
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "409": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "413": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "415": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)\/attachments$/
  },
  listAttachments: {
    "operationId": "listAttachments",
    "method": "GET",
    "path": "/users/{user_id}/tasks/{task_id}/attachments",
    "pathParameters": [
      "user_id",
      "task_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)\/attachments$/
  },
  getAttachment: {
    "operationId": "getAttachment",
    "method": "GET",
    "path": "/users/{user_id}/tasks/{task_id}/attachments/{attachment_id}",
    "pathParameters": [
      "user_id",
      "task_id",
      "attachment_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)\/attachments\/([^/]+)$/
  },
  deleteAttachment: {
    "operationId": "deleteAttachment",
    "method": "DELETE",
    "path": "/users/{user_id}/tasks/{task_id}/attachments/{attachment_id}",
    "pathParameters": [
      "user_id",
      "task_id",
      "attachment_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 204,
    "body": null,
    "responses": {
      "204": {
        "contentType": null,
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "404": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/tasks\/([^/]+)\/attachments\/([^/]+)$/
  },
  getSummary: {
    "operationId": "getSummary",
    "method": "GET",
    "path": "/users/{user_id}/summary",
    "pathParameters": [
      "user_id"
    ],
    "queryDefaults": {},
    "auth": true,
    "successStatus": 200,
    "body": null,
    "responses": {
      "200": {
        "contentType": "application/json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Access-Control-Allow-Origin"
        ]
      },
      "400": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "401": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "Cache-Control"
        ]
      },
      "403": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "429": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "Cache-Control",
          "Retry-After"
        ]
      },
      "500": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control"
        ]
      },
      "503": {
        "contentType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ],
        "requiredHeaders": [
          "X-Request-Id",
          "Cache-Control",
          "Retry-After"
        ]
      }
    },
    "pattern": /^\/users\/([^/]+)\/summary$/
  },
} as const satisfies Record<string, OperationInfo>;

/** The operationIds of openapi.yaml. */
export type OperationId = keyof typeof operations;
