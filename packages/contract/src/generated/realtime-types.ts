// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
export type paths = Record<string, never>;
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
        /** @description The version of the item after the change (for a delete, the last version it had). */
        Version: number;
        SentAt: components["schemas"]["Timestamp"];
        /**
         * @description An attachment's version, derived from its status: it changes at most once (pending →
         *     ready or rejected), so it is 1 while pending and 2 after. A deleted event carries the
         *     last version it had.
         */
        AttachmentVersion: number;
        TaskCreatedEvent: {
            /** @constant */
            type: "task.created";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            version: components["schemas"]["Version"];
            sent_at: components["schemas"]["SentAt"];
            task: components["schemas"]["Task"];
        };
        TaskUpdatedEvent: {
            /** @constant */
            type: "task.updated";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            version: components["schemas"]["Version"];
            sent_at: components["schemas"]["SentAt"];
            task: components["schemas"]["Task"];
        };
        TaskDeletedEvent: {
            /** @constant */
            type: "task.deleted";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            version: components["schemas"]["Version"];
            sent_at: components["schemas"]["SentAt"];
        };
        /** @description Carries the attachment as the REST API returns it now. */
        AttachmentCreatedEvent: {
            /** @constant */
            type: "attachment.created";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            attachment_id: components["schemas"]["AttachmentId"];
            version: components["schemas"]["AttachmentVersion"];
            sent_at: components["schemas"]["SentAt"];
            attachment: components["schemas"]["Attachment"];
        };
        /** @description Carries the attachment as the REST API returns it now. */
        AttachmentUpdatedEvent: {
            /** @constant */
            type: "attachment.updated";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            attachment_id: components["schemas"]["AttachmentId"];
            version: components["schemas"]["AttachmentVersion"];
            sent_at: components["schemas"]["SentAt"];
            attachment: components["schemas"]["Attachment"];
        };
        /** @description `version` is the last version the attachment had. */
        AttachmentDeletedEvent: {
            /** @constant */
            type: "attachment.deleted";
            user_id: components["schemas"]["UserId"];
            task_id: components["schemas"]["TaskId"];
            attachment_id: components["schemas"]["AttachmentId"];
            version: components["schemas"]["AttachmentVersion"];
            sent_at: components["schemas"]["SentAt"];
        };
        Ping: {
            /** @constant */
            type: "ping";
        };
        Pong: {
            /** @constant */
            type: "pong";
            sent_at: components["schemas"]["SentAt"];
        };
        RealtimeError: {
            /** @constant */
            type: "error";
            /** @description What was wrong with the message, in words (never exception text). */
            detail: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
