import Foundation

/// The report of one session as Markdown: preparation, self-assessment beside the analysis, feedback with the
/// emotion chart, reflection questions, a draft gespreksverslag, and the conversation itself.
public struct SessionReport: Sendable {
  public let review: SessionReview
  /// The scenario, for the parent's name and the reason of the conversation; nil when it cannot be found.
  public let scenario: Scenario?
  /// The time zone of the date in the report; nil: the system's local time.
  public let timeZone: TimeZone?

  public init(transcript: Transcript, scenario: Scenario?, timeZone: TimeZone? = nil) {
    self.review = SessionReview(transcript)
    self.scenario = scenario
    self.timeZone = timeZone
  }

  var transcript: Transcript { review.transcript }

  /// The whole report; without the conversation itself when `includingConversation` is false (for the terminal,
  /// right after the trainee had it).
  public func markdown(includingConversation: Bool = true) -> String {
    var sections = [header()]
    if let preparation = transcript.preparation, !preparation.isEmpty { sections.append(self.preparation(preparation)) }
    // With a colleague (`samen`), the colleague's scores stand beside the analysis instead of the trainee's own.
    sections.append(transcript.review.map(colleague) ?? assessment())
    sections.append(feedback())
    if let findings = storyFindings() { sections.append(findings) }
    sections.append(reflection())
    sections.append(ConversationMinutes(transcript: transcript, scenario: scenario, timeZone: timeZone).markdown())
    if includingConversation { sections.append(conversation()) }
    return sections.joined(separator: "\n\n") + "\n"
  }

  func header() -> String {
    var lines = ["# Verslag oefengesprek: \(safe(transcript.scenarioTitle))", ""]
    lines.append("- Datum: \(ReportFormat.date(transcript.startedAt, timeZone: timeZone))")
    lines.append("- Scenario: \(safe(transcript.scenario)) (seed \(transcript.seed))")
    lines.append(
      "- Afloop: \(transcript.outcome?.sentence(after: transcript.ending) ?? "Het gesprek is niet afgerond.")")
    return lines.joined(separator: "\n")
  }

  func preparation(_ preparation: Preparation) -> String {
    var lines = ["## Voorbereiding", ""]
    for answer in preparation.answers {
      lines.append("- **\(answer.question.label):** \(safe(answer.text))")
    }
    // In a conversation the teacher opens (bad news), the opening is judged as an opening.
    let opening = scenario?.teacherOpens == true ? preparation.answer(.opening) : nil
    let openingComment = opening.map {
      OpeningCheck(ReplyAnalysis(text: $0, markers: preparation.openingMarkers ?? [], iMessageParts: [])).comment
    }
    if let comment = openingComment ?? preparation.openingComment {
      lines.append("")
      lines.append("Over je openingszin: \(safe(comment))")
    }
    return lines.joined(separator: "\n")
  }

  func assessment() -> String {
    var lines = ["## Jouw beoordeling naast de analyse", ""]
    let own = transcript.selfAssessment
    if own == nil || own?.scores.isEmpty == true {
      lines.append("Je hebt jezelf deze keer geen scores gegeven.")
      lines.append("")
    }
    lines.append("| Criterium | Jij | Analyse | Waarop de analyse let |")
    lines.append("|---|---|---|---|")
    for criterion in AssessmentCriterion.allCases {
      let view = review.view(on: criterion)
      let mine = own?.score(criterion).map { "\($0)/5" } ?? "–"
      let theirs = view.score.map { "\($0)/5" } ?? "–"
      lines.append("| \(criterion.label) | \(mine) | \(theirs) | \(view.reason) |")
    }
    let differences = AssessmentCriterion.allCases.compactMap { criterion -> String? in
      guard let mine = own?.score(criterion), let theirs = review.view(on: criterion).score, abs(mine - theirs) >= 2
      else { return nil }
      return mine > theirs
        ? "Bij \(criterion.label) schat jij jezelf hoger in dan de analyse: kijk hieronder waar dat aan ligt."
        : "Bij \(criterion.label) ben je strenger voor jezelf dan de analyse: je deed het beter dan je denkt."
    }
    if !differences.isEmpty {
      lines.append("")
      lines += differences
    }
    return lines.joined(separator: "\n")
  }

  func reflection() -> String {
    var lines = ["## Reflectie", ""]
    for (index, question) in ReflectionQuestions.all.enumerated() { lines.append("\(index + 1). \(question)") }
    return lines.joined(separator: "\n")
  }

  func conversation() -> String {
    var lines = ["## Het gesprek", ""]
    let parent = scenario.map { safe($0.parent.name) } ?? "Ouder"
    let student = scenario?.student.map { safe($0.name) } ?? "Leerling"
    for turn in transcript.turns {
      let who: String
      switch turn.speaker {
      case .ouder: who = "\(parent) [\(safe(turn.emotion.name)) \(turn.emotion.intensity)/10]"
      case .docent: who = "Jij"
      case .leerling: who = student
      }
      var line = "- **\(who):** \(safe(turn.text))"
      if !turn.counts { line = "- ~~\(who): \(safe(turn.text))~~ (teruggenomen)" }
      if turn.speaker == .docent, turn.counts, let markers = turn.markers, !markers.isEmpty {
        line += " _(\(markers.map(\.dutchName).joined(separator: ", ")))_"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  func safe(_ text: String) -> String { TerminalText.neutralize(text) }
}
