import Foundation

/// `oudergesprek voortgang`: the trainee's progress over all sessions, overall and per scenario, as small charts
/// and a sentence about what improved and what to practise next.
public struct ProgressReport: Sendable {
  /// The sessions with at least one reply, oldest first.
  public let sessions: [SessionMetrics]
  /// Sessions without a reply that counts, left out of the charts.
  public let skipped: Int

  /// The progress over `transcripts`, in any order.
  public init(_ transcripts: [Transcript]) {
    let metrics = transcripts.map(SessionMetrics.init)
    sessions = metrics.compactMap { $0 }.sorted { $0.startedAt < $1.startedAt }
    skipped = metrics.count - sessions.count
  }

  /// The most sessions a sparkline shows: the latest.
  static let chartWidth = 30

  /// The overview as text for the terminal.
  public func text() -> String {
    guard !sessions.isEmpty else {
      return "Nog geen gesprekken met antwoorden gevonden. Oefen eerst een gesprek met 'oudergesprek oefen'."
    }
    let scenarioCount = Set(sessions.map(\.scenario)).count
    var lines = [
      "Voortgang over \(sessions.count) gesprek\(sessions.count == 1 ? "" : "ken") (\(scenarioCount) scenario\(scenarioCount == 1 ? "" : "'s"))"
    ]
    if skipped > 0 {
      lines.append("(\(skipped) gesprek\(skipped == 1 ? "" : "ken") zonder antwoorden niet meegeteld)")
    }
    lines.append("")
    lines.append(
      "Alle gesprekken, oud → nieuw"
        + (sessions.count > Self.chartWidth ? " (grafiekjes: de laatste \(Self.chartWidth))" : ""))
    lines += charts(sessions, indent: "  ")
    lines.append("")
    lines.append(Self.sentence(sessions))
    var seen: [String] = []
    for session in sessions where !seen.contains(session.scenario) { seen.append(session.scenario) }
    if seen.count > 1 {
      lines.append("")
      lines.append("Per scenario")
      for id in seen {
        let group = sessions.filter { $0.scenario == id }
        lines.append("")
        lines.append(
          "  \(TerminalText.neutralize(id)) (\(group.count)×): \(TerminalText.neutralize(group[0].scenarioTitle))")
        lines += charts(group, indent: "    ")
      }
    }
    return lines.joined(separator: "\n")
  }

  private func charts(_ group: [SessionMetrics], indent: String) -> [String] {
    let listening = group.map(\.listeningShare)
    let iMessages = group.map { Double($0.completeIMessages) }
    let blockades = group.map { Double($0.blockades) }
    let closing = group.map { Double($0.closing) }
    func row(_ label: String, _ values: [Double], low: Double, high: Double, _ format: (Double) -> String) -> String {
      let spark = TextChart.sparkline(Array(values.suffix(Self.chartWidth)), low: low, high: high)
      let latest = values[values.count - 1]
      let span =
        values.count > 1
        ? "eerder gem. \(format(Self.mean(values.dropLast()))), laatst \(format(latest))" : format(latest)
      return indent + label.padding(toLength: 28, withPad: " ", startingAt: 0) + spark + "  " + span
    }
    let found = group.compactMap(\.keyFactShare)
    return (found.isEmpty ? [] : [row("kern gevonden", found, low: 0, high: 1) { ReportFormat.percent($0) }]) + [
      row("actief luisteren", listening, low: 0, high: 1) { ReportFormat.percent($0) },
      row("complete ik-boodschappen", iMessages, low: 0, high: max(3, iMessages.max() ?? 0)) { Self.number($0) },
      row("blokkades per gesprek", blockades, low: 0, high: max(3, blockades.max() ?? 0)) { Self.number($0) },
      row("afronding (1–5)", closing, low: 1, high: 5) { Self.number($0) + "/5" },
    ]
  }

  /// What improved (the latest session against the mean of the earlier ones) and what to practise next.
  static func sentence(_ sessions: [SessionMetrics]) -> String {
    guard let latest = sessions.last, sessions.count >= 2 else {
      return "Na nog een gesprek zie je hier wat er beter gaat. Oefen nu: " + next(sessions) + "."
    }
    let earlier = sessions.dropLast()
    var improved: [String] = []
    if latest.listeningShare > mean(earlier.map(\.listeningShare)) + 0.05 {
      improved.append("je luistert vaker actief")
    }
    if Double(latest.completeIMessages) > mean(earlier.map { Double($0.completeIMessages) }) {
      improved.append("je maakt meer complete ik-boodschappen")
    }
    if Double(latest.blockades) < mean(earlier.map { Double($0.blockades) }) {
      improved.append("je gebruikt minder blokkades")
    }
    if Double(latest.closing) > mean(earlier.map { Double($0.closing) }) { improved.append("je rondt beter af") }
    let text =
      improved.isEmpty
      ? "In je laatste gesprek zie ik nog geen vooruitgang ten opzichte van de gesprekken ervoor."
      : "Vooruitgang in je laatste gesprek: " + list(improved) + "."
    let recent = Array(sessions.suffix(max(1, sessions.count / 2)))
    return text + " Oefen nu: " + next(recent) + "."
  }

  static func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// `2` or `1,5`, the Dutch way.
  static func number(_ value: Double) -> String {
    value == value.rounded()
      ? String(Int(value)) : String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
  }

  private static func next(_ recent: [SessionMetrics]) -> String {
    let count = Double(recent.count)
    let blockades = Double(recent.map(\.blockades).reduce(0, +)) / count
    let listening = recent.map(\.listeningShare).reduce(0, +) / count
    let closing = Double(recent.map(\.closing).reduce(0, +)) / count
    let iMessages = Double(recent.map(\.completeIMessages).reduce(0, +)) / count
    if blockades >= 1 {
      var counts: [Marker: Int] = [:]
      for marker in recent.flatMap(\.blockadeMarkers) { counts[marker, default: 0] += 1 }
      let most = counts.max { $0.value != $1.value ? $0.value < $1.value : $1.key < $0.key }?.key
      return "blokkades vermijden" + (most.map { ", vooral \($0.dutchName)" } ?? "")
        + "; benoem eerst het gevoel van de ouder"
    }
    if listening < 0.5 { return "actief luisteren: benoem het gevoel, vat samen en stel open vragen" }
    if closing < 3 { return "de afronding: vat samen, maak een concrete vervolgafspraak en bedank de ouder" }
    if iMessages < 1 { return "een complete ik-boodschap: het gedrag, het gevolg voor jou of de klas, en je gevoel" }
    return "een moeilijker scenario (zie 'oudergesprek scenarios --moeilijkheid moeilijk')"
  }

  private static func list(_ items: [String]) -> String {
    items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + items.last!
  }
}
