// The stack model's one failure: the template is malformed, or uses something this reader
// cannot model. Its message is one line that names the template and what is wrong.

/** template.yaml cannot be read, or says something the stack model cannot represent. */
export class TemplateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemplateError';
  }
}
