extension Session {
    /// The session as it may reach any output: participants' names removed
    /// unless the notes say `namen: openbaar`. (The `Notities` section and
    /// HTML comments never enter the model at all.)
    public func publishable() -> Session {
        guard meta.names == .anonymous else { return self }
        var copy = self
        copy.meta.participants = meta.participants.map { Participant(role: $0.role, organisation: $0.organisation, name: nil) }
        return copy
    }
}
