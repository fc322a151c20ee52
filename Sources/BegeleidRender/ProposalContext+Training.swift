import BegeleidModel
import BegeleidMustache
import BegeleidProposals

/// The training's part of a proposal's context: every count in the text
/// (trainees, practice sessions, roles) read from the proposal's `TrainingPlan`,
/// the same plan the planning and the investment count from.
extension ProposalContext {
    func addTraining(to context: inout ContextObject) {
        guard let plan = proposal.training else { return }
        let total = plan.practice.count
        // (The sentence on an institution of one trainee only where there is one: blind tester 37.)
        let lone = plan.rota != .separate && plan.institutions.contains { $0.trainees == 1 }
        context["practiceIntro"] = .string(plan.rota == .separate ? labels["proposal_practice_separate"]
            : labels["proposal_practice_round"] + (lone ? " " + labels["proposal_practice_lone"] : ""))
        let count = plan.institutions.count > 1 ? "proposal_practice_count" : "proposal_practice_count_single"
        // At least two: a single trainee practises each role beside a trainer.
        context["practiceCount"] = .string(label(count, ["n": "\(total)"]))
        context.setList(proposal.roles.map {
            ["title": .string($0.title), "text": .string($0.text ?? ""), "hasText": .bool($0.text != nil)]
        }, "roles")
        context.setList(plan.institutions.map { institution -> ContextObject in
            let sessions = plan.practice.filter { $0.institution == institution.name }.count
            return ["group": .string(institution.name), "count": .int(institution.trainees), "practice": .int(sessions),
                    "description": "", "hasDescription": false]
        }, "trainees")
        context["practiceTotal"] = .string("\(total)")
        let rows = proposal.meetings.filter { $0.kind == .practice }.map { meeting -> ContextObject in
            let practice = meeting.practice
            return [
                "title": .string(name(of: meeting, withInstitution: false)), "label": .string(name(of: meeting)),
                "institution": .string(practice?.institution ?? ""), "hasInstitution": .bool(meeting.institution != nil),
                "moderator": .string(role(practice?.moderator)), "coModerator": .string(role(practice?.coModerator)),
                "when": .string(when(meeting.date)),
            ]
        }
        context.setList(rows, "practice")
    }

    /// `deelnemer 2`, or `een trainer` when a trainer takes the role.
    func role(_ trainee: Int?) -> String {
        trainee.map { label("proposal_trainee", ["n": "\($0)"]) } ?? labels["proposal_trainer"]
    }
}
