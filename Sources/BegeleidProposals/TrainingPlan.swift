import BegeleidModel

/// Who practises what in a training: the people trained per institution,
/// and per practice session which trainee moderates and which co-moderates.
/// The proposal's text, its planning and its price all count from this plan.
public struct TrainingPlan: Sendable, Equatable {
    public struct Institution: Sendable, Equatable {
        public var name: String
        public var trainees: Int
    }

    /// One practice session at an institution. A role is a trainee's number
    /// within the institution (1, 2, …), or nil when a trainer takes it.
    public struct Practice: Sendable, Equatable {
        public var institution: String
        /// 1, 2, … within the institution.
        public var number: Int
        public var moderator: Int?
        public var coModerator: Int?
    }

    public var rota: PracticeRota
    public var institutions: [Institution]
    /// In the order they take place: the institutions in turn.
    public var practice: [Practice]

    public var trainees: Int { institutions.reduce(0) { $0 + $1.trainees } }

    public init(trainees: Int, institutions names: [String], rota: PracticeRota) {
        self.rota = rota
        institutions = zip(names, apportion(trainees, shares: names.map { _ in 1 })).map { Institution(name: $0, trainees: $1) }
        let perInstitution = institutions.map { Self.sessions(for: $0, rota: rota) }
        var order: [Practice] = []
        let rounds = perInstitution.map(\.count).max() ?? 0
        for round in 0..<rounds {
            for sessions in perInstitution where round < sessions.count { order.append(sessions[round]) }
        }
        practice = order
    }

    /// The practice sessions at one institution.
    ///
    /// Round with n ≥ 2 trainees: session k gives trainee k the moderator role
    /// and trainee k+1 (trainee 1 after the last) the co-moderator role: n
    /// sessions, each trainee once in each role. One trainee: co-moderator
    /// beside a trainer, then moderator beside a trainer. Separate: per
    /// trainee co-moderator, then moderator, a trainer taking the other role.
    static func sessions(for institution: Institution, rota: PracticeRota) -> [Practice] {
        let n = institution.trainees
        let make = { (number: Int, moderator: Int?, coModerator: Int?) in
            Practice(institution: institution.name, number: number, moderator: moderator, coModerator: coModerator)
        }
        guard n > 0 else { return [] }
        if rota == .separate || n == 1 {
            return (1...n).flatMap { trainee in [make(2 * trainee - 1, nil, trainee), make(2 * trainee, trainee, nil)] }
        }
        return (1...n).map { k in make(k, k, k % n + 1) }
    }

    /// How often each trainee takes each role (every trainee: at least once each).
    public func roleCounts(at institution: String) -> [(moderator: Int, coModerator: Int)] {
        let count = institutions.first { $0.name == institution }?.trainees ?? 0
        guard count > 0 else { return [] }
        return (1...count).map { trainee in
            let sessions = practice.filter { $0.institution == institution }
            return (sessions.filter { $0.moderator == trainee }.count, sessions.filter { $0.coModerator == trainee }.count)
        }
    }
}
