/**
 * Stage A's rules as pure functions over base and head spec texts: for each rule, changes that make it
 * fire, and near misses that must not.
 */
import { describe, expect, it } from "vitest"
import { nameWords, personalDataKind } from "../../../compiler/review/pii"
import { runsDaily } from "../../../compiler/review/rules/tasks"
import { at, BASE, lineOf, PATH, reviewAll, ruleFindings } from "./support"

const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`the spec has no ${from}`)
  return text.replace(from, to)
}

describe("the base spec", () => {
  it("compiles and gives no findings, added or unchanged", () => {
    expect(reviewAll(undefined, BASE).findings).toEqual([])
    expect(reviewAll(BASE, BASE).findings).toEqual([])
  })
})

describe("removed_column_used_downstream", () => {
  const rule = "removed_column_used_downstream"
  const withoutCustomer = edit(BASE, "select id, customer_id, status,", "select id, status,")

  it("fires when a column leaves the select list while a check and a SQL task still read it", () => {
    const found = ruleFindings(rule, BASE, withoutCustomer)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      file: PATH,
      severity: "blocking",
      line: lineOf(withoutCustomer, "- connection: dwh"),
    })
    expect(found[0]?.message).toContain('column "customer_id" of raw.orders (connection dwh_pg)')
    expect(found[0]?.message).toContain("check task orders_checks, sql task mart")
  })

  it("fires for a SQL file and a downstream load in another spec", () => {
    const consumer = `pipeline: consumer
owner: data
start_date: 2025-01-01
schedule: "@daily"
connections:
  warehouse: { kind: postgres, conn_id: dwh_pg }
tasks:
  copy:
    source: { kind: postgres, connection: warehouse, query: "select id, status from raw.orders" }
    targets: [{ connection: warehouse, table: mart.statuses, write: replace }]
  report:
    sql: { connection: warehouse, file: sql/report.sql }
`
    const withoutStatus = edit(BASE, "customer_id, status, total_amount", "customer_id, total_amount")
    const found = ruleFindings(
      rule,
      { [PATH]: BASE, "specs/consumer.yaml": consumer },
      { [PATH]: withoutStatus, "specs/consumer.yaml": consumer },
      {},
      { "sql/report.sql": "select status, count(*) from raw.orders group by status" },
    )
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining(
        "load task copy in specs/consumer.yaml, sql task report (sql/report.sql) in specs/consumer.yaml",
      ),
    ])
  })

  it("fires when no task loads the table any more, at the nearest surviving parent", () => {
    const head = edit(BASE, BASE.slice(BASE.indexOf("  orders:\n"), BASE.indexOf("  orders_checks:")), "")
    const found = ruleFindings(rule, BASE, head)
    expect(found.map((f) => f.message.match(/column "(\w+)"/)?.[1])).toEqual([
      "customer_id",
      "id",
      "total_amount",
      "updated_at",
    ])
    expect(found[0]?.message).toContain("no task loads the table any more")
    expect(found[0]?.line).toBe(lineOf(head, "orders_checks:"))
  })

  it("does not fire for an unused column, a source that reads every column, or a column kept elsewhere", () => {
    expect(
      ruleFindings(rule, BASE, edit(BASE, "select id, customer_id, status,", "select id, customer_id,")),
    ).toEqual([])
    const wholeTable = edit(
      BASE,
      "      query: |\n        select id, customer_id, status, total_amount, updated_at\n        from public.orders\n",
      "      table: public.orders\n",
    )
    expect(ruleFindings(rule, BASE, wholeTable)).toEqual([])
    // customer_id leaves the query but stays as a column override: still loaded
    const overridden = edit(
      withoutCustomer,
      "        primary_key: [id]\n      - connection: olap",
      "        primary_key: [id]\n        columns: { customer_id: bigint }\n      - connection: olap",
    )
    expect(ruleFindings(rule, BASE, overridden)).toEqual([])
  })
})

