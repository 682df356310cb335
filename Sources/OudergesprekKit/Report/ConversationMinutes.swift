import Foundation

/// A draft gespreksverslag as a school files it: date, participants, reason, who asked, what was discussed,
/// agreements and follow-up. Places the trainee must fill in are marked `[...]`.
public struct ConversationMinutes: Sendable {
  public let transcript: Transcript
  public let scenario: Scenario?
  /// The time zone of the date in the report; nil: the system's local time.
  public let timeZone: TimeZone?

  public init(transcript: Transcript, scenario: Scenario?, timeZone: TimeZone? = nil) {
    self.transcript = transcript
    self.scenario = scenario
    self.timeZone = timeZone
  }

  /// The draft as Markdown.
  public func markdown() -> String {
    let review = SessionReview(transcript)
    let preparation = transcript.preparation
    var lines = ["## Concept-gespreksverslag", ""]
    lines.append("_Een concept: controleer het, vul de plekken tussen [ ] aan en laat de ouder het lezen._")
    lines.append("")
    lines.append("- **Datum:** \(ReportFormat.date(transcript.startedAt, timeZone: timeZone))")
    lines.append("- **Aanwezig:** \(participants())")
    if let scenario {
      lines.append(
        "- **Aanleiding:** \(scenario.kind.label). \(safe(scenario.briefing.situation))")
      lines.append("- **Gesprek aangevraagd door:** \(requester(scenario.initiator))")
    } else {
      lines.append("- **Aanleiding:** [aanleiding]")
      lines.append("- **Gesprek aangevraagd door:** [school, ouder of leerling]")
    }
    lines.append("- **Besproken:**")
    if let goal = preparation?.answer(.doel) ?? scenario?.briefing.goal {
      lines.append("  - Doel van het gesprek: \(safe(goal))")
    }
    if let story = scenario?.story, let found = transcript.keyFactsFound {
      // With a story: what was found out and raised, in the third person, as a school files it.
      for fact in story.keyFacts where found.contains(where: { $0.id == fact.id }) {
        lines.append("  - \(safe(fact.fact))")
      }
      for point in story.schoolPoints where (transcript.schoolPointsRaised ?? []).contains(where: { $0.id == point.id })
      {
        lines.append("  - Vanuit school besproken: \(safe(point.point))")
      }
      if found.isEmpty {
        lines.append("  - [Wat is er met \(studentName) aan de hand? Dat is in dit gesprek niet duidelijk geworden.]")
      }
    } else {
      for line in discussed() { lines.append("  - De ouder gaf aan: \(ReportFormat.quote(line))") }
    }
    let parentPoints = review.allReplies.filter {
      $0.markers.contains(.parafrase) || $0.markers.contains(.samenvatting)
    }
    for reply in parentPoints.suffix(2) {
      lines.append("  - Samengevat door de docent: \(ReportFormat.quote(reply.text))")
    }
    lines.append("- **Afspraken:**")
    // Only real agreements: a proposal the parent accepted (with a story: she reached 'opgelost' or accepted the close).
    let accepted =
      transcript.keyFactsFound == nil || transcript.outcome == .opgelost || transcript.ending?.reaction == .accepteert
    let agreements = accepted ? review.allReplies.filter { $0.markers.contains(.vervolgafspraak) } : []
    if agreements.isEmpty {
      lines.append("  - [Nog geen concrete afspraak gemaakt; vul aan: wie doet wat, wanneer.]")
    } else {
      let who =
        transcript.keyFactsFound == nil
        ? "" : "Voorgesteld door de \(scenario?.role.rawValue ?? "docent") en aanvaard door de ouder: "
      for reply in agreements { lines.append("  - \(who)\(ReportFormat.quote(reply.text))") }
    }
    lines.append("- **Vervolg (wie, wat, wanneer):**")
    let student = scenario?.student.map { safe($0.name) } ?? "de leerling"
    let involved = preparation?.answer(.leerling).map { " (voorbereid: \(safe($0)))" } ?? ""
    lines.append("  - Terugkoppeling aan \(student)\(involved): [wie, wanneer]")
    lines.append("  - Terugkoppeling aan collega's (mentor, teamleider, zorgcoördinator): [wie, wanneer]")
    let moment = preparation?.answer(.moment).map { " (de ouder kan: \(safe($0)))" } ?? ""
    lines.append("  - Contact met de ouder\(moment): [vervolgafspraak, datum]")
    return lines.joined(separator: "\n")
  }

  private func participants() -> String {
    guard let scenario else { return "[docent], [ouder]" }
    var people = ["[jouw naam] (\(scenario.role.rawValue))"]
    var parent = "\(safe(scenario.parent.name)) (\(safe(scenario.parent.relation))"
    if let student = scenario.student { parent += " van \(safe(student.name)), \(safe(student.group))" }
    people.append(parent + ")")
    if let student = scenario.student, student.present { people.append("\(safe(student.name)) (leerling)") }
    return people.joined(separator: ", ")
  }

  private func requester(_ initiator: Initiator) -> String {
    switch initiator {
    case .school: "school (\(scenario?.role.rawValue ?? "docent"))"
    case .ouder: "de ouder"
    case .leerling: "de leerling"
    }
  }

  /// What the parent brought in: the line with which each new emotion state began, at most five.
  private func discussed() -> [String] {
    var lines: [String] = []
    var previous: String?
    for turn in transcript.turns where turn.speaker == .ouder && turn.counts {
      if turn.emotion.state != previous { lines.append(turn.text) }
      previous = turn.emotion.state
    }
    return Array(lines.prefix(5))
  }

  private var studentName: String { scenario?.student.map { safe($0.name) } ?? "de leerling" }

  private func safe(_ text: String) -> String { TerminalText.neutralize(text) }
}
