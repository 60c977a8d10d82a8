/**
 * The one rule for fields an API body does not know: refused with 422, each named
 * (`errors[].field`), and documented so (`additionalProperties: false` on every object
 * of a request body). A typo in a field name would otherwise be dropped in silence and
 * the write would look done. Forms are not held to it: browsers post their buttons.
 */

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The paths (`a.b.0.c`) of the fields in `value` that `schema` does not describe. */
export function unknownFields(schema: JsonSchema, value: unknown): string[] {
  return walk(schema, schema, value, [], 0);
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  if (schema.$ref === '#') return root;
  const name = schema.$ref.startsWith('#/$defs/') ? schema.$ref.slice('#/$defs/'.length) : undefined;
  return (name && root.$defs?.[name]) || {};
}

function walk(root: JsonSchema, given: JsonSchema, value: unknown, path: string[], depth: number): string[] {
  if (depth > 64) return [];
  const schema = resolve(root, given);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    // The value may match any branch: the one that knows the most of it decides.
    const found = branches.map((branch) => walk(root, branch, value, path, depth + 1));
    return found.reduce((fewest, next) => (next.length < fewest.length ? next : fewest), found[0] ?? []);
  }
  if (schema.allOf) return [...new Set(schema.allOf.flatMap((part) => walk(root, part, value, path, depth + 1)))];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const itemSchema = schema.prefixItems?.[index] ?? schema.items;
      return itemSchema ? walk(root, itemSchema, item, [...path, String(index)], depth + 1) : [];
    });
  }
  if (!isObject(value) || !schema.properties) return [];
  const properties = schema.properties;
  return Object.entries(value).flatMap(([name, child]) => {
    const known = properties[name];
    if (known) return walk(root, known, child, [...path, name], depth + 1);
    const open = schema.additionalProperties;
    if (typeof open === 'object') return walk(root, open, child, [...path, name], depth + 1);
    if (open === true || schema.propertyNames || schema.patternProperties) return [];
    return [[...path, name].join('.')];
  });
}

/** A copy of a request body's JSON Schema that says what `unknownFields` enforces: objects take no other fields. */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!isObject(schema)) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, child]) => [key, closeObjects(child)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy.propertyNames && !copy.patternProperties) {
    copy.additionalProperties = false;
  }
  return copy;
}
