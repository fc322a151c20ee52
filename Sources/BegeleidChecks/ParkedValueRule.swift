import BegeleidModel

/// A parked value is reported, so nobody forgets it was not worked out.
struct ParkedValueRule: Rule {
    let code: DiagnosticCode = .valueParked

    func check(_ session: Session, into diagnostics: inout [Diagnostic]) {
        for value in session.values where value.status == .parked {
            diagnostics.append(finding(
                .warning, session, at: value.location,
                nl: "de waarde “\(value.name)” is geparkeerd en komt als niet uitgewerkt in het rapport",
                en: "the value “\(value.name)” is parked and is reported as not worked out"))
        }
    }
}
