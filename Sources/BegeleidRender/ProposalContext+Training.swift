import BegeleidModel
import BegeleidProposals

/// The training's part of a proposal's context: every count in the text
/// (trainees, practice sessions, roles) read from the proposal's `TrainingPlan`,
/// the same plan the planning and the investment count from.
extension ProposalContext {
    func addTraining(to context: inout [String: Any]) {
        guard let plan = proposal.training else { return }
        let total = plan.practice.count
        context["practiceIntro"] = labels[plan.rota == .separate ? "proposal_practice_separate" : "proposal_practice_round"]
        let count = plan.institutions.count > 1 ? "proposal_practice_count" : "proposal_practice_count_single"
        // At least two: a single trainee practises each role beside a trainer.
        context["practiceCount"] = label(count, ["n": "\(total)"])
        context.setList(proposal.roles.map { ["title": $0.title, "text": $0.text ?? "", "hasText": $0.text != nil] }, "roles")
        context.setList(plan.institutions.map { institution -> [String: Any] in
            let sessions = plan.practice.filter { $0.institution == institution.name }.count
            return ["group": institution.name, "count": institution.trainees, "practice": sessions,
                    "description": "", "hasDescription": false]
        }, "trainees")
        context["practiceTotal"] = "\(total)"
        let rows = proposal.meetings.filter { $0.kind == .practice }.map { meeting -> [String: Any] in
            let practice = meeting.practice
            return [
                "title": name(of: meeting, withInstitution: false), "label": name(of: meeting),
                "institution": practice?.institution ?? "", "hasInstitution": meeting.institution != nil,
                "moderator": role(practice?.moderator), "coModerator": role(practice?.coModerator),
                "when": when(meeting.date),
            ]
        }
        context.setList(rows, "practice")
    }

    /// `deelnemer 2`, or `een trainer` when a trainer takes the role.
    func role(_ trainee: Int?) -> String {
        trainee.map { label("proposal_trainee", ["n": "\($0)"]) } ?? labels["proposal_trainer"]
    }
}