describe("key_changed", () => {
  const rule = "key_changed"
  it("fires when primary_key or order_by of an existing table changes", () => {
    const head = edit(
      edit(
        BASE,
        "primary_key: [id]\n      - connection: olap",
        "primary_key: [id, status]\n      - connection: olap",
      ),
      "order_by: [id]",
      "order_by: [id, status]",
    )
    const found = ruleFindings(rule, BASE, head)
    expect(found.map((f) => f.message.split(":")[0])).toEqual([
      "primary_key of raw.orders (connection dwh_pg) changed from [id] to [id, status]",
      "order_by of analytics.orders (connection ch) changed from [id] to [id, status]",
    ])
    expect(found[0]?.line).toBe(lineOf(head, "primary_key: [id, status]"))
  })

  it("follows a target that moved in the list, and ignores new tables", () => {
    const swapped = `${BASE.slice(0, BASE.indexOf("      - connection: dwh"))}      - connection: olap
        table: analytics.orders
        write: merge
        primary_key: [id]
        order_by: [id]
      - connection: dwh
        table: raw.orders
        write: merge
        primary_key: [id]
${BASE.slice(BASE.indexOf("  orders_checks:"))}`
    expect(ruleFindings(rule, BASE, swapped)).toEqual([])
    const renamed = edit(
      BASE,
      "table: raw.orders\n        write: merge\n        primary_key: [id]",
      "table: raw.orders_v2\n        write: merge\n        primary_key: [order_id]",
    )
    expect(ruleFindings(rule, BASE, renamed)).toEqual([])
  })
})

describe("write_mode_changed", () => {
  const rule = "write_mode_changed"
  it("fires when the effective write mode of an existing table changes", () => {
    const head = edit(
      BASE,
      "table: raw.orders\n        write: merge",
      "table: raw.orders\n        write: append",
    )
    const found = ruleFindings(rule, BASE, head)
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toContain("changed from merge to append")
    expect(found[0]?.line).toBe(lineOf(head, "write: append"))
    // an omitted write is append: dropping the key changes merge to append too
    const omitted = edit(BASE, "table: raw.orders\n        write: merge\n", "table: raw.orders\n")
    expect(ruleFindings(rule, BASE, omitted)[0]?.message).toContain("changed from merge to append")
  })

  it("does not fire when only the spelling of the default changes", () => {
    const implicit = edit(BASE, "table: raw.orders\n        write: merge\n", "table: raw.orders\n")
    const explicit = edit(
      BASE,
      "table: raw.orders\n        write: merge\n",
      "table: raw.orders\n        write: append\n",
    )
    expect(ruleFindings(rule, implicit, explicit)).toEqual([])
  })
})

describe("retries_removed", () => {
  const rule = "retries_removed"
  const withTaskRetries = edit(BASE, "  orders:\n    source:", "  orders:\n    retries: 4\n    source:")

  it("fires when retries drop to 0, or when the key goes and the effective value drops", () => {
    const zero = edit(withTaskRetries, "retries: 4", "retries: 0")
    const found = ruleFindings(rule, withTaskRetries, zero)
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining("task orders now gets 0 retries instead of 4"),
    ])
    expect(found[0]).toMatchObject({ severity: "warning", line: lineOf(zero, "retries: 0") })
    // the task's own 4 is gone: the defaults' 3 apply
    expect(ruleFindings(rule, withTaskRetries, BASE).map((f) => f.message)).toEqual([
      expect.stringContaining("task orders now gets 3 retries instead of 4"),
    ])
    // defaults.retries: 3 is gone: every task falls back to the compiler's 2
    expect(
      ruleFindings(rule, BASE, edit(BASE, "defaults:\n  retries: 3\n", "")).map(
        (f) => f.message.split(" now")[0],
      ),
    ).toEqual(["task orders", "task orders_checks", "task mart"])
  })

  it("does not fire for fewer retries still set, more retries, or new tasks", () => {
    expect(ruleFindings(rule, withTaskRetries, edit(withTaskRetries, "retries: 4", "retries: 1"))).toEqual([])
    expect(ruleFindings(rule, BASE, withTaskRetries)).toEqual([])
    const newTask = `${BASE}  extra:\n    retries: 0\n    sql: { connection: dwh, query: "select 1" }\n`
    expect(ruleFindings(rule, BASE, newTask)).toEqual([])
  })
})

