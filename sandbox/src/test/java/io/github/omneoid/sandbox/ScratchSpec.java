package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;

import java.util.Map;

/**
 * A scratch copy of the bundled spec with operations the sandbox has no code for, as a spec author would add them:
 * vouchers of the bound profile (a page of a new {@code Voucher} schema, connection-scoped), a claim with a
 * required field and a 201 answer, a promotions list open to any ID token, and an admin-only route.
 */
final class ScratchSpec {
  private ScratchSpec() {}

  /** The bundled spec's tree (a fresh copy, free to edit). */
  static Map<String, Object> bundledTree() {
    return Spec.parse(SpecOperations.bundledText(), "bundled").root;
  }

  static String text(Map<String, Object> tree) {
    return Json.write(tree);
  }

  /** The bundled spec plus the voucher, promotion and admin operations. */
  static Map<String, Object> withVouchers() {
    Map<String, Object> tree = bundledTree();
    Map<String, Object> paths = Json.asMap(tree.get("paths"));
    paths.put("/profiles/me/vouchers", map("get", map(
        "operationId", "listMyVouchers", "tags", list("vouchers"), "summary", "List the bound profile's vouchers",
        "security", list(map("idToken", list())), "x-omneo-token", "profile", "x-omneo-evidence", "inferred",
        "x-omneo-connection-scoped", true,
        "parameters", list(map("$ref", "#/components/parameters/Params")),
        "responses", map(
            "200", map("description", "A page of vouchers.", "content", map("application/json",
                map("schema", map("$ref", "#/components/schemas/VoucherPage")))),
            "401", map("$ref", "#/components/responses/Unauthorized"),
            "404", map("$ref", "#/components/responses/NotFound")))));
    paths.put("/profiles/me/vouchers/claim", map("post", map(
        "operationId", "claimMyVoucher", "tags", list("vouchers"), "summary", "Claim a voucher by code",
        "security", list(map("idToken", list())), "x-omneo-token", "profile", "x-omneo-evidence", "inferred",
        "x-omneo-connection-scoped", true,
        "requestBody", map("required", true, "content", map("application/json", map("schema",
            map("type", "object", "x-omneo-request", true, "required", list("code"),
                "properties", map("code", map("type", "string"), "note", map("type", "string")))))),
        "responses", map(
            "201", map("description", "The claimed voucher.", "content", map("application/json",
                map("schema", map("$ref", "#/components/schemas/VoucherEnvelope")))),
            "422", map("$ref", "#/components/responses/ValidationFailed")))));
    paths.put("/promotions", map("get", map(
        "operationId", "listPromotions", "tags", list("vouchers"), "summary", "Public promotions",
        "security", list(map("idToken", list())), "x-omneo-token", "profile-or-anonymous",
        "x-omneo-evidence", "inferred",
        "responses", map("200", map("description", "Promotions.", "content", map("application/json",
            map("example", map("data", list(map("title", "Winter sale", "percent_off", 20))))))))));
    paths.put("/auth/revoke", map("post", map(
        "operationId", "revokeTokens", "tags", list("auth"), "summary", "Revoke every ID token",
        "security", list(map("adminApiToken", list())), "x-omneo-token", "admin", "x-omneo-evidence", "inferred",
        "responses", map("204", map("description", "Revoked.")))));

    Map<String, Object> schemas = Json.asMap(Json.asMap(tree.get("components")).get("schemas"));
    schemas.put("Voucher", map("type", "object", "required", list("id", "code", "value", "status"),
        "properties", map(
            "id", map("type", "integer", "format", "int64"),
            "code", map("type", "string", "example", "SAVE10"),
            "value", map("type", "number", "minimum", 1),
            "status", map("type", "string", "enum", list("active", "redeemed", "expired")),
            "expires_at", map("$ref", "#/components/schemas/Timestamp"),
            "is_stackable", map("type", "boolean", "default", false),
            "tags", map("type", "array", "items", map("type", "string")),
            "meta", map("type", "object", "nullable", true, "additionalProperties", true))));
    schemas.put("VoucherEnvelope", map("type", "object", "required", list("data"),
        "properties", map("data", map("$ref", "#/components/schemas/Voucher"))));
    schemas.put("VoucherPage", map("type", "object", "required", list("data"),
        "properties", map(
            "data", map("type", "array", "items", map("$ref", "#/components/schemas/Voucher")),
            "links", map("$ref", "#/components/schemas/PageLinks"),
            "meta", map("$ref", "#/components/schemas/PageMeta"))));
    return tree;
  }
}
