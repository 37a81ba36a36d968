// Generated from openapi.yaml by `pnpm generate`. Do not edit.
export interface paths {
    "/hello": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Say hello
         * @description A public liveness check. Returns the request id that the logs carry.
         */
        get: operations["getHello"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's tasks
         * @description Pages through the user's tasks. A page may hold fewer than `limit` tasks
         *     (even none) and still have a `next_cursor`; only `next_cursor: null`
         *     means the end. Cursors are opaque and bound to the user and the filter.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description The server assigns `task_id`, `created_at`, `updated_at` and `version: 1`.
         *     With an `Idempotency-Key`, a retry with the same key and body replays the
         *     first response instead of creating a second task.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description With `If-Match`, deletes only if the task is still at that version (else 412).
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Changes only the fields given and bumps `version`. With `If-Match`, the
         *     update happens only if the task is still at that version (else 412).
         *     A deleted task stays deleted (404).
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/users/{user_id}/tasks/{task_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * List a task's attachments
         * @description Every attachment of the task, oldest first, in any status.
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Start an attachment upload
         * @description Records a `pending` attachment and answers an S3 presigned POST. Send
         *     `upload.fields` plus the file (as the last field, named `file`) as
         *     `multipart/form-data` to `upload.url` before `upload.expires_at`. The policy
         *     pins the object key, `Content-Type` and a size of 1 to `size` bytes. Once
         *     the object exists, the server checks its real size and its type (sniffed
         *     from its first bytes) against the declared ones: the attachment becomes
         *     `ready`, or `rejected` with a `reason` and the object deleted. A task holds
         *     at most 20 attachments (pending and rejected ones count until deleted).
         */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/tasks/{task_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
                /** @description The attachment's server-assigned id. */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Get an attachment
         * @description The attachment, and while it is `ready` a presigned GET of its file, valid
         *     for 5 minutes. The download is served as `Content-Disposition: attachment`
         *     with the verified content type, so a browser never renders it inline.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /**
         * Delete an attachment
         * @description Deletes the record and its file, in any status.
         */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Count the user's tasks by status
         * @description The number of the user's tasks in each status, kept by a consumer of the
         *     tasks table's change stream rather than counted on each request.
         *
         *     The counters are **eventually consistent**: a create, update or delete
         *     shows up here once the stream has delivered it, usually within about a
         *     second (the stream's own propagation, under a second, plus the
         *     consumer's batching window of 1 s). A change the consumer fails to
         *     apply is retried, up to 5 times, and only then set aside for an
         *     operator to replay; until it is applied the counters miss it. Each change is counted
         *     exactly once, however often the stream delivers it; once the stream
         *     is idle the counters equal a recount of the tasks. `updated_at` is when
         *     the counters last changed (null before the user's first task).
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A user id (the JWT `sub`), e.g. a Cognito user's UUID.
         * @example user123
         */
        UserId: string;
        /**
         * Format: uuid
         * @example 3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70
         */
        TaskId: string;
        /**
         * @example pending
         * @enum {string}
         */
        TaskStatus: "pending" | "in_progress" | "done";
        /**
         * @description A short name for the task; not only whitespace.
         * @example Learn AWS Lambda
         */
        Title: string;
        /** @example Complete the serverless tutorial */
        Description: string;
        /**
         * Format: date-time
         * @description When the task is due (RFC 3339), or null for never.
         * @example 2026-12-01T17:00:00Z
         */
        DueDate: string | null;
        /**
         * Format: date-time
         * @example 2026-11-26T09:30:00.000Z
         */
        Timestamp: string;
        /**
         * @example {
         *       "user_id": "user123",
         *       "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *       "title": "Learn AWS Lambda",
         *       "description": "Complete the serverless tutorial",
         *       "status": "pending",
         *       "due_date": null,
         *       "created_at": "2026-11-26T09:30:00.000Z",
         *       "updated_at": "2026-11-26T09:30:00.000Z",
         *       "version": 1
         *     }
         */
        Task: {
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            title: components["schemas"]["Title"];
            description: components["schemas"]["Description"];
            status: components["schemas"]["TaskStatus"];
            due_date: components["schemas"]["DueDate"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description Starts at 1; every update adds 1. */
            version: number;
        };
        /**
         * @example {
         *       "title": "Learn AWS Lambda",
         *       "description": "Complete the serverless tutorial"
         *     }
         */
        TaskCreate: {
            title: components["schemas"]["Title"];
            /** @default  */
            description?: components["schemas"]["Description"];
            /** @default pending */
            status?: components["schemas"]["TaskStatus"];
            /** @default null */
            due_date?: components["schemas"]["DueDate"];
        };
        /**
         * @example {
         *       "status": "done"
         *     }
         */
        TaskUpdate: {
            title?: components["schemas"]["Title"];
            description?: components["schemas"]["Description"];
            status?: components["schemas"]["TaskStatus"];
            due_date?: components["schemas"]["DueDate"];
        };
        /**
         * @example {
         *       "tasks": [
         *         {
         *           "user_id": "user123",
         *           "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *           "title": "Learn AWS Lambda",
         *           "description": "Complete the serverless tutorial",
         *           "status": "pending",
         *           "due_date": null,
         *           "created_at": "2026-11-26T09:30:00.000Z",
         *           "updated_at": "2026-11-26T09:30:00.000Z",
         *           "version": 1
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        TaskList: {
            tasks: components["schemas"]["Task"][];
            /** @description Pass as `cursor` for the next page; null at the end. */
            next_cursor: string | null;
        };
        /**
         * Format: uuid
         * @example 9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d
         */
        AttachmentId: string;
        /**
         * @description `pending` until the uploaded file is checked, then `ready` or `rejected`
         *     (for good: a rejected attachment never becomes ready).
         * @enum {string}
         */
        AttachmentStatus: "pending" | "ready" | "rejected";
        /**
         * @description The declared media type; the file's first bytes must match it.
         * @enum {string}
         */
        AttachmentContentType: "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "text/plain" | "text/csv";
        /** @description The declared size in bytes (1 to 10 MiB); the file may not be larger. */
        AttachmentSize: number;
        /**
         * @description The file's name as the user sees it; never part of the storage key.
         * @example report.pdf
         */
        Filename: string;
        /**
         * @example {
         *       "filename": "report.pdf",
         *       "content_type": "application/pdf",
         *       "size": 48213
         *     }
         */
        AttachmentCreate: {
            filename: components["schemas"]["Filename"];
            content_type: components["schemas"]["AttachmentContentType"];
            size: components["schemas"]["AttachmentSize"];
        };
        /**
         * @example {
         *       "attachment_id": "9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d",
         *       "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *       "filename": "report.pdf",
         *       "content_type": "application/pdf",
         *       "size": 48213,
         *       "status": "ready",
         *       "reason": null,
         *       "created_at": "2026-11-26T09:30:00.000Z",
         *       "updated_at": "2026-11-26T09:30:02.000Z"
         *     }
         */
        Attachment: {
            attachment_id: components["schemas"]["AttachmentId"];
            task_id: components["schemas"]["TaskId"];
            filename: components["schemas"]["Filename"];
            content_type: components["schemas"]["AttachmentContentType"];
            size: components["schemas"]["AttachmentSize"];
            status: components["schemas"]["AttachmentStatus"];
            /** @description Why the file was rejected; null otherwise. */
            reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description An S3 presigned POST, valid for 15 minutes. */
        AttachmentUpload: {
            /** @description Where to POST the multipart form. */
            url: string;
            /** @description Form fields to send, in this order, before the file. */
            fields: {
                [key: string]: string;
            };
            expires_at: components["schemas"]["Timestamp"];
        };
        /** @description A presigned GET of the verified file, valid for 5 minutes. */
        AttachmentDownload: {
            /** @description A GET of this URL downloads the file. */
            url: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        AttachmentCreated: {
            attachment: components["schemas"]["Attachment"];
            upload: components["schemas"]["AttachmentUpload"];
        };
        AttachmentView: {
            attachment: components["schemas"]["Attachment"];
            /** @description Non-null only while the attachment is `ready`. */
            download: components["schemas"]["AttachmentDownload"] | null;
        };
        AttachmentList: {
            /** @description Oldest first; a task has at most 20. */
            attachments: components["schemas"]["Attachment"][];
        };
        /**
         * @description How many of the user's tasks are in each status; `total` is their sum.
         *     Eventually consistent with the tasks (see getSummary).
         * @example {
         *       "pending": 2,
         *       "in_progress": 1,
         *       "done": 4,
         *       "total": 7,
         *       "updated_at": "2026-11-26T09:30:01.000Z"
         *     }
         */
        TaskSummary: {
            pending: components["schemas"]["TaskCount"];
            in_progress: components["schemas"]["TaskCount"];
            done: components["schemas"]["TaskCount"];
            total: components["schemas"]["TaskCount"];
            /**
             * Format: date-time
             * @description When the counters last changed; null if they never did.
             */
            updated_at: string | null;
        };
        TaskCount: number;
        /** @enum {string} */
        ChangeEventType: "task.created" | "task.updated" | "task.deleted" | "attachment.created" | "attachment.updated" | "attachment.deleted";
        /**
         * @description One change to a user's data, made from one record of a table's change
         *     stream: the domain event that realtime subscribers receive. Delivery is
         *     at least once: the same change may arrive again with the same
         *     `event_id`, so a subscriber that must act once deduplicates on it. Events
         *     of one task (or one attachment) arrive in the order the changes took
         *     effect; events of different tasks may interleave in any order.
         *     `task.updated` is sent only when a field of the Task changed.
         * @example {
         *       "event_id": "c81e728d9d4c2f636f067f89cc14862c",
         *       "type": "task.updated",
         *       "occurred_at": "2026-11-26T09:31:00.000Z",
         *       "user_id": "user123",
         *       "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *       "version": 2,
         *       "task": {
         *         "user_id": "user123",
         *         "task_id": "3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *         "title": "Learn AWS Lambda",
         *         "description": "Complete the serverless tutorial",
         *         "status": "done",
         *         "due_date": null,
         *         "created_at": "2026-11-26T09:30:00.000Z",
         *         "updated_at": "2026-11-26T09:31:00.000Z",
         *         "version": 2
         *       }
         *     }
         */
        ChangeEvent: {
            /** @description The change's id (the stream record's eventID); the same on every redelivery. */
            event_id: string;
            type: components["schemas"]["ChangeEventType"];
            /** @description When the change took effect (the stream record's creation time, to the second). */
            occurred_at: components["schemas"]["Timestamp"];
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            /**
             * @description On `task.*` only: the task's version after the change; for
             *     `task.deleted`, the version that was deleted.
             */
            version?: number;
            /** @description The task after the change; only on task.created and task.updated. */
            task?: components["schemas"]["Task"];
            /** @description On `attachment.*` only. */
            attachment_id?: components["schemas"]["AttachmentId"];
            /** @description The attachment after the change; only on attachment.created and attachment.updated. */
            attachment?: components["schemas"]["Attachment"];
        };
        /**
         * @example {
         *       "message": "Hello from Lambda!",
         *       "request_id": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
         *     }
         */
        HelloResponse: {
            message: string;
            request_id: string;
        };
        /**
         * @example {
         *       "pointer": "/title",
         *       "detail": "must NOT have fewer than 1 characters"
         *     }
         */
        ProblemFieldError: {
            /** @description A JSON pointer to the field, e.g. `/title` or `/query/limit`. */
            pointer: string;
            detail: string;
        };
        /**
         * @description An RFC 9457 problem document.
         * @example {
         *       "type": "https://serverless-todo.dev/problems/not-found",
         *       "title": "The task does not exist.",
         *       "status": 404,
         *       "instance": "/users/user123/tasks/3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70",
         *       "request_id": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
         *     }
         */
        Problem: {
            /** Format: uri-reference */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            request_id?: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        };
    };
    responses: {
        /** @description The request is invalid; `errors[]` points at each offending field. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://serverless-todo.dev/problems/validation-error",
                 *       "title": "Your request is not valid.",
                 *       "status": 400,
                 *       "detail": "The request has 1 invalid field.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/title",
                 *           "detail": "must NOT have more than 200 characters"
                 *         }
                 *       ],
                 *       "request_id": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No bearer token, or one that is malformed, wrongly signed or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestIdFromFunction"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path's `user_id` is not the token's subject. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such task or attachment (or it was deleted). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A request with this `Idempotency-Key` is still in progress; retry later. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The task already has the most attachments it may have (20); delete one first. */
        AttachmentLimit: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` names a version that is no longer current. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than the operation accepts. */
        ContentTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestIdFromFunction"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `Idempotency-Key` was used before with a different body. */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Throttled; retry after the given delay. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestIdFromFunction"];
                "Cache-Control": components["headers"]["CacheControl"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something failed on the server. The body says only that, with the request id. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database is throttling or unavailable; nothing was written. Retry later. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The owner of the tasks; must equal the token's `sub`. */
        UserId: components["schemas"]["UserId"];
        /** @description The task's server-assigned id. */
        TaskId: components["schemas"]["TaskId"];
        /** @description The attachment's server-assigned id. */
        AttachmentId: components["schemas"]["AttachmentId"];
        /** @description The most tasks one page may hold. */
        Limit: number;
        /** @description The `next_cursor` of the previous page, unchanged. */
        Cursor: string;
        /** @description Only tasks in this status. */
        StatusFilter: components["schemas"]["TaskStatus"];
        /**
         * @description A client-chosen key (e.g. a UUID). The same key with the same body within
         *     24 hours replays the first response; with another body it is a 422.
         */
        IdempotencyKey: string;
        /** @description The ETag last read (`"<version>"`), or `*` for "any version". */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description The id of this request, as the logs show it. */
        XRequestId: string;
        /**
         * @description The id of this request, when a function answered. API Gateway's own answers
         *     (token rejected, throttled, body over 10 MB) carry the id in the body's
         *     `request_id` and in its `x-amzn-RequestId` header instead.
         */
        XRequestIdFromFunction: string;
        /** @description Responses are never cached. */
        CacheControl: "no-store";
        /** @description The CORS origin allowed to read the response. */
        AccessControlAllowOrigin: string;
        /** @description The task's version as a strong entity tag, e.g. `"3"`. */
        ETag: string;
        /** @description The path of the created task. */
        Location: string;
        /** @description The path of the created attachment. */
        AttachmentLocation: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHello: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelloResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description The most tasks one page may hold. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page, unchanged. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only tasks in this status. */
                status?: components["parameters"]["StatusFilter"];
            };
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key (e.g. a UUID). The same key with the same body within
                 *     24 hours replays the first response; with another body it is a 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The task was created (or an earlier identical request is replayed). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`), or `*` for "any version". */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task is gone. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read (`"<version>"`), or `*` for "any version". */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The updated task. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's attachments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            /** @description The attachment is pending; upload the file with `upload`. */
            201: {
                headers: {
                    Location: components["headers"]["AttachmentLocation"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["AttachmentLimit"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
                /** @description The attachment's server-assigned id. */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
                /** @description The task's server-assigned id. */
                task_id: components["parameters"]["TaskId"];
                /** @description The attachment's server-assigned id. */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment and its file are gone. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The owner of the tasks; must equal the token's `sub`. */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counters. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
