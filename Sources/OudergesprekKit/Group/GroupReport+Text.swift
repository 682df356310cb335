import Foundation

extension GroupReport {
  /// The overview as text for the terminal, or (`markdown`) as a Markdown document to print or share.
  public func rendered(markdown: Bool, timeZone: TimeZone = .current) -> String {
    var out = GroupText(markdown: markdown, timeZone: timeZone)
    guard let total else {
      out.line("Geen gesprekken gevonden.")
      out.skippedFiles(skipped)
      return out.text
    }
    let scenarios = byScenario
    out.title(
      "Groepsoverzicht: \(GroupText.count(total.sessions, "gesprek", "gesprekken")), "
        + "\(GroupText.count(traineeCount, "cursist", "cursisten")), "
        + GroupText.count(scenarios.count, "scenario", "scenario's"))
    if sessions.contains(where: { $0.trainee == nil }) {
      out.line("Gesprekken zonder naam staan onder \(Self.unnamed).")
    }
    if !skipped.isEmpty {
      out.line("\(GroupText.count(skipped.count, "bestand", "bestanden")) overgeslagen, zie onderaan.")
    }

    out.heading("Per scenario")
    for (scenario, title, summary) in scenarios {
      out.subheading("\(GroupText.safe(scenario)): \(GroupText.safe(title))")
      out.summary(summary)
    }

    out.heading("Per cursist, oud → nieuw")
    for (trainee, sessions, summary) in byTrainee {
      out.subheading(trainee.map(GroupText.safe) ?? Self.unnamed)
      out.summary(summary)
      out.timeline(sessions)
    }

    out.heading("Waar de groep het vaakst blokkeerde")
    let moments = blockedMoments()
    if moments.isEmpty { out.line("Geen blokkades of jij-boodschappen in deze gesprekken.") }
    for (index, moment) in moments.enumerated() { out.moment(moment, number: index + 1) }
    out.skippedFiles(skipped)
    return out.text
  }
}

/// Builds the text of the group overview line by line, plain or as Markdown.
struct GroupText {
  let markdown: Bool
  let timeZone: TimeZone
  private var lines: [String] = []

  init(markdown: Bool, timeZone: TimeZone) {
    self.markdown = markdown
    self.timeZone = timeZone
  }

  var text: String { lines.joined(separator: "\n") }

  mutating func line(_ text: String) { lines.append(text) }

  mutating func title(_ text: String) {
    lines += [markdown ? "# " + text : text, ""]
  }

  mutating func heading(_ text: String) {
    lines += ["", markdown ? "## " + text : "== " + text + " ==", ""]
  }

  mutating func subheading(_ text: String) {
    if lines.last != "" { lines.append("") }
    lines += markdown ? ["### " + text, ""] : [text]
  }

