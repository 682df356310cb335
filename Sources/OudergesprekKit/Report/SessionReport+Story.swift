/// "Wat je te weten kwam": what the teacher found out of the parent's story, and what not.
extension SessionReport {
  /// The section, or nil for a session without a story (an old scenario or transcript).
  func storyFindings() -> String? {
    guard let story = scenario?.story, let found = transcript.keyFactsFound else { return nil }
    var lines = ["## Wat je te weten kwam", ""]
    let foundIDs = Set(found.map(\.id))
    lines.append(
      "Kern gevonden: \(foundIDs.count) van \(story.keyFacts.count)"
        + (foundIDs.count == story.keyFacts.count ? ": je weet wat er speelt." : "."))
    lines.append("")
    for fact in story.keyFacts {
      if let hit = found.first(where: { $0.id == fact.id }) {
        lines.append(
          "- Gevonden (beurt \(hit.turn)): \(safe(fact.fact)) Geopend met: \(ReportFormat.quote(hit.question))")
      } else {
        lines.append(
          "- Niet gevonden: \(safe(fact.fact)) Een vraag die het had kunnen openen: \(ReportFormat.quote(fact.question))"
        )
      }
    }
    if !story.schoolPoints.isEmpty {
      lines += ["", "Wat school moest aankaarten:", ""]
      let raised = transcript.schoolPointsRaised ?? []
      for point in story.schoolPoints {
        guard let hit = raised.first(where: { $0.id == point.id }) else {
          lines.append("- Niet genoemd: \(safe(point.point))")
          continue
        }
        let manner =
          switch hit.manner {
          case .ikBoodschap: "als ik-boodschap"
          case .jijBoodschap: "als jij-boodschap: de ouder hoorde een verwijt; zeg wat je ziet en wat het met je doet"
          case .neutraal: "zonder ik-boodschap"
          }
        lines.append("- Genoemd (beurt \(hit.turn)), \(manner): \(safe(point.point))")
      }
    }
    let asked = transcript.parentQuestions ?? []
    let pronoun = scenario?.parent.subjectPronoun ?? "de ouder"
    if !asked.isEmpty {
      lines += ["", "Vragen van de ouder:", ""]
      for question in asked {
        guard let text = story.questions.first(where: { $0.id == question.id })?.question else { continue }
        // Answered in the turn it is recorded at: the teacher answered it before she asked it.
        if question.answeredAtTurn == question.turn {
          lines.append("- \(ReportFormat.quote(text)): al beantwoord in beurt \(question.turn), voordat ze het vroeg")
          continue
        }
        let answer =
          question.answeredAtTurn.map { "beantwoord in beurt \($0)" }
          ?? "niet beantwoord\(question.timesIgnored > 0 ? " (\(pronoun) vroeg het opnieuw)" : "")"
        lines.append("- \(ReportFormat.quote(text)) (gesteld na beurt \(question.turn)): \(answer)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