describe("daily_full_refresh_large_table", () => {
  const rule = "daily_full_refresh_large_table"
  const full = `${BASE}  products:
    source: { kind: postgres, connection: shop, table: public.products }
    targets:
      - { connection: dwh, table: raw.products, write: replace }
`
  it("fires for a replace without a cursor on a daily schedule, saying when the size is unknown", () => {
    const found = ruleFindings(rule, BASE, full)
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toContain("task products reloads public.products in full")
    expect(found[0]?.message).toContain("its size is unknown")
    expect(found[0]?.line).toBe(lineOf(full, "write: replace"))
  })

  it("asks the row-count lookup and fires only from a million rows", () => {
    const lookups: string[] = []
    const rows = (count: number) => (connId: string, table: string) => {
      lookups.push(`${connId}/${table}`)
      return count
    }
    expect(ruleFindings(rule, BASE, full, { tableRows: rows(999_999) })).toEqual([])
    expect(lookups).toEqual(["shop_pg/public.products"])
    expect(ruleFindings(rule, BASE, full, { tableRows: rows(2_500_000) })[0]?.message).toContain(
      "it has 2,500,000 rows",
    )
  })

  it("reads the table of a query, and counts full_refresh defaulting to true", () => {
    const fromQuery = edit(full, "table: public.products }", 'query: "select * from public.products p" }')
    const lookups: string[] = []
    ruleFindings(rule, BASE, fromQuery, {
      tableRows: (_, table) => {
        lookups.push(table)
        return undefined
      },
    })
    expect(lookups).toEqual(["public.products"])
    const refreshing = edit(
      BASE,
      "tasks:\n",
      "params:\n  full_refresh: { type: boolean, default: true }\ntasks:\n",
    )
    const found = ruleFindings(rule, BASE, refreshing)
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining("full_refresh param defaults to true"),
    ])
    expect(found[0]?.line).toBe(lineOf(refreshing, "full_refresh:"))
  })

  it("counts cron schedules that run on most days", () => {
    expect(["@daily", "@hourly", "0 2 * * *", "*/15 * * * *", "0 6 * * 1-5"].map(runsDaily)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(["@weekly", "@monthly", "@once", "0 2 * * 1", "0 0 1,15 * *", null].map(runsDaily)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it("does not fire for incremental loads, weekly schedules or unchanged tasks", () => {
    const incremental = edit(
      full,
      "table: public.products }",
      "table: public.products, incremental: { cursor: updated_at } }",
    )
    expect(ruleFindings(rule, BASE, incremental)).toEqual([])
    expect(ruleFindings(rule, BASE, edit(full, 'schedule: "@daily"', 'schedule: "0 3 * * 0"'))).toEqual([])
    const fileSource = edit(
      full,
      "{ kind: postgres, connection: shop, table: public.products }",
      "{ kind: file, path: products.csv, format: csv }",
    )
    expect(ruleFindings(rule, BASE, fileSource)).toEqual([])
    expect(ruleFindings(rule, full, full)).toEqual([])
    // unchanged task, but the schedule became daily: that is the change that matters
    const weekly = edit(full, 'schedule: "@daily"', 'schedule: "@weekly"')
    expect(ruleFindings(rule, weekly, full)).toHaveLength(1)
  })
})

describe("clickhouse_without_order_by", () => {
  const rule = "clickhouse_without_order_by"
  const events = (target: string) => `${BASE}  events:
    source: { kind: postgres, connection: shop, table: public.events, incremental: { cursor: at } }
    targets:
      - ${target}
`
  it("fires for a ClickHouse target with neither order_by nor primary_key", () => {
    const head = events("{ connection: olap, table: analytics.events, write: window }")
    const found = ruleFindings(rule, BASE, head)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: "warning", line: lineOf(head, "analytics.events") })
    expect(found[0]?.message).toContain("ORDER BY tuple()")
  })

  it("does not fire with a sort key, on PostgreSQL, or for an unchanged target", () => {
    expect(
      ruleFindings(rule, BASE, events("{ connection: olap, table: analytics.events, order_by: [at] }")),
    ).toEqual([])
    expect(
      ruleFindings(
        rule,
        BASE,
        events("{ connection: olap, table: analytics.events, write: merge, primary_key: [id] }"),
      ),
    ).toEqual([])
    expect(ruleFindings(rule, BASE, events("{ connection: dwh, table: raw.events }"))).toEqual([])
    const old = events("{ connection: olap, table: analytics.events }")
    expect(ruleFindings(rule, old, old)).toEqual([])
  })
})

