import BegeleidModel

extension DataExports {
    static let followUpColumns = sessionColumns + [
        "vervolg_op", "optie_sessie", "optie_datum", "handelingsoptie", "richting", "tekst", "prioriteit", "eigenaar",
        "uiterlijk", "over_tijd", "besproken", "status", "toelichting",
    ]

    /// `opvolging.csv`: one row per earlier option a follow-up session
    /// reviewed: those it gave a status, then the open ones it did not discuss. `over_tijd` is `ja` for one past its
    /// date at the follow-up's date and not done or rejected, as the report marks it (blind tester 37: the table could not
    /// tell them).
    static func followUpRows(_ session: Session) -> [[String]] {
        guard let review = session.review else { return [] }
        let row = { (option: ReviewedOption, discussed: Bool) -> [String] in
            sessionFields(session) + [
                session.meta.follows ?? "", option.session, option.sessionDate, option.option,
                option.direction.map(directionWord) ?? "", plain(RichText(option.text)), option.isPriority ? "ja" : "nee",
                option.owners.joined(separator: "; "), option.due ?? "", option.isOverdue(asOf: session.meta.date) ? "ja" : "nee",
                discussed ? "ja" : "nee",
                discussed ? option.status.map(FollowUpStatus.dutchWord) ?? "" : "",
                plain(option.explanation.map(RichText.init)),
            ]
        }
        return review.discussed.map { row($0, true) } + review.notDiscussed.map { row($0, false) }
    }
}

extension FollowUpStatus {
    /// The Dutch word of the notes, as the CSV tables write statuses.
    static func dutchWord(_ status: FollowUpStatus) -> String { status.spellings[0] }
}
