/**
 * GET /docs: the API reference as one self-contained HTML page, rendered on the server from the same
 * OpenAPI document /openapi.json serves: every endpoint with its summary, auth, request body and
 * responses, then every schema. No scripts and nothing fetched from elsewhere, so it works offline; the
 * platform's Swagger UI page would add 2 MB of JavaScript to every start of the CLI bundle.
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as OpenApi from "@effect/platform/OpenApi"
import { Effect } from "effect"
import { AirspecApi } from "../api"

type Json = Record<string, unknown>

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  )

/** Backticks in descriptions become code; everything else is text. */
const prose = (text: unknown) =>
  typeof text === "string"
    ? `<p>${escapeHtml(text).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`)}</p>`
    : ""

const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`

/** A schema as pretty JSON, its `$ref`s linked to the schema's section below. */
const schemaBlock = (schema: unknown) => {
  const text = escapeHtml(JSON.stringify(schema, null, 2))
  return `<pre>${text.replace(
    /&quot;#\/components\/schemas\/([^&]+)&quot;/g,
    (_, name: string) => `<a href="#${anchor(name)}">&quot;#/components/schemas/${name}&quot;</a>`,
  )}</pre>`
}

const content = (body: Json | undefined) => {
  const media = (body?.content as Json | undefined)?.["application/json"] as Json | undefined
  return media?.schema === undefined ? "" : schemaBlock(media.schema)
}

const operation = (method: string, path: string, op: Json) => {
  const secured = Array.isArray(op.security) && op.security.length > 0
  const responses = Object.entries((op.responses as Json | undefined) ?? {})
    .map(
      ([status, response]) =>
        `<details><summary><strong>${escapeHtml(status)}</strong> ${escapeHtml(String((response as Json).description ?? ""))}</summary>${content(response as Json)}</details>`,
    )
    .join("\n")
  const parameters = (Array.isArray(op.parameters) ? (op.parameters as Json[]) : [])
    .map(
      (parameter) =>
        `<li><code>${escapeHtml(String(parameter.name))}</code> in ${escapeHtml(String(parameter.in))}</li>`,
    )
    .join("")
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9_-]/g, "_")
  return `<section id="${id}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${prose(op.summary)}${prose(op.description)}
<p class="auth">${secured ? "Needs <code>Authorization: Bearer &lt;token&gt;</code>." : "No token needed."}</p>
${parameters === "" ? "" : `<h4>Parameters</h4><ul>${parameters}</ul>`}
${op.requestBody === undefined ? "" : `<h4>Request body (application/json)</h4>${content(op.requestBody as Json)}`}
<h4>Responses</h4>
${responses}
</section>`
}

export const docsPage = (spec: Json): string => {
  const info = spec.info as Json
  const operations = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, op: op as Json })),
  )
  const schemas = Object.entries(((spec.components as Json | undefined)?.schemas as Json | undefined) ?? {})
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} ${escapeHtml(String(info.version))} API</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
code, pre { font: 13px ui-monospace, monospace; }
pre { background: #f6f8fa; padding: .75rem; overflow-x: auto; border-radius: 6px; }
section { border-top: 1px solid #d0d7de; padding-top: .5rem; }
.method { display: inline-block; min-width: 3.5rem; font-size: 13px; color: #fff; background: #0969da; border-radius: 4px; padding: 0 .4rem; text-align: center; }
.auth { color: #57606a; }
summary { cursor: pointer; }
nav li { list-style: none; }
</style>
</head>
<body>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
${prose(info.description)}
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(spec.openapi))}).</p>
<nav><h2>Endpoints</h2><ul>${operations
    .map(
      ({ method, path, op }) =>
        `<li><a href="#${`${method}-${path}`.replace(/[^A-Za-z0-9_-]/g, "_")}"><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></a> ${escapeHtml(String(op.summary ?? ""))}</li>`,
    )
    .join("\n")}</ul></nav>
<h2>Endpoints</h2>
${operations.map(({ method, path, op }) => operation(method, path, op)).join("\n")}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => `<section id="${anchor(name)}"><h3><code>${escapeHtml(name)}</code></h3>${schemaBlock(schema)}</section>`).join("\n")}
</body>
</html>
`
}

/** Serves the page at `path`. */
export const docsLayer = (path: `/${string}` = "/docs") =>
  HttpApiBuilder.Router.use((router) => {
    const page = HttpServerResponse.text(docsPage(OpenApi.fromApi(AirspecApi) as unknown as Json), {
      contentType: "text/html; charset=utf-8",
    })
    return router.get(path, Effect.succeed(page))
  })
