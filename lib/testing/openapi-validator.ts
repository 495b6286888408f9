/**
 * Validates API responses against the component schemas of the OpenAPI document (3.1 schemas
 * are JSON Schema 2020-12). Used by the unit tests and the end-to-end tests, which fetch the
 * document from the running server; no app imports here, so Playwright's loader can read it.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with a default export; both module loaders must find the function.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

type Document = { components: { schemas: Record<string, unknown> } };

export function openApiValidator(document: Document) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // Each schema under the $ref address the document uses, so references between them resolve.
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  }
  /** The validation errors of `value` against the named schema, as readable lines (none when valid). */
  return (schemaName: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`The document has no schema ${schemaName}`);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
  };
}