  /// A figure: `label  value`, aligned on the terminal, a list item in Markdown.
  mutating func figure(_ label: String, _ value: String) {
    lines.append(
      markdown ? "- **\(label)**: \(value)" : "  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value)
  }

  mutating func summary(_ summary: GroupSummary) {
    let perSession = { (value: Int) in GroupText.number(Double(value) / Double(summary.sessions)) }
    figure(
      "gesprekken",
      "\(summary.sessions)" + (summary.together > 0 ? " (\(summary.together) samen met een collega)" : ""))
    figure("uitkomst", Self.outcomes(summary.outcomes))
    if summary.keyFactsTotal > 0 {
      let share = Double(summary.keyFactsFound) / Double(summary.keyFactsTotal)
      figure(
        "kernfeiten gevonden", "\(summary.keyFactsFound) van \(summary.keyFactsTotal) (\(ReportFormat.percent(share)))")
    }
    figure(
      "actief luisteren",
      summary.listeningShare.map { ReportFormat.percent($0) + " van de antwoorden (gemiddeld per gesprek)" }
        ?? "geen antwoorden")
    figure(
      "complete ik-boodschappen", "\(summary.completeIMessages) (\(perSession(summary.completeIMessages)) per gesprek)")
    let kinds = summary.blockadesByKind.filter { $0.marker.isBlockade }.map { "\($0.marker.dutchName) \($0.count)" }
    let blaming = summary.blockades[.jijBoodschap] ?? 0
    figure(
      "blokkades",
      "\(summary.blockadeCount) (\(perSession(summary.blockadeCount)) per gesprek)"
        + (kinds.isEmpty ? "" : ": " + kinds.joined(separator: " · "))
        + (blaming > 0 ? "; jij-boodschappen \(blaming)" : ""))
    var closing = GroupText.number(summary.closing) + "/5 gemiddeld"
    if let ending = summary.endingScore {
      closing +=
        "; afsluiting \(GroupText.number(ending.rounded()))/100 (\(GroupText.count(summary.endingScored, "gesprek", "gesprekken")))"
    }
    figure("afronding", closing)
    if summary.colleagueScored > 0 {
      let scores = AssessmentCriterion.allCases.compactMap { criterion in
        summary.colleague[criterion].map { "\(criterion.label) \(GroupText.number($0))" }
      }
      figure(
        "cijfers van de collega",
        scores.joined(separator: " · ") + " (1–5, \(GroupText.count(summary.colleagueScored, "gesprek", "gesprekken")))"
      )
    }
  }

  /// The sessions of one trainee, oldest first: a table in Markdown, aligned rows on the terminal.
  mutating func timeline(_ sessions: [GroupSession]) {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "nl_NL")
    formatter.timeZone = timeZone
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    if markdown {
      lines += [
        "", "| Datum | Scenario | Uitkomst | Kernfeiten | Luisteren | Ik-boodschappen | Blokkades | Afronding |",
        "|---|---|---|---|---|---|---|---|",
      ]
    } else {
      lines.append("  over de tijd:")
    }
    for session in sessions {
      let cells = [
        formatter.string(from: session.startedAt), GroupText.safe(session.scenario),
        session.outcome.map(Self.outcomeLabel) ?? Self.unfinished,
        session.keyFactsTotal.map { "\(session.keyFactsFound ?? 0)/\($0)" } ?? "–",
        session.listeningShare.map(ReportFormat.percent) ?? "–", String(session.completeIMessages),
        String(session.blockadeCount), "\(session.closing)/5",
      ]
      if markdown {
        lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
      } else {
        lines.append(
          "    \(cells[0])  \(cells[1])  \(cells[2]); kern \(cells[3]), luisteren \(cells[4]), ik \(cells[5]), blokkades \(cells[6]), afronding \(cells[7])"
        )
      }
    }
  }

  mutating func moment(_ moment: BlockedMoment, number: Int) {
    let share =
      "\(moment.blocked) van de \(GroupText.count(moment.answered, "antwoord", "antwoorden")) "
      + (moment.blocked == 1 ? "was" : "waren") + " een blokkade of jij-boodschap"
    let who = GroupText.count(moment.trainees, "cursist", "cursisten")
    if lines.last != "" { lines.append("") }
    lines.append(
      "\(number). \(GroupText.safe(moment.scenario)), de ouder (\(moment.parentIntensity)/10): \(ReportFormat.quote(moment.parentLine))"
    )
    let indent = markdown ? "   - " : "   "
    lines.append(indent + "\(share) (\(who)).")
    lines.append(
      indent
        + "Het vaakst: \(moment.mostUsed.dutchName) (\(moment.mostUsedCount)×), bijvoorbeeld \(ReportFormat.quote(moment.example))"
    )
    lines.append(indent + "Beter in deze situatie: “\(moment.alternative)”")
  }

  mutating func skippedFiles(_ skipped: [GroupReport.Skipped]) {
    guard !skipped.isEmpty else { return }
    heading("Overgeslagen bestanden (\(skipped.count))")
    for file in skipped {
      lines.append((markdown ? "- " : "  ") + "\(GroupText.safe(file.path)): \(file.reason)")
    }
  }

  static let unfinished = "niet afgerond"

  static func outcomeLabel(_ outcome: ConversationOutcome) -> String {
    switch outcome {
    case .opgelost: "opgelost"
    case .geescaleerd: "geëscaleerd"
    case .gestopt: "gestopt"
    case .tijdOm: "tijd om"
    }
  }

  static func outcomes(_ counts: [ConversationOutcome?: Int]) -> String {
    let order: [ConversationOutcome?] = ConversationOutcome.allCases.map(Optional.some) + [nil]
    return order.compactMap { outcome in
      counts[outcome].map { "\(outcome.map(outcomeLabel) ?? unfinished) \($0)" }
    }.joined(separator: " · ")
  }

  static func count(_ value: Int, _ one: String, _ many: String) -> String {
    "\(value) \(value == 1 ? one : many)"
  }

  /// `2` or `1,5`, the Dutch way.
  static func number(_ value: Double) -> String { ProgressReport.number((value * 10).rounded() / 10) }

  /// Text from a file, safe for one line on the terminal and in Markdown.
  static func safe(_ text: String) -> String { TerminalText.neutralize(text) }
}
