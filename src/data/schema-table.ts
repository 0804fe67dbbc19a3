/** The fields of an articles.jsonl line, read off its JSON Schema, for the /data/ page. */

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  description?: string;
}

export interface SchemaField {
  name: string;
  type: string;
  description: string;
}

function typeName(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types
    .map((t) => (t === 'array' && schema.items ? `array of ${schema.items.properties ? 'object' : typeName(schema.items)}` : t))
    .join(' | ');
}

/** Top-level fields in order, with the fields of objects in arrays as `name[].field`. */
export function schemaFields(schema: JsonSchema): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    fields.push({ name, type: typeName(property), description: property.description ?? '' });
    for (const [inner, innerSchema] of Object.entries(property.items?.properties ?? {})) {
      fields.push({ name: `${name}[].${inner}`, type: typeName(innerSchema), description: innerSchema.description ?? '' });
    }
  }
  return fields;
}
