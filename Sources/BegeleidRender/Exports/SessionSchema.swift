/// `Output/data/schema.json`: the JSON Schema (draft 2020-12) of `sessie.json`
/// and of `sessies.json`. A test validates every JSON file a build writes
/// against it; change it together with `SessionDocument` and docs/sessie-json.md.
enum SessionSchema {
    static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://begeleid.example/schema/sessie-2.json",
      "title": "begeleid: sessie.json and sessies.json (schema version 2)",
      "oneOf": [
        { "$ref": "#/$defs/session" },
        { "$ref": "#/$defs/collection" }
      ],
      "$defs": {
        "markdown": { "type": "string" },
        "id": { "type": "string" },
        "ids": { "type": "array", "items": { "$ref": "#/$defs/id" }, "uniqueItems": true },
        "followUpItem": {
          "type": "object",
          "additionalProperties": false,
          "required": ["session", "option"],
          "properties": {
            "session": { "$ref": "#/$defs/id" },
            "option": { "$ref": "#/$defs/id" },
            "status": { "enum": ["open", "in-progress", "done", "rejected"] },
            "explanation": { "$ref": "#/$defs/markdown" }
          }
        },
        "collection": {
          "type": "object",
          "additionalProperties": false,
          "required": ["schemaVersion", "sessions"],
          "properties": {
            "schemaVersion": { "const": 2 },
            "sessions": { "type": "array", "items": { "$ref": "#/$defs/session" } }
          }
        },
        "session": {
          "type": "object",
          "additionalProperties": false,
          "required": ["schemaVersion", "slug", "title", "organisations", "technology", "date", "language", "names",
                       "public", "status", "labels", "participants", "actors", "effects", "values", "options"],
          "properties": {
            "schemaVersion": { "const": 2 },
            "slug": { "$ref": "#/$defs/id" },
            "title": { "type": "string", "minLength": 1 },
            "organisations": { "type": "array", "items": { "type": "string" }, "minItems": 1 },
            "technology": { "type": "string", "minLength": 1 },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "phase": { "enum": ["before", "during", "after"] },
            "location": { "type": "string" },
            "moderator": { "type": "string" },
            "coModerator": { "type": "string" },
            "language": { "enum": ["nl", "en"] },
            "names": { "enum": ["anonymous", "public"] },
            "public": { "type": "boolean" },
            "status": { "enum": ["draft", "final"] },
            "commissioner": { "type": "string" },
            "labels": { "type": "array", "items": { "type": "string" } },
            "participants": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["role"],
                "properties": {
                  "role": { "type": "string" },
                  "organisation": { "type": "string" },
                  "name": { "type": "string" }
                }
              }
            },
            "summary": { "$ref": "#/$defs/markdown" },
            "question": { "$ref": "#/$defs/markdown" },
            "reflection": { "$ref": "#/$defs/markdown" },
            "transition": {
              "type": "object",
              "additionalProperties": false,
              "required": ["votes"],
              "properties": {
                "votes": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["value", "votes"],
                    "properties": {
                      "value": { "$ref": "#/$defs/id" },
                      "votes": { "type": "integer", "minimum": 0 },
                      "remark": { "$ref": "#/$defs/markdown" }
                    }
                  }
                },
                "notes": { "$ref": "#/$defs/markdown" }
              }
            },
            "case": { "$ref": "#/$defs/markdown" },
            "nextSteps": { "$ref": "#/$defs/markdown" },
            "follows": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
            "followUp": {
              "type": "object",
              "additionalProperties": false,
              "required": ["items", "notDiscussed"],
              "properties": {
                "items": { "type": "array", "items": { "$ref": "#/$defs/followUpItem" } },
                "notDiscussed": { "type": "array", "items": { "$ref": "#/$defs/followUpItem" } }
              }
            },
            "actors": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "name"],
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "name": { "type": "string" },
                  "description": { "$ref": "#/$defs/markdown" },
                  "details": { "$ref": "#/$defs/markdown" }
                }
              }
            },
            "effects": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "polarity", "text", "values", "actors"],
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "polarity": { "enum": ["positive", "negative"] },
                  "text": { "$ref": "#/$defs/markdown" },
                  "values": { "$ref": "#/$defs/ids" },
                  "actors": { "$ref": "#/$defs/ids" },
                  "details": { "$ref": "#/$defs/markdown" }
                }
              }
            },
            "values": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "name", "status", "effects", "options"],
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "name": { "type": "string" },
                  "status": { "enum": ["core", "regular", "parked"] },
                  "listed": { "const": false },
                  "explanation": { "$ref": "#/$defs/markdown" },
                  "details": { "$ref": "#/$defs/markdown" },
                  "effects": { "$ref": "#/$defs/ids" },
                  "options": { "$ref": "#/$defs/ids" }
                }
              }
            },
            "options": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "direction", "text", "values", "actors"],
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "direction": { "enum": ["technology", "environment", "human"] },
                  "text": { "$ref": "#/$defs/markdown" },
                  "values": { "$ref": "#/$defs/ids" },
                  "actors": { "$ref": "#/$defs/ids" },
                  "details": { "$ref": "#/$defs/markdown" },
                  "priority": { "const": true },
                  "due": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
                }
              }
            }
          }
        }
      }
    }

    """#
}
