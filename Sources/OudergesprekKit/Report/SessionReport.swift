import Foundation

/// The report of one session as Markdown: preparation, self-assessment beside the analysis, feedback with the
/// emotion chart, reflection questions, a draft gespreksverslag, and the conversation itself.
public struct SessionReport: Sendable {
  public let review: SessionReview
  /// The scenario, for the parent's name and the reason of the conversation; nil when it cannot be found.
  public let scenario: Scenario?
  public let ending: EndingDetails?
  public let timeZone: TimeZone

  public init(transcript: Transcript, scenario: Scenario?, ending: EndingDetails? = nil, timeZone: TimeZone = .current)
  {
    self.review = SessionReview(transcript)
    self.scenario = scenario
    self.ending = ending
    self.timeZone = timeZone
  }

  var transcript: Transcript { review.transcript }

  /// The whole report; without the conversation itself when `includingConversation` is false (for the terminal,
  /// right after the trainee had it).
  public func markdown(includingConversation: Bool = true) -> String {
    var sections = [header()]
    if let preparation = transcript.preparation, !preparation.isEmpty { sections.append(self.preparation(preparation)) }
    sections.append(assessment())
    sections.append(feedback())
    sections.append(reflection())
    sections.append(ConversationMinutes(transcript: transcript, scenario: scenario, timeZone: timeZone).markdown())
    if includingConversation { sections.append(conversation()) }
    return sections.joined(separator: "\n\n") + "\n"
  }

  func header() -> String {
    var lines = ["# Verslag oefengesprek: \(safe(transcript.scenarioTitle))", ""]
    lines.append("- Datum: \(ReportFormat.date(transcript.startedAt, timeZone: timeZone))")
    lines.append("- Scenario: \(safe(transcript.scenario)) (seed \(transcript.seed))")
    lines.append("- Afloop: \(transcript.outcome?.sentence ?? "Het gesprek is niet afgerond.")")
    return lines.joined(separator: "\n")
  }

  func preparation(_ preparation: Preparation) -> String {
    var lines = ["## Voorbereiding", ""]
    for answer in preparation.answers {
      lines.append("- **\(answer.question.label):** \(safe(answer.text))")
    }
    if let comment = preparation.openingComment {
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

  func feedback() -> String {
    var lines = ["## Terugkoppeling", ""]
    let replies = review.replies
    lines.append("### Gespreksmarkers")
    lines.append("")
    if review.markerCounts.isEmpty {
      lines.append("Er zijn geen gespreksmarkers herkend.")
    } else {
      for (marker, count) in review.markerCounts { lines.append("- \(marker.dutchName): \(count)×") }
    }

    lines += ["", "### Ik-boodschappen", ""]
    if review.iMessages.isEmpty {
      lines.append(
        "Je gebruikte geen ik-boodschap. Een ik-boodschap noemt het gedrag, het gevolg en je eigen gevoel.")
    }
    for reply in review.iMessages {
      let kind =
        reply.isCompleteIMessage ? "compleet" : reply.markers.contains(.ikBoodschap) ? "ik-boodschap" : "aanzet"
      var line = "- Beurt \(reply.number) (\(kind)): \(ReportFormat.quote(reply.text))"
      line += " Delen: \(reply.parts.map(\.rawValue).joined(separator: ", "))."
      if !reply.missingParts.isEmpty { line += " Mist: \(reply.missingParts.map(\.rawValue).joined(separator: ", "))." }
      lines.append(line)
    }

    lines += ["", "### Actief luisteren", ""]
    if let share = review.listeningShare {
      let count = replies.filter(\.listens).count
      lines.append(
        "`\(TextChart.bar(share))` \(ReportFormat.percent(share)): \(count) van je \(replies.count) antwoord\(replies.count == 1 ? "" : "en") luisterde actief (gevoelsreflectie, parafrase, samenvatting, open vraag of aanmoediging)."
      )
    } else {
      lines.append("Je gaf geen antwoorden.")
    }

    lines += ["", "### Blokkades", ""]
    if review.blockades.isEmpty {
      lines.append("Je gebruikte geen blokkades en geen jij-boodschappen. Sterk.")
    }
    for (reply, marker) in review.blockades {
      lines.append("- Beurt \(reply.number): \(ReportFormat.quote(reply.text))")
      let advice =
        marker == .jijBoodschap
        ? "Een jij-boodschap legt de schuld bij de ander; de ouder gaat zich verdedigen."
        : ReplyFeedback.blockadeAdvice[marker] ?? ""
      lines.append("  - Wat het is: \(marker.dutchName). \(advice)")
      if let parent = reply.parentBefore {
        lines.append(
          "  - De ouder zei net (\(safe(parent.emotion.name)), \(parent.emotion.intensity)/10): \(ReportFormat.quote(parent.text))"
        )
      }
      let better = BlockadeAlternative.suggestion(
        instead: marker, parentIntensity: reply.parentBefore?.emotion.intensity)
      lines.append("  - Beter in deze situatie: “\(better)”")
    }

    lines += ["", "### Emotie van de ouder", ""]
    let curve = review.emotionCurve
    lines.append("Intensiteit (0 rustig, 10 heftig) bij de start (s) en na elk antwoord:")
    lines.append("")
    lines.append("```")
    lines.append(TextChart.intensity(curve.map(\.intensity)))
    lines.append("```")
    lines.append("")
    lines.append("Verloop: " + compressed(curve).joined(separator: " → "))

    lines += ["", "### Afronding", ""]
    let closing = review.view(on: .afronding)
    lines.append("\(transcript.outcome?.sentence ?? "Het gesprek is niet afgerond.") Score: \(review.closingScore)/5.")
    lines.append("Waarop gelet is: \(closing.reason)" + (closing.reason.hasSuffix(".") ? "" : "."))
    if let ending {
      lines.append("")
      for field in ending.fields {
        lines.append("- \(field.key.isEmpty ? "afronding" : safe(field.key)): \(safe(field.value))")
      }
    }

    let withdrawn = review.withdrawnReplies
    if !withdrawn.isEmpty {
      lines += ["", "### Teruggenomen met /opnieuw", ""]
      for turn in withdrawn {
        lines.append(
          "- \(ReportFormat.quote(turn.text)) (\((turn.markers ?? []).map(\.dutchName).joined(separator: ", ")))")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The emotion's course with repeated states folded: `gespannen (6) → boos (8) → …`.
  private func compressed(_ curve: [EmotionSnapshot]) -> [String] {
    var result: [String] = []
    var previous: EmotionSnapshot?
    for point in curve where point != previous {
      result.append("\(safe(point.name)) (\(point.intensity))")
      previous = point
    }
    return result
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
