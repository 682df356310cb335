extension SessionReport {
  /// The automatic feedback: markers, ik-boodschappen, listening, blockades, the emotion chart and the ending.
  func feedback() -> String {
    var lines = ["## Terugkoppeling", ""]
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
    let counts = review.counts
    if let share = counts.listeningShare {
      lines.append(
        "`\(TextChart.bar(share))` \(ReportFormat.percent(share)): \(counts.listening) van je \(counts.replies) antwoord\(counts.replies == 1 ? "" : "en") in het gesprek luisterde actief (gevoelsreflectie, parafrase, samenvatting, open vraag of aanmoediging); je slotwoorden staan bij de afronding."
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
        ? "Dit is een jij-boodschap; die legt de schuld bij de ander, en de ouder gaat zich verdedigen."
        : marker.knowledge.advice ?? "Dit is \(marker.dutchName)."
      lines.append("  - Wat het is: \(advice)")
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
    var curve = review.emotionCurve
    // When the teacher opened (bad news), the parent said nothing before: her start is the scenario's.
    if transcript.turns.first(where: \.counts)?.speaker == .docent, let model = scenario?.emotions,
      let start = model.state(model.start)
    {
      curve.insert(EmotionSnapshot(start), at: 0)
    }
    lines.append(
      "Intensiteit (0 rustig, 10 heftig) bij de start (s) en na elk antwoord in het gesprek (de afsluiting niet):")
    lines.append("")
    lines.append("```")
    lines.append(TextChart.intensity(curve.map(\.intensity)))
    lines.append("```")
    lines.append("")
    lines.append("Verloop: " + compressed(curve).joined(separator: " → "))

    lines += ["", "### Afronding", ""]
    lines += closingLines()

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

  /// The ending: the judged closing (`/stop` or time up) when there was one, else what the last replies did.
  private func closingLines() -> [String] {
    var lines = [transcript.outcome?.sentence(after: transcript.ending) ?? "Het gesprek is niet afgerond."]
    if let ending = transcript.ending {
      lines.append(
        "Je afsluiting (\(ending.kind.label)): \(ending.score)/100, op de schaal van 1 tot 5: \(review.closingScore).")
      lines.append("")
      let words = review.closingReplies
      lines.append(words.isEmpty ? "Je slotwoorden: geen." : "Je slotwoorden:")
      for reply in words {
        let markers = reply.markers.isEmpty ? "" : " _(\(reply.markers.map(\.dutchName).joined(separator: ", ")))_"
        lines.append("- \(ReportFormat.quote(reply.text))\(markers)")
      }
      lines.append("")
      for criterion in ending.criteria {
        let label = EndingCriterion.ID(rawValue: criterion.id)?.label ?? criterion.id
        lines.append(
          "- [\(criterion.met ? "x" : " ")] \(label) (\(criterion.points)/\(criterion.maxPoints)): \(safe(criterion.feedback))"
        )
      }
      if ending.protested { lines.append("- De ouder protesteerde tijdens je afsluiting.") }
    } else {
      let closing = review.view(on: .afronding)
      lines.append(
        "Score: \(review.closingScore)/5. Waarop gelet is: \(closing.reason)"
          + (closing.reason.hasSuffix(".") ? "" : "."))
    }
    if let early = transcript.earlyEnding {
      lines.append("")
      lines.append("Vroegtijdig afronden: \(safe(early.judgement))")
    }
    return lines
  }
}
