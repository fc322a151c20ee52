import BegeleidChecks
import BegeleidModel
import BegeleidPipeline
import BegeleidProposals
@testable import BegeleidRender
import Foundation
import Testing

/// Issue 20: the plan, the price and the text are one. For every example and
/// a generated set of profiles (forms × sizes × partners × languages ×
/// countries): the line items add up, VAT is rounded half-up, every meeting
/// and step falls on a working day outside the holidays, a training has at
/// least as many practice sessions as trainees, and the rendered text
/// promises the counts the plan holds.
@Suite("Proposals: plan, price and text agree")
struct ProposalPlanTests {
    static func profile(form: String, size: Int, partners: [String], language: String, country: String, date: String) -> String {
        let formLines = switch form {
        case "reeks": "vorm: reeks\nsessies: \(max(1, size / 4))\n"
        case "training": "vorm: training\n" + (partners.isEmpty ? "" : "samenwerkingspartners: [\(partners.joined(separator: ", "))]\n")
        default: "vorm: sessie\n"
        }
        return Proposals.profile
            .replacing1("vorm: reeks\nsessies: 3\n", with: formLines)
            .replacing1("deelnemers: 12", with: "deelnemers: \(size)")
            .replacing1("taal: nl", with: "taal: \(language)\nland: \(country)")
            .replacing1("datum: 2026-03-02", with: "datum: \(date)")
    }

    /// 3 forms × 4 sizes × 3 partner lists × 2 languages × 2 countries × 3 dates.
    static var generated: [String] {
        var profiles: [String] = []
        for form in ["sessie", "reeks", "training"] {
            for size in [1, 3, 8, 17] {
                for partners in [[], ["GGD Noord"], ["GGD Noord", "Ziekenhuis Epe", "Zorg Oost"]] {
                    guard form == "training" || partners.isEmpty, size >= partners.count + 1 else { continue }
                    for language in ["nl", "en"] {
                        for country in ["nl", "be"] {
                            for date in ["2026-03-02", "2026-05-20", "2026-11-27"] {
                                profiles.append(profile(form: form, size: size, partners: partners, language: language,
                                                        country: country, date: date))
                            }
                        }
                    }
                }
            }
        }
        return profiles
    }