describe("merge_without_primary_key", () => {
  const rule = "merge_without_primary_key"
  const head = edit(
    BASE,
    "write: merge\n        primary_key: [id]\n      - connection: olap",
    "write: merge\n      - connection: olap",
  )

  it("fires on the raw spec, once, although the compiler reports it too", () => {
    expect(at(ruleFindings(rule, BASE, head))).toEqual([`${lineOf(head, "write: merge")}:16 ${rule}`])
    // the compiler's merge_requires_primary_key is the same problem: not reported twice
    const all = reviewAll(BASE, head).findings
    expect(all.map((f) => f.rule).sort()).toEqual(["key_changed", rule])
  })

  it("does not fire with a key or for other write modes", () => {
    expect(ruleFindings(rule, undefined, BASE)).toEqual([])
    expect(
      ruleFindings(
        rule,
        BASE,
        edit(head, "write: merge\n      - connection: olap", "write: append\n      - connection: olap"),
      ),
    ).toEqual([])
  })
})

describe("pii_unmasked", () => {
  const rule = "pii_unmasked"
  const contacts = (
    extra: string,
    query = "select id, contact_email, phoneNumber, updated_at from crm.contacts",
  ) => `${BASE}  contacts:
    source:
      kind: postgres
      connection: shop
      query: "${query}"
      incremental: { cursor: updated_at }
    targets:
      - { connection: dwh, table: raw.contacts, write: merge, primary_key: [id], columns: { passport_no: text } }
${extra}`

  it("fires for personal-data columns in the select list and the target, one finding per column", () => {
    const head = contacts("")
    const found = ruleFindings(rule, BASE, head)
    expect(found.map((f) => f.message.match(/column "(\w+)".*?\((.+?)\)/)?.slice(1))).toEqual([
      ["contact_email", "e-mail address"],
      ["phoneNumber", "phone number"],
      ["passport_no", "passport number"],
    ])
    expect(found[0]).toMatchObject({ severity: "blocking", line: lineOf(head, "contact_email") })
  })

  it("does not fire for masked columns, look-alike names or unchanged tasks", () => {
    const masked = contacts("    mask: { contact_email: hash, phonenumber: null, passport_no: hash }\n")
    expect(ruleFindings(rule, BASE, masked)).toEqual([])
    expect(
      ruleFindings(rule, BASE, contacts("", "select id, winner, innings, telemetry, updated_at from x")),
    ).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining("passport_no") })]),
    )
    expect(
      ruleFindings(rule, BASE, contacts("", "select id, winner, innings, telemetry, updated_at from x")),
    ).toHaveLength(1)
    expect(ruleFindings(rule, contacts(""), contacts(""))).toEqual([])
  })

  it("fires again when a mask entry is removed", () => {
    const masked = contacts("    mask: { contact_email: hash, phonenumber: null, passport_no: hash }\n")
    const unmasked = contacts("    mask: { contact_email: hash, passport_no: hash }\n")
    expect(ruleFindings(rule, masked, unmasked).map((f) => f.message.split(" of ")[0])).toEqual([
      'column "phoneNumber"',
    ])
  })

  it("matches whole words of snake, kebab and camel case names", () => {
    expect(nameWords("contactEMailAddress2")).toEqual(["contact", "e", "mail", "address", "2"])
    const yes = [
      "email",
      "contact_email",
      "e_mail",
      "phoneNumber",
      "mobile",
      "tel",
      "passport_no",
      "inn",
      "INN",
      "snils",
      "ssn",
      "national_id",
      "birth_date",
      "dob",
      "iban",
      "card_number",
      "cardNo",
    ]
    const no = [
      "winner",
      "innings",
      "telemetry",
      "hotel_id",
      "passing",
      "dinner",
      "id",
      "updated_at",
      "phonetic",
      "cardinality",
      "birthplace_country",
    ]
    expect(yes.filter((name) => personalDataKind(name) === undefined)).toEqual([])
    expect(no.filter((name) => personalDataKind(name) !== undefined)).toEqual([])
  })
})

