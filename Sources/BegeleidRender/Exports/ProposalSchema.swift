/// `Output/voorstellen/schema.json`: the JSON Schema (draft 2020-12) of
/// `voorstel.json`. A test validates every example's `voorstel.json` against
/// it; change it together with `ProposalJSON` and docs/voorstellen.md.
enum ProposalSchema {
    static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://begeleid.example/schema/voorstel-1.json",
      "title": "begeleid: voorstel.json (schema version 1)",
      "type": "object",
      "additionalProperties": false,
      "required": ["schemaVersion", "slug", "reference", "organisation", "form", "language", "country", "validityDays",
                   "participants", "meetings", "planning", "lineItems", "currency", "subtotal", "vatRate", "vat", "total",
                   "comparables"],
      "$defs": {
        "isoDate": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "amount": { "type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2}$" },
        "clock": { "type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$" },
        "meetingKind": { "enum": ["sessie", "theorie", "oefenen", "delen", "intake", "presentatie", "nagesprek", "terugkomgesprek"] }
      },
      "properties": {
        "schemaVersion": { "const": 1 },
        "slug": { "type": "string", "minLength": 1 },
        "reference": { "type": "string", "minLength": 1 },
        "organisation": { "type": "string", "minLength": 1 },
        "contact": { "type": "string" },
        "form": { "enum": ["sessie", "reeks", "training"] },
        "language": { "enum": ["nl", "en"] },
        "country": { "enum": ["nl", "be"] },
        "date": { "$ref": "#/$defs/isoDate" },
        "validUntil": { "$ref": "#/$defs/isoDate" },
        "validityDays": { "type": "integer", "minimum": 1 },
        "participants": { "type": "integer", "minimum": 1 },
        "meetings": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["number", "kind", "title"],
            "oneOf": [{ "required": ["date"] }, { "required": ["week"] }],
            "properties": {
              "number": { "type": "integer", "minimum": 1 },
              "kind": { "$ref": "#/$defs/meetingKind" },
              "title": { "type": "string", "minLength": 1 },
              "date": { "$ref": "#/$defs/isoDate" },
              "week": { "type": "integer", "minimum": 0 },
              "start": { "$ref": "#/$defs/clock" },
              "end": { "$ref": "#/$defs/clock" },
              "institution": { "type": "string" },
              "phase": { "enum": ["before", "during", "after"] },
              "moderator": { "type": "string" },
              "coModerator": { "type": "string" }
            }
          }
        },
        "planning": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["kind", "title"],
            "oneOf": [{ "required": ["date"] }, { "required": ["week"] }],
            "properties": {
              "kind": { "enum": ["sessie", "theorie", "oefenen", "delen", "intake", "presentatie", "nagesprek", "terugkomgesprek", "rapport", "stap"] },
              "title": { "type": "string", "minLength": 1 },
              "date": { "$ref": "#/$defs/isoDate" },
              "week": { "type": "integer", "minimum": 0 }
            }
          }
        },
        "lineItems": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["description", "unit", "quantity", "unitPrice", "amount"],
            "properties": {
              "description": { "type": "string", "minLength": 1 },
              "unit": { "enum": ["voorstel", "sessie", "dagdeel", "deelnemer", "instelling"] },
              "quantity": { "type": "integer", "minimum": 1 },
              "unitPrice": { "$ref": "#/$defs/amount" },
              "amount": { "$ref": "#/$defs/amount" }
            }
          }
        },
        "currency": { "const": "EUR" },
        "subtotal": { "$ref": "#/$defs/amount" },
        "vatRate": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$" },
        "vat": { "$ref": "#/$defs/amount" },
        "total": { "$ref": "#/$defs/amount" },
        "comparables": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["slug", "title", "reasons"],
            "properties": {
              "slug": { "type": "string" },
              "title": { "type": "string" },
              "reasons": { "type": "string" }
            }
          }
        }
      }
    }

    """#
}