    static func check(_ proposal: Proposal, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let name = "\(proposal.profile.slug) \(proposal.form.rawValue) \(proposal.profile.country.rawValue) \(proposal.profile.date ?? "-")"
        // The sum of line items is the subtotal; each amount is price × quantity; VAT rounded half-up per total.
        let investment = proposal.investment
        #expect(investment.lines.reduce(Decimal(0)) { $0 + $1.amount } == investment.subtotal, "\(name)", sourceLocation: sourceLocation)
        for line in investment.lines { #expect(line.amount == line.unitPrice * Decimal(line.quantity), sourceLocation: sourceLocation) }
        var exact = investment.subtotal * investment.vatPercentage / 100, halfUp = Decimal()
        exact += Decimal(string: "0.005")!
        NSDecimalRound(&halfUp, &exact, 2, .down)
        #expect(investment.vat == halfUp && investment.total == investment.subtotal + investment.vat, "\(name)", sourceLocation: sourceLocation)
        // Every meeting and every step on a working day outside the holidays of the country.
        for entry in proposal.planning {
            guard case .date(let iso) = entry.date, let day = CalendarDay(iso: iso) else { continue }
            #expect(day.isWorkingDay(in: proposal.profile.country), "\(name): \(iso) \(entry.step ?? "meeting")", sourceLocation: sourceLocation)
        }
        // Meetings in order, never on the same day.
        let dates = proposal.meetings.compactMap(\.date.iso)
        #expect(dates == dates.sorted() && Set(dates).count == dates.count, "\(name): \(dates)", sourceLocation: sourceLocation)
        // The price counts the same sessions the plan holds.
        let sessions = proposal.meetings.filter { $0.kind == .session || $0.kind == .practice }.count
        for line in investment.lines where line.unit == .session { #expect(line.quantity == sessions, sourceLocation: sourceLocation) }
        guard let plan = proposal.training else { return }
        // Practice sessions ≥ trainees; every trainee practises both roles.
        #expect(plan.practice.count >= plan.trainees && plan.trainees == proposal.participantCount, "\(name)", sourceLocation: sourceLocation)
        for institution in plan.institutions {
            #expect(institution.trainees >= 1, sourceLocation: sourceLocation)
            for (moderator, coModerator) in plan.roleCounts(at: institution.name) {
                #expect(moderator >= 1 && coModerator >= 1, "\(name): \(institution.name)", sourceLocation: sourceLocation)
            }
        }
        // The text promises what the plan holds: read the rendered Markdown.
        let markdown = String(decoding: Fixtures.renderer.proposalFiles(proposal)[1].data, as: UTF8.self)
        let count = plan.practice.count
        let joint = plan.institutions.count > 1
        let promise = proposal.language == .dutch
            ? (joint ? "Samen zijn dat \(count) praktijksessies" : "Dat zijn \(count) praktijksessies:")
            : (joint ? "Together that makes \(count) practice sessions" : "That makes \(count) practice sessions:")
        #expect(markdown.contains(promise), "\(name): \(promise)", sourceLocation: sourceLocation)
        // The practice table names the institution only for a joint training.
        let header = proposal.language == .dutch ? "| Sessie | Instelling | Moderator |" : "| Session | Institution | Moderator |"
        #expect(markdown.contains(header) == joint, "\(name): institution column", sourceLocation: sourceLocation)
        let rows = markdown.split(separator: "\n").filter {
            $0.hasPrefix("| Praktijksessie ") || $0.hasPrefix("| Practice session ")
        }
        #expect(rows.count == count, "\(name): \(rows.count) rows in the practice table", sourceLocation: sourceLocation)
        for institution in plan.institutions {
            let perInstitution = plan.practice.filter { $0.institution == institution.name }.count
            #expect(markdown.contains("| \(institution.name) | \(institution.trainees) | \(perInstitution) |"),
                    "\(name): trainees table row of \(institution.name)", sourceLocation: sourceLocation)
        }
    }

    @Test func generatedProfilesAgree() throws {
        let profiles = Self.generated
        #expect(profiles.count > 100)
        for text in profiles {
            let (profile, offer) = try #require(Proposals.read(profile: text))
            let proposal = try #require(ProposalBuilder.build(profile: profile, offer: offer, sessions: []))
            Self.check(proposal)
        }
    }

    @Test func theExamplesAgree() throws {
        let input = Fixtures.repository.appendingPathComponent("Input")
        let offer = try #require(Proposals.readOffer(String(contentsOf: input.appendingPathComponent("aanbod.yaml"), encoding: .utf8)).offer)
        let sessions = Checking.validSessions(in: input.path)
        for slug in ProposalTests.examples {
            let text = try String(contentsOf: input.appendingPathComponent("organisaties/\(slug).yaml"), encoding: .utf8)
            let profile = try #require(Proposals.read(profile: text)?.0)
            let proposal = try #require(ProposalBuilder.build(profile: profile, offer: offer, sessions: sessions))
            Self.check(proposal)
        }
    }

    /// `voorstel.json` of the examples and of generated profiles validates
    /// against `voorstellen/schema.json`, and says what the Markdown says:
    /// the same total, VAT and line amounts, every meeting's title on its date.
    @Test func theJSONValidatesAndAgreesWithTheText() throws {
        let folder = Fixtures.temporaryFolder()
        var paths: [String] = []
        let input = Fixtures.repository.appendingPathComponent("Input")
        let offer = try #require(Proposals.readOffer(String(contentsOf: input.appendingPathComponent("aanbod.yaml"), encoding: .utf8)).offer)
        let examples = try ProposalTests.examples.map { try String(contentsOf: input.appendingPathComponent("organisaties/\($0).yaml"), encoding: .utf8) }
        let generated = Self.generated.enumerated().filter { $0.offset % 9 == 0 }.map(\.element)
        for (index, text) in (examples + generated).enumerated() {
            let (profile, testOffer) = try #require(Proposals.read(profile: text))
            let proposal = try #require(ProposalBuilder.build(profile: profile, offer: index < examples.count ? offer : testOffer, sessions: []))
            let files = Fixtures.renderer.proposalFiles(proposal)
            let markdown = String(decoding: files[1].data, as: UTF8.self)
            let json = try #require(JSONSerialization.jsonObject(with: files[2].data) as? [String: Any])
            let money = { (text: String) in Money.format(Decimal(string: text)!, proposal.language) }
            for key in ["total", "vat", "subtotal"] { #expect(markdown.contains(money(json[key] as? String ?? "x")), "\(key) in the text") }
            for line in json["lineItems"] as? [[String: Any]] ?? [] { #expect(markdown.contains("| \(money(line["amount"] as! String)) |")) }
            for meeting in json["meetings"] as? [[String: Any]] ?? [] {
                let title = meeting["title"] as? String ?? "?"
                #expect(markdown.contains(title), "meeting \(title) in the text")
            }
            let path = folder.appendingPathComponent("\(index).json")
            try files[2].data.write(to: path)
            paths.append(path.path)
        }
        let schema = folder.appendingPathComponent("schema.json")
        try Renderer.proposalSchema.write(to: schema)
        // Not a rubber stamp: an amount as a number fails.
        let run = try Python.validateJSON(schema: schema.path, documents: paths, extra: """
            broken = json.load(open(sys.argv[2])); broken["total"] = 1.5
            if not list(validator.iter_errors(broken)): bad += 1; print("a numeric total passed")
            """)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr) (make test installs jsonschema)")
        #expect(paths.count > 20)
    }

    @Test func holidaysAreComputed() {
        let day = { (iso: String) in CalendarDay(iso: iso)! }
        // Easter by the computus.
        #expect(["2024", "2025", "2026", "2027", "2038"].map { Holidays.easterSunday(Int($0)!).iso }
            == ["2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25"])
        // The NL summer holiday of 2026: north 4 July–16 August, south 11 July–23 August, middle 18 July–30 August.
        #expect(Holidays.summerHoliday(2026, in: .netherlands) == day("2026-07-04")...day("2026-08-30"))
        // 2025: south 5 July, middle 19 July–31 August.
        #expect(Holidays.summerHoliday(2025, in: .netherlands) == day("2025-07-05")...day("2025-08-31"))
        #expect(Holidays.christmasHoliday(2026, in: .netherlands) == day("2026-12-19")...day("2027-01-03"))
        #expect(!day("2026-12-22").isWorkingDay(in: .netherlands), "22 December: Christmas holiday")
        #expect(!day("2026-07-21").isWorkingDay(in: .belgium) && day("2026-09-01").isWorkingDay(in: .belgium))
        #expect(!day("2026-11-11").isWorkingDay(in: .belgium) && day("2026-11-11").isWorkingDay(in: .netherlands))
        #expect(!day("2026-04-27").isWorkingDay(in: .netherlands) && day("2026-04-27").isWorkingDay(in: .belgium), "King's Day")
        #expect(!day("2026-05-01").isWorkingDay(in: .belgium) && day("2026-05-01").isWorkingDay(in: .netherlands), "Labour Day: Belgium only")
    }

    @Test func aSingleTraineePractisesBothRolesBesideATrainer() {
        let plan = TrainingPlan(trainees: 3, institutions: ["A", "B", "C"], rota: .round)
        #expect(plan.practice.count == 6)
        #expect(plan.practice.map { "\($0.institution)\($0.number) \($0.moderator.map(String.init) ?? "T")/\($0.coModerator.map(String.init) ?? "T")" }
            == ["A1 T/1", "B1 T/1", "C1 T/1", "A2 1/T", "B2 1/T", "C2 1/T"])
        let separate = TrainingPlan(trainees: 5, institutions: ["A", "B"], rota: .separate)
        #expect(separate.practice.count == 10 && separate.institutions.map(\.trainees) == [3, 2])
    }
}
