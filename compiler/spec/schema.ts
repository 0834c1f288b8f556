/**
 * The airspec spec language, v1: what users write in `specs/*.yaml`.
 *
 * Every struct rejects unknown keys (the decoder runs with `onExcessProperty: "error"`), so a typo is an
 * error, never a silently ignored setting. Shapes stay close to the YAML: conversions (durations to
 * seconds, sizes to bytes, defaults) happen when the plan is built, so the generated JSON Schema describes
 * exactly what a user may type.
 */
import { Schema as S } from "effect"
import { parseByteSize, parseDuration } from "./units"

const doc = <A extends S.Schema.AnyNoContext>(schema: A, description: string): A =>
  schema.annotations({ description }) as A

/** Lowercase snake case, starting with a letter: pipeline ids, task ids, connection names. */
export const NAME_PATTERN = "^[a-z][a-z0-9_]{0,99}$"

const NonEmptyString = S.String.pipe(S.minLength(1, { message: () => "must not be empty" }))

/** Ten years: longer durations are mistakes, and much longer ones overflow Python's timedelta. */
export const MAX_DURATION_SECONDS = 10 * 365 * 86_400

const durationText = S.String.pipe(
  S.pattern(/^(?=\d)(\d+d)?(\d+h)?(\d+m)?(\d+s)?$/, {
    message: () => 'expected a duration such as "90s", "5m", "1h30m" or "2d"',
  }),
)

const duration = (minimum: 0 | 1) =>
  S.Union(S.Int, durationText).pipe(
    S.filter((value) => {
      const seconds = parseDuration(value)
      if (seconds < minimum) return minimum === 0 ? "must not be negative" : "must be longer than zero"
      return seconds <= MAX_DURATION_SECONDS || "must be at most 10 years"
    }),
  )

/** `90s`, `5m`, `1h30m`, `2d`, or a number of seconds. */
export const Duration = duration(0).annotations({
  identifier: "Duration",
  description: 'Seconds, or a duration such as "90s", "5m", "1h30m".',
})

/** A duration that must not be zero: timeouts, poll intervals, ages. */
export const PositiveDuration = duration(1).annotations({
  identifier: "PositiveDuration",
  description: 'Seconds (at least 1), or a duration such as "90s", "5m", "1h30m".',
})

/** `16MiB`, `500KB`, or a number of bytes. */
export const ByteSize = S.Union(
  S.Int,
  S.String.pipe(
    S.pattern(/^\d+(\.\d+)?\s*(B|KB|KiB|MB|MiB|GB|GiB)$/, {
      message: () => 'expected a size such as "16MiB", "500KB" or a number of bytes',
    }),
  ),
)
  .pipe(S.filter((value) => parseByteSize(value) >= 1 || "must be at least 1 byte"))
  .annotations({ identifier: "ByteSize", description: 'Bytes, or a size such as "16MiB" or "500KB".' })

/** A SQL identifier, optionally schema-qualified. Strict so that it can never carry SQL. */
export const TableName = S.String.pipe(
  S.pattern(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, {
    message: () => "expected a table name such as orders or raw.orders (letters, digits, underscores)",
  }),
).annotations({ identifier: "TableName" })

export const ColumnName = S.String.pipe(
  S.pattern(/^[A-Za-z_][A-Za-z0-9_]*$/, {
    message: () => "expected a column name (letters, digits, underscores; not starting with a digit)",
  }),
).annotations({ identifier: "ColumnName" })

const ColumnList = S.NonEmptyArray(ColumnName)

/**
 * A column type of the target dialect, e.g. `numeric(12,2)`, `Nullable(Decimal(18, 4))` or
 * `Enum8('a' = 1)`. It is written into DDL, so it may not close its own parentheses early, leave a quote
 * open, or contain a comment or statement separator.
 */