describe("literal_secret", () => {
  const rule = "literal_secret"
  const http = (headers: string, comment = "") => `${BASE}  api:
    source:
      kind: http
      connection: crm
      path: /v1/things
      headers: ${headers}
    targets: [{ connection: dwh, table: raw.things }]
${comment}`

  it("fires for credentials in URIs, secret-named keys, Bearer values and token shapes, never quoting them", () => {
    const secrets = {
      uri: "hunter2-in-uri",
      password: "correct-horse-battery",
      bearer: "abc123def456ghi789",
      aws: "AKIAIOSFODNN7EXAMPLE",
      github: `ghp_${"a1B2".repeat(9)}`,
      openai: "sk-proj-0123456789abcdefghijKLMN",
      slack: "xoxb-1234567890-abcdefghij",
    }
    const head = http(
      `{ Authorization: "Bearer ${secrets.bearer}", X-Api-Key: "${secrets.password}" }`,
      `# old endpoint: postgres://loader:${secrets.uri}@db.internal:5432/shop
# keys: ${secrets.aws} ${secrets.github} ${secrets.openai} ${secrets.slack}
# -----BEGIN RSA PRIVATE KEY-----
# MIIEowIBAAKCAQEA7
# -----END RSA PRIVATE KEY-----
`,
    )
    const found = ruleFindings(rule, BASE, head)
    expect(found.map((f) => f.message.match(/\((.+?),/)?.[1])).toEqual([
      "Bearer token",
      "value of X-Api-Key",
      "password in a URI",
      "AWS access key",
      "GitHub token",
      "API key (sk-…)",
      "Slack token",
      "private key",
    ])
    for (const found1 of found) {
      expect(found1.severity).toBe("blocking")
      for (const secret of Object.values(secrets)) expect(found1.message).not.toContain(secret)
    }
    expect(found[2]?.message).toContain("(password in a URI, hu…)")
    expect(found[2]?.line).toBe(lineOf(head, "postgres://"))
  })

  it("ignores Airflow templates, environment references, prose and secrets already in the base", () => {
    const clean = http(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an environment reference, as a spec writes it
      '{ Authorization: "Bearer {{ conn.crm.password }}", X-Api-Key: "{{ var.value.crm_key }}", X-Token: "${CRM_TOKEN}" }',
      "# Bearer authentication with the connection's password; postgres://host/db has no credentials\n",
    )
    expect(ruleFindings(rule, BASE, clean)).toEqual([])
    const leaked = http('{ X-Api-Key: "correct-horse-battery" }')
    expect(ruleFindings(rule, leaked, leaked)).toEqual([])
    expect(ruleFindings(rule, leaked, `${leaked}\n`)).toEqual([])
  })
})

describe("compile_error", () => {
  it("reports each compiler error of a head spec once, as blocking", () => {
    const broken = edit(BASE, "owner: data", "ownr: data")
    const found = reviewAll(BASE, broken).findings
    expect(found.map((f) => `${f.line} ${f.rule} ${f.message.split(":")[0]}`)).toEqual([
      "1 compile_error missing_key",
      `${lineOf(broken, "ownr")} compile_error unknown_key`,
    ])
    expect(found.every((f) => f.severity === "blocking")).toBe(true)
  })

  it("reports a pipeline id used twice in both specs, and nothing for valid specs", () => {
    const twice = reviewAll(undefined, { [PATH]: BASE, "specs/copy.yaml": BASE }).findings
    expect(twice.map((f) => `${f.file} ${f.message.split(":")[0]}`)).toEqual([
      "specs/copy.yaml duplicate_pipeline",
      `${PATH} duplicate_pipeline`,
    ])
    expect(reviewAll(undefined, BASE).findings).toEqual([])
  })
})
