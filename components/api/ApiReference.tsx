import { useTranslations } from "next-intl";
import type { OpenApiDocument } from "@/lib/api/openapi";

type Operation = OpenApiDocument["paths"][keyof OpenApiDocument["paths"]]["get"];
type Schema = { type?: string | readonly string[]; enum?: readonly string[]; properties?: Record<string, Schema>; description?: string; $ref?: string; items?: Schema; format?: string };

const schemaName = (ref: string) => ref.split("/").at(-1) ?? ref;

type ApiTranslator = ReturnType<typeof useTranslations<"api">>;

function typeLabel(schema: Schema, t: ApiTranslator): string {
  if (schema.$ref) return schemaName(schema.$ref);
  if (schema.items) return t("arrayOf", { type: typeLabel(schema.items, t) });
  const types = [schema.type ?? []].flat().join(t("or"));
  return schema.format ? `${types} (${schema.format})` : types;
}

function OperationSection({ path, operation }: { path: string; operation: Operation }) {
  const t = useTranslations("api");
  const example = operation["x-example"];
  return (
    <section aria-labelledby={operation.operationId} className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h3 id={operation.operationId} className="font-mono text-lg font-semibold">
        GET {path}
      </h3>
      <p className="mt-1" lang="en">{operation.summary}</p>
      {operation.parameters.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">{t("parametersOf", { path })}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">{t("parameter")}</th>
              <th scope="col" className="py-1 pr-3">{t("in")}</th>
              <th scope="col" className="py-1">{t("meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={parameter.name} className="border-t border-zinc-100 align-top dark:border-zinc-900">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">
                  {parameter.name}
                  {"required" in parameter && parameter.required ? t("required") : ""}
                </th>
                <td className="py-1 pr-3">{parameter.in}</td>
                <td className="py-1">
                  {parameter.description}
                  {"example" in parameter && parameter.example ? <span className="text-zinc-600 dark:text-zinc-400"> {t("example")} <code>{parameter.example}</code></span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-3 text-sm">
        {t("example")}{" "}
        <a href={example} className="font-mono break-all underline underline-offset-2">
          {example}
        </a>
      </p>
      <ul className="mt-2 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const content = Object.entries(response.content)[0];
          const schema = content?.[1].schema as Schema | undefined;
          return (
            <li key={status}>
              <span className="font-mono">{status}</span> {response.description}
              {content ? ` (${content[0]}${schema?.$ref ? `, ${schemaName(schema.$ref)}` : ""})` : ""}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SchemaSection({ name, schema }: { name: string; schema: Schema }) {
  const t = useTranslations("api");
  return (
    <section aria-labelledby={`schema-${name}`} className="mt-6">
      <h3 id={`schema-${name}`} className="font-mono font-semibold">
        {name}
      </h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {Object.entries(schema.properties ?? {}).map(([property, value]) => (
          <div key={property} className="contents">
            <dt className="font-mono">{property}</dt>
            <dd>
              {typeLabel(value, t)}
              {value.enum ? `: ${value.enum.join(", ")}` : ""}
              {value.description ? ` — ${value.description}` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The API reference, rendered from the OpenAPI document so page and document agree. */
export function ApiReference({ document }: { document: OpenApiDocument }) {
  const t = useTranslations("api");
  return (
    <>
      <h2 className="mt-8 text-2xl font-semibold">{t("endpoints")}</h2>
      {Object.entries(document.paths).map(([path, item]) => (
        <OperationSection key={path} path={path} operation={item.get} />
      ))}
      <h2 className="mt-10 text-2xl font-semibold">{t("responseObjects")}</h2>
      {["Statement", "SourceSummary", "Theme", "Source", "Error", "OEmbed"].map((name) => (
        <SchemaSection key={name} name={name} schema={document.components.schemas[name as keyof typeof document.components.schemas] as Schema} />
      ))}
    </>
  );
}
