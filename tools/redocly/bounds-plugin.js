// Project lint rules for openapi.yaml: every value the API accepts or returns is bounded,
// and no object a client sends may carry fields the server would silently ignore.
// Redocly's configurable rules cannot see `type: [string, "null"]`, hence a plugin.

/** @param {unknown} type */
const hasType = (type, name) => (Array.isArray(type) ? type.includes(name) : type === name);

/** A rule that reports Schema nodes of a given type missing all of the given keywords. */
const schemaRule = (typeNames, keywords, message) => () => ({
  Schema: {
    enter(schema, ctx) {
      if (!typeNames.some((name) => hasType(schema.type, name))) return;
      if (keywords.some((k) => schema[k] !== undefined)) return;
      ctx.report({ message, location: ctx.location.key() });
    },
  },
});

/** Reports object schemas that do not say `additionalProperties: false`. */
const closedObject = (message) => (schema, ctx) => {
  if (schema.$ref) return;
  if (hasType(schema.type, 'object') && schema.additionalProperties !== false) {
    ctx.report({ message, location: ctx.location.key() });
  }
};

export default function boundsPlugin() {
  return {
    id: 'bounds',
    rules: {
      oas3: {
        'string-has-max-length': schemaRule(['string'], ['maxLength', 'const'], 'Every string needs a `maxLength`.'),
        'array-has-max-items': schemaRule(['array'], ['maxItems'], 'Every array needs a `maxItems`.'),
        'number-has-bounds': () => ({
          Schema: {
            enter(schema, ctx) {
              if (!hasType(schema.type, 'integer') && !hasType(schema.type, 'number')) return;
              const low = schema.minimum !== undefined || schema.exclusiveMinimum !== undefined;
              const high = schema.maximum !== undefined || schema.exclusiveMaximum !== undefined;
              if (!low || !high) {
                ctx.report({
                  message: 'Every number needs a minimum and a maximum.',
                  location: ctx.location.key(),
                });
              }
            },
          },
        }),
        'request-body-closed': () => ({
          RequestBody: {
            MediaType: {
              Schema: {
                enter: closedObject('A request body schema needs `additionalProperties: false`.'),
              },
            },
          },
        }),
        'response-object-closed': () => ({
          Response: {
            MediaType: {
              Schema: {
                enter: closedObject('A response body schema needs `additionalProperties: false`.'),
              },
            },
          },
        }),
      },
    },
  };
}
