import Foundation

/// `sessie.json` written by PrettyJSON: the bytes `stableJSON` (JSONEncoder) gives, each object's keys in the
/// order of their UTF-8 bytes, optional fields left out when absent (issue 18; RenderBytesTests holds the two
/// to the same bytes).
extension SessionDocument {
    /// Pretty, key-sorted JSON with a final newline: the same model gives the same bytes.
    public func encoded() throws -> Data {
        var json = PrettyJSON(capacity: 16_384)
        write(to: &json)
        var bytes = json.bytes
        bytes.append(0x0A)
        return Data(bytes)
    }

    func write(to json: inout PrettyJSON) {
        json.object { json in
            json.objects("actors", actors) { json, actor in
                json.field("description", actor.description)
                json.field("details", actor.details)
                json.field("id", actor.id)
                json.field("name", actor.name)
            }
            json.field("case", caseDescription)
            json.field("coModerator", coModerator)
            json.field("commissioner", commissioner)
            json.field("date", date)
            json.objects("effects", effects) { json, effect in
                json.field("actors", effect.actors)
                json.field("details", effect.details)
                json.field("id", effect.id)
                json.field("polarity", effect.polarity.rawValue)
                json.field("text", effect.text)
                json.field("values", effect.values)
            }
            if let followUp {
                json.key("followUp")
                json.object { json in
                    json.objects("items", followUp.items) { $0.fields($1) }
                    json.objects("notDiscussed", followUp.notDiscussed) { $0.fields($1) }
                }
            }
            json.field("follows", follows)
            json.field("labels", labels)
            json.field("language", language.rawValue)
            json.field("location", location)
            json.field("moderator", moderator)
            json.field("names", names.rawValue)
            json.field("nextSteps", nextSteps)
            json.objects("options", options) { json, option in
                json.field("actors", option.actors)
                json.field("details", option.details)
                json.field("direction", option.direction.rawValue)
                json.field("due", option.due)
                json.field("id", option.id)
                json.field("priority", option.priority)
                json.field("text", option.text)
                json.field("values", option.values)
            }
            json.field("organisations", organisations)
            json.objects("participants", participants) { json, participant in
                json.field("name", participant.name)
                json.field("organisation", participant.organisation)
                json.field("role", participant.role)
            }
            json.field("phase", phase?.rawValue)
            json.field("public", isPublic)
            json.field("question", question)
            json.field("reflection", reflection)
            json.field("schemaVersion", schemaVersion)
            json.field("slug", slug)
            json.field("status", status.rawValue)
            json.field("summary", summary)
            json.field("technology", technology)
            json.field("title", title)
            if let transition {
                json.key("transition")
                json.object { json in
                    json.field("leadIn", transition.leadIn)
                    json.field("notes", transition.notes)
                    json.objects("votes", transition.votes) { json, vote in
                        json.field("remark", vote.remark)
                        json.field("value", vote.value)
                        json.field("votes", vote.votes)
                    }
                }
            }
            json.objects("values", values) { json, value in
                json.field("details", value.details)
                json.field("effects", value.effects)
                json.field("explanation", value.explanation)
                json.field("id", value.id)
                json.field("listed", value.listed)
                json.field("name", value.name)
                json.field("options", value.options)
                json.field("status", value.status.rawValue)
            }
        }
    }
}

private extension PrettyJSON {
    mutating func fields(_ item: SessionDocument.FollowUpEntry.Item) {
        field("explanation", item.explanation)
        field("option", item.option)
        field("session", item.session)
        field("status", item.status?.rawValue)
    }
}
