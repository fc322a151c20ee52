extension Session {
    /// The session as a concept's report shows it: a value that effects or
    /// options name but `Waarden` does not list yet becomes a value of the
    /// session (so does a name voted on in the transition), marked as not
    /// listed (`isListed == false`), so the room sees
    /// it where it belongs. A name close to a listed value is left unresolved:
    /// it is more likely a typo of that value (a finding suggests it).
    /// A session without such references is returned unchanged.
    public func showingGaps() -> Session {
        let declared = values.map(\.name)
        var ids = Set(values.map(\.id))
        var added: [String: String] = [:]  // name key → id
        var unlisted: [Value] = []
        func resolve(_ reference: inout Reference) {
            guard reference.target == nil else { return }
            let key = Names.key(reference.text)
            guard !key.isEmpty else { return }
            if let id = added[key] {
                reference.target = id
                return
            }
            guard Names.nearest(to: reference.text, in: declared) == nil else { return }
            let base = Names.slug(reference.text).isEmpty ? "v" : Names.slug(reference.text)
            var id = base
            var number = 2
            while ids.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
            ids.insert(id)
            added[key] = id
            var value = Value(id: id, name: reference.text, status: .regular, explanation: nil, location: reference.location)
            value.isListed = false
            unlisted.append(value)
            reference.target = id
        }
        var copy = self
        for index in copy.effects.indices {
            for value in copy.effects[index].values.indices { resolve(&copy.effects[index].values[value]) }
        }
        for index in copy.options.indices {
            for value in copy.options[index].values.indices { resolve(&copy.options[index].values[value]) }
        }
        if var transition = copy.transition {
            for index in transition.votes.indices { resolve(&transition.votes[index].value) }
            copy.transition = transition
        }
        copy.values += unlisted
        return copy
    }
}
