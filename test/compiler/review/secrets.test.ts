/** What goes to a model has every literal secret redacted, wherever the finder sees it. */
import { describe, expect, it } from "vitest"
import { specVersion } from "../../../compiler/review/diff"
import { findSecrets, isSecretKey, maskSecret, redactSecrets } from "../../../compiler/review/secrets"

describe("redaction", () => {
  it("replaces each secret, repeated ones included, and keeps the rest of the text", () => {
    const text = `connections:
  api: { kind: http, conn_id: api }
tasks:
  pull:
    source:
      kind: http
      connection: api
      path: /v1
      query: { access_token: "tok-12345678", page_size: 10 }
      headers: { Authorization: "Basic dXNlcjpwYXNzd29yZA==" }
# the token tok-12345678 expires in May
`
    const spec = specVersion("specs/x.yaml", text)
    const secrets = findSecrets(spec)
    expect(secrets.map((s) => `${s.line}:${s.col} ${s.kind}`)).toEqual([
      "9:31 value of access_token",
      "10:40 Basic credentials",
    ])
    const redacted = redactSecrets(text, secrets)
    expect(redacted).not.toContain("tok-12345678")
    expect(redacted).not.toContain("dXNlcjpwYXNzd29yZA==")
    expect(redacted).toContain('query: { access_token: "<redacted>", page_size: 10 }')
    expect(redacted).toContain("# the token <redacted> expires in May")
  })

  it("names keys like credentials by their last words, and masks values to a hint", () => {
    expect(
      [
        "password",
        "db_password",
        "api_key",
        "X-Api-Key",
        "accessToken",
        "client_secret",
        "Authorization",
      ].every(isSecretKey),
    ).toBe(true)
    expect(["token_param", "cursor_path", "password_policy", "auth_header", "keys"].some(isSecretKey)).toBe(
      false,
    )
    expect(maskSecret("correct-horse")).toBe("co…")
    expect(maskSecret("short")).toBe("…")
  })
})