export const ColumnType = S.String.pipe(
  S.pattern(/^[A-Za-z][A-Za-z0-9_ ]*(\([A-Za-z0-9_ ,'()=/+.:-]*\))?(\[\])?$/, {
    message: () => "expected a column type such as text, numeric(12,2) or Nullable(String)",
  }),
  S.filter(
    (type) => isSelfContainedType(type) || "expected balanced parentheses and quotes, without -- or /*",
  ),
).annotations({ identifier: "ColumnType" })

const isSelfContainedType = (type: string): boolean => {
  if (type.includes("--") || type.includes("/*") || (type.match(/'/g)?.length ?? 0) % 2 === 1) return false
  const open = type.indexOf("(")
  if (open === -1) return true
  let depth = 0
  for (let index = open; index < type.length; index++) {
    if (type[index] === "(") depth++
    else if (type[index] === ")" && --depth === 0)
      return type.slice(index + 1) === "" || type.slice(index + 1) === "[]"
  }
  return false
}

const AssetUri = S.String.pipe(
  S.pattern(/^(?!airflow:)[a-z][a-z0-9+.-]*:\/\/\S+$/, {
    message: () =>
      "expected an asset URI such as airspec://dwh/raw.orders (the airflow:// scheme is reserved)",
  }),
).annotations({ identifier: "AssetUri" })

/** An HTTP header name (an RFC 9110 token): no spaces, colons or line breaks. */
const HeaderName = S.String.pipe(
  S.pattern(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, {
    message: () => "expected an HTTP header name such as X-Api-Key",
  }),
)
const HeaderValue = S.String.pipe(S.pattern(/^[^\r\n]*$/, { message: () => "must be one line" }))

/** Finite numbers only: YAML's .nan and .inf have no place in params or ratios. */
const FiniteNumber = S.Finite

/** The logical name of a connection declared under `connections`. */
const ConnectionRef = doc(NonEmptyString, "Name of a connection declared under `connections`.")

// ---------------------------------------------------------------------------------------------- connections

export const ConnectionKind = S.Literal("postgres", "clickhouse", "kafka", "http", "file")
export type ConnectionKind = typeof ConnectionKind.Type

const connection = <K extends ConnectionKind, F extends S.Struct.Fields>(kind: K, fields: F) =>
  S.Struct({
    kind: S.Literal(kind),
    conn_id: doc(
      S.String.pipe(
        S.pattern(/^[A-Za-z0-9_.-]+$/, {
          message: () => "expected an Airflow conn_id (letters, digits, _ . -)",
        }),
      ),
      "The Airflow connection id. Credentials live in Airflow, never in the spec.",
    ),
    description: S.optional(S.String),
    ...fields,
  })

export const Connection = S.Union(
  connection("postgres", {}),
  connection("clickhouse", {}),
  connection("kafka", {}),
  connection("http", {
    auth: S.optional(
      doc(
        S.Literal("none", "basic", "bearer", "header"),
        "How the connection's credentials are sent: basic (login/password), bearer (password as token), header (password in `auth_header`).",
      ),
    ),
    auth_header: S.optional(HeaderName),
  }),
  connection("file", {}),
).annotations({ identifier: "Connection", title: "a connection { kind, conn_id }" })
export type Connection = typeof Connection.Type

// ---------------------------------------------------------------------------------------------- schedule

export const AssetSchedule = S.Struct({
  assets: doc(S.NonEmptyArray(AssetUri), "Run when all of these assets have been updated."),
})

export const Schedule = S.Union(
  S.Null,
  doc(
    S.String,
    "A cron expression (5 fields) or a preset: @hourly, @daily, @weekly, @monthly, @quarterly, @yearly, @annually, @once, @continuous.",
  ),
  AssetSchedule,
).annotations({ identifier: "Schedule", title: "cron expression, preset, null or { assets }" })

const DateOrDateTime = S.String.annotations({
  description: "A date (2025-01-01) or an ISO 8601 date-time with offset (2025-01-01T06:00:00+03:00).",
})

// ---------------------------------------------------------------------------------------------- params

const paramCommon = {
  title: S.optional(S.String),
  description: S.optional(S.String),
}

const NumericBounds = { minimum: S.optional(FiniteNumber), maximum: S.optional(FiniteNumber) }

export const Param = S.Union(
  S.Struct({ type: S.Literal("boolean"), default: S.optional(S.Boolean), ...paramCommon }),
  S.Struct({
    type: S.Literal("integer"),
    default: S.optional(S.Int),
    enum: S.optional(S.NonEmptyArray(S.Int)),
    ...NumericBounds,
    ...paramCommon,
  }),
  S.Struct({
    type: S.Literal("number"),
    default: S.optional(FiniteNumber),
    enum: S.optional(S.NonEmptyArray(FiniteNumber)),
    ...NumericBounds,
    ...paramCommon,
  }),
  S.Struct({
    type: S.Literal("string"),
    default: S.optional(S.String),
    format: S.optional(S.Literal("date", "date-time")),
    enum: S.optional(S.NonEmptyArray(S.String)),
    min_length: S.optional(S.Int.pipe(S.nonNegative())),
    max_length: S.optional(S.Int.pipe(S.nonNegative())),
    ...paramCommon,
  }),
  S.Struct({
    type: S.Literal("array"),
    items: S.Struct({
      type: S.Literal("string", "integer", "number"),
      enum: S.optional(S.NonEmptyArray(S.Union(S.String, FiniteNumber))),
    }),
    default: S.optional(S.Array(S.Union(S.String, FiniteNumber))),
    min_items: S.optional(S.Int.pipe(S.nonNegative())),
    max_items: S.optional(S.Int.pipe(S.nonNegative())),
    ...paramCommon,
  }),
).annotations({
  identifier: "Param",
  title: "a param with type boolean, integer, number, string or array",
  description: "A typed field of the Airflow trigger form. Without a default the field is optional (null).",
})
export type Param = typeof Param.Type

// ---------------------------------------------------------------------------------------------- sources

export const Incremental = S.Struct({
  cursor: doc(ColumnName, "Column compared with Airflow's data interval: start <= cursor < end."),
  start_param: S.optional(doc(S.String, "HTTP sources: query parameter that receives the interval start.")),
  end_param: S.optional(doc(S.String, "HTTP sources: query parameter that receives the interval end.")),
}).annotations({ identifier: "Incremental" })

const databaseSource = <K extends "postgres" | "clickhouse">(kind: K) =>
  S.Struct({
    kind: S.Literal(kind),
    connection: ConnectionRef,
    query: S.optional(doc(NonEmptyString, "A SELECT. Exactly one of query and table.")),
    table: S.optional(TableName),
    incremental: S.optional(Incremental),
  })

export const CsvOptions = S.Struct({
  delimiter: S.optional(S.String.pipe(S.length(1, { message: () => "must be exactly one character" }))),
  quote: S.optional(S.String.pipe(S.length(1, { message: () => "must be exactly one character" }))),
  escape: S.optional(S.String.pipe(S.length(1, { message: () => "must be exactly one character" }))),
  header: S.optional(doc(S.Boolean, "First line holds column names (default true).")),
  columns: S.optional(doc(ColumnList, "Column names when the file has no header.")),
  null_string: S.optional(doc(S.String, "Field value read as NULL (default: none; empty stays empty).")),
  skip_rows: S.optional(S.Int.pipe(S.nonNegative())),
  encoding: S.optional(S.Literal("utf-8", "latin1", "utf-16le")),
}).annotations({ identifier: "CsvOptions" })

export const FileSource = S.Struct({
  kind: S.Literal("file"),
  connection: S.optional(doc(ConnectionRef, "A file (base directory) or http (base URL) connection.")),
  path: S.optional(
    doc(NonEmptyString, "Local path, relative to the connection's base or the working directory."),
  ),
  url: S.optional(doc(S.String.pipe(S.pattern(/^https?:\/\/\S+$/)), "An http(s) URL.")),
  format: S.Literal("csv", "json", "ndjson", "xml"),
  csv: S.optional(CsvOptions),
  json: S.optional(
    S.Struct({
      records_path: S.optional(doc(S.String, "Dotted path to the array of records, e.g. data.items.")),
    }),
  ),
  xml: S.optional(
    S.Struct({
      record_path: doc(NonEmptyString, "Dotted element path of one record, e.g. orders.order."),
      attribute_prefix: S.optional(S.String),
    }),
  ),
  incremental: S.optional(Incremental),
}).annotations({ identifier: "FileSource" })

const PagePagination = S.Struct({
  type: S.Literal("page"),
  page_param: S.optional(S.String),
  size_param: S.optional(S.String),
  size: S.optional(S.Int.pipe(S.positive())),
  start: S.optional(S.Int.pipe(S.nonNegative())),
})
const OffsetPagination = S.Struct({
  type: S.Literal("offset"),
  offset_param: S.optional(S.String),
  limit_param: S.optional(S.String),
  limit: S.optional(S.Int.pipe(S.positive())),
})
const CursorPagination = S.Struct({
  type: S.Literal("cursor"),
  cursor_param: doc(S.String, "Query parameter that carries the token."),
  cursor_path: doc(S.String, "Dotted path of the next token in the response body."),
})
const NextLinkPagination = S.Struct({
  type: S.Literal("next_link"),
  next_path: S.optional(
    doc(S.String, "Dotted path of the next URL in the body; omit to follow the Link header."),
  ),
})

export const Pagination = S.Union(
  PagePagination,
  OffsetPagination,
  CursorPagination,
  NextLinkPagination,
).annotations({
  identifier: "Pagination",
})

const HttpMethod = S.Literal("GET", "POST")

export const HttpExport = S.Struct({
  request: S.Struct({
    path: NonEmptyString,
    method: S.optional(HttpMethod),
    body: S.optional(S.Unknown),
  }),
  job_id_path: doc(S.String, "Dotted path of the export id in the request's response."),
  status_path: doc(NonEmptyString, "Path polled for status; `{id}` is replaced by the export id."),
  state_path: doc(S.String, "Dotted path of the state in the status response."),
  ready_values: S.NonEmptyArray(S.String),
  failed_values: S.optional(S.Array(S.String)),
  result_url_path: doc(S.String, "Dotted path of the download URL in the status response."),
  poll_interval: S.optional(PositiveDuration),
  timeout: S.optional(PositiveDuration),
}).annotations({ identifier: "HttpExport" })

export const HttpSource = S.Struct({
  kind: S.Literal("http"),
  connection: ConnectionRef,
  path: doc(NonEmptyString, "Path relative to the connection's base URL, e.g. /v1/orders."),
  method: S.optional(HttpMethod),
  query: S.optional(S.Record({ key: S.String, value: S.Union(S.String, FiniteNumber, S.Boolean) })),
  headers: S.optional(
    doc(S.Record({ key: HeaderName, value: HeaderValue }), "Extra headers; never secrets."),
  ),
  body: S.optional(S.Unknown),
  records_path: S.optional(doc(S.String, "Dotted path of the record array in each response.")),
  pagination: S.optional(Pagination),
  export: S.optional(HttpExport),
  incremental: S.optional(Incremental),
  timeout: S.optional(PositiveDuration),
}).annotations({ identifier: "HttpSource" })

export const Source = S.Union(
  databaseSource("postgres"),
  databaseSource("clickhouse"),
  FileSource,
  HttpSource,
).annotations({ identifier: "Source" })
export type Source = typeof Source.Type

// ---------------------------------------------------------------------------------------------- targets

export const WriteMode = S.Literal("append", "replace", "merge", "window").annotations({
  description:
    "append: add rows; replace: load a staging table and swap; merge: upsert on primary_key; window: replace exactly the run's data interval.",
})
export type WriteMode = typeof WriteMode.Type

export const Target = S.Struct({
  connection: ConnectionRef,
  table: TableName,
  write: S.optional(WriteMode),
  primary_key: S.optional(ColumnList),
  columns: S.optional(doc(S.Record({ key: ColumnName, value: ColumnType }), "Column type overrides.")),
  order_by: S.optional(doc(ColumnList, "ClickHouse ORDER BY key.")),
  partition_by: S.optional(
    doc(NonEmptyString, "ClickHouse PARTITION BY expression, e.g. toYYYYMM(created_at)."),
  ),
  version: S.optional(
    doc(
      ColumnName,
      "ClickHouse merge: the ReplacingMergeTree version column; a key's row with the highest value wins (default: the incremental cursor, else the latest load).",
    ),
  ),
  on_schema_drift: S.optional(
    doc(S.Literal("add_columns", "fail"), "What to do when the source has columns the table lacks."),
  ),
}).annotations({ identifier: "Target" })
export type Target = typeof Target.Type

export const Batch = S.Struct({
  rows: S.optional(S.Int.pipe(S.positive())),
  bytes: S.optional(ByteSize),
  max_duration: S.optional(PositiveDuration),
}).annotations({ identifier: "Batch", description: "A batch is flushed when any limit is reached." })

export const BadRows = S.Struct({
  max_count: S.optional(doc(S.Int.pipe(S.nonNegative()), "Fail when more rows than this are quarantined.")),
  max_ratio: S.optional(
    doc(
      FiniteNumber.pipe(S.between(0, 1, { message: () => "must be between 0 and 1" })),
      "Fail above this share.",
    ),
  ),
  table: S.optional(doc(TableName, "Quarantine table (default airspec_quarantine).")),
}).annotations({ identifier: "BadRows" })

// ---------------------------------------------------------------------------------------------- tasks

const taskCommon = {
  description: S.optional(S.String),
  depends_on: S.optional(S.Array(NonEmptyString)),
  retries: S.optional(S.Int.pipe(S.nonNegative())),
  retry_delay: S.optional(Duration),
  execution_timeout: S.optional(PositiveDuration),
  pool: S.optional(NonEmptyString),
  outlets: S.optional(doc(S.Array(AssetUri), "Assets this task updates, for asset-scheduled pipelines.")),
}

/**
 * How a masked column is loaded. YAML's `null` and the text "null" mean the same, so that neither
 * `phone: null` nor `phone: "null"` surprises anyone.
 */
export const MaskMethod = S.Literal("hash", "null", null).annotations({
  identifier: "MaskMethod",
  title: "hash or null",
  description:
    "hash: the lowercase hex SHA-256 of the value's UTF-8 text (64 characters; NULL stays NULL; unsalted, so equal values still join but short values such as phone numbers can be recovered by brute force); null: the column is loaded as NULL.",
})
export type MaskMethod = typeof MaskMethod.Type

export const Mask = S.Record({ key: ColumnName, value: MaskMethod }).annotations({
  identifier: "Mask",
  description:
    "Personal data masked before any target sees the rows: column name → hash or null. The column must be a source column and not the incremental cursor.",
})

export const LoadTask = S.Struct({
  source: Source,
  mask: S.optional(Mask),
  targets: S.NonEmptyArray(Target),
  batch: S.optional(Batch),
  bad_rows: S.optional(BadRows),
  ...taskCommon,
}).annotations({ identifier: "LoadTask", title: "load task (source → targets)" })
export type LoadTask = typeof LoadTask.Type

export const SqlTask = S.Struct({
  sql: S.Struct({
    connection: ConnectionRef,
    query: S.optional(doc(NonEmptyString, "Inline SQL. Exactly one of query and file.")),
    file: S.optional(doc(NonEmptyString, "SQL file, relative to the spec file.")),
  }),
  ...taskCommon,
}).annotations({ identifier: "SqlTask", title: "sql task" })
export type SqlTask = typeof SqlTask.Type

const checkOn = {
  connection: ConnectionRef,
  table: TableName,
  where: S.optional(doc(S.String, "SQL filter.")),
}

export const Check = S.Union(
  S.Struct({
    row_count: S.Struct({
      ...checkOn,
      min: S.optional(S.Int.pipe(S.nonNegative())),
      max: S.optional(S.Int.pipe(S.nonNegative())),
    }),
  }),
  S.Struct({ not_null: S.Struct({ ...checkOn, columns: ColumnList }) }),
  S.Struct({ unique: S.Struct({ ...checkOn, columns: ColumnList }) }),
  S.Struct({ freshness: S.Struct({ ...checkOn, column: ColumnName, max_age: PositiveDuration }) }),
).annotations({ identifier: "Check", title: "one of row_count, not_null, unique, freshness" })
export type Check = typeof Check.Type

export const CheckTask = S.Struct({
  checks: S.NonEmptyArray(Check),
  ...taskCommon,
}).annotations({ identifier: "CheckTask", title: "check task" })
export type CheckTask = typeof CheckTask.Type

export const Task = S.Union(LoadTask, SqlTask, CheckTask).annotations({
  identifier: "Task",
  title: "a load task (source, targets), a sql task (sql) or a check task (checks)",
})
export type Task = typeof Task.Type

// ---------------------------------------------------------------------------------------------- pipeline

export const Defaults = S.Struct({
  retries: S.optional(S.Int.pipe(S.nonNegative())),
  retry_delay: S.optional(Duration),
  retry_exponential_backoff: S.optional(
    doc(
      S.Union(S.Boolean, FiniteNumber.pipe(S.greaterThanOrEqualTo(1))),
      "Multiply the delay after each retry: true doubles it, a number sets the factor.",
    ),
  ),
  execution_timeout: S.optional(PositiveDuration),
  pool: S.optional(NonEmptyString),
}).annotations({ identifier: "Defaults", description: "Task defaults; a task may override each." })

export const Metrics = S.Struct({
  connection: doc(ConnectionRef, "A kafka connection."),
  topic: S.optional(
    S.String.pipe(S.pattern(/^[A-Za-z0-9._-]{1,249}$/, { message: () => "expected a Kafka topic name" })),
  ),
  required: S.optional(doc(S.Boolean, "Fail the task when metrics cannot be sent (default false).")),
}).annotations({ identifier: "Metrics" })

export const Spec = S.Struct({
  pipeline: doc(
    // checked by the semantic checks (code invalid_id); the pattern is here for editors
    S.String.annotations({ jsonSchema: { type: "string", pattern: NAME_PATTERN } }),
    "The pipeline id; becomes the dag_id. Lowercase letters, digits, underscores.",
  ),
  description: S.optional(doc(S.String, "Markdown; becomes the DAG's doc_md.")),
  owner: NonEmptyString,
  tags: S.optional(S.Array(NonEmptyString)),
  schedule: S.optional(Schedule),
  timezone: S.optional(
    doc(S.String, "IANA time zone of start_date, end_date and cron schedules (default UTC)."),
  ),
  start_date: DateOrDateTime,
  end_date: S.optional(DateOrDateTime),
  catchup: S.optional(S.Boolean),
  max_active_runs: S.optional(S.Int.pipe(S.positive())),
  defaults: S.optional(Defaults),
  params: S.optional(S.Record({ key: S.String, value: Param })),
  connections: S.optional(S.Record({ key: S.String, value: Connection })),
  metrics: S.optional(Metrics),
  tasks: S.Record({ key: S.String, value: Task }),
}).annotations({
  identifier: "AirspecSpec",
  title: "airspec pipeline spec",
  description: "A pipeline compiled by airspec into a static Airflow 3 DAG and a task plan.",
})
export type Spec = typeof Spec.Type

export type Duration = typeof Duration.Type
export type ByteSize = typeof ByteSize.Type
export type CsvOptions = typeof CsvOptions.Type
export type Incremental = typeof Incremental.Type
export type Pagination = typeof Pagination.Type
export type Batch = typeof Batch.Type
export type BadRows = typeof BadRows.Type
export type Mask = typeof Mask.Type
