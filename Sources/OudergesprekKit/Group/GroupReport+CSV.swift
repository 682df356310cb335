import Foundation

extension GroupReport {
  /// The columns of `--csv`, in order (documented in the README).
  public static let csvColumns: [String] =
    [
      "bestand", "naam", "scenario", "scenario_titel", "vorm", "begonnen", "beeindigd", "uitkomst", "antwoorden",
      "kernfeiten_gevonden", "kernfeiten_totaal", "actief_luisteren", "complete_ik_boodschappen", "blokkades",
      "jij_boodschappen",
    ] + blockadeKinds.map { "blokkade_" + $0.id } + ["afronding", "afsluiting_score"]
    + AssessmentCriterion.allCases.map { "collega_" + $0.rawValue.replacingOccurrences(of: "-", with: "_") }

  /// Gordon's twelve blockades, in contract order.
  static let blockadeKinds = Marker.allCases.filter(\.isBlockade)

  /// One row per session, oldest first, after a header: comma-separated, RFC 4180 quoting, numbers with a point.
  public func csv() -> String {
    var lines = [Self.csvColumns.joined(separator: ",")]
    let dates = ISO8601DateFormatter()
    for session in sessions {
      var cells: [String] = [
        session.path, session.trainee ?? "", session.scenario, session.scenarioTitle, session.mode,
        dates.string(from: session.startedAt), session.endedAt.map(dates.string) ?? "",
        session.outcome?.rawValue ?? "", String(session.replies),
        session.keyFactsFound.map(String.init) ?? "", session.keyFactsTotal.map(String.init) ?? "",
        session.listeningShare.map { String(format: "%.3f", $0) } ?? "", String(session.completeIMessages),
        String(session.blockadeCount), String(session.blockades[.jijBoodschap] ?? 0),
      ]
      cells += Self.blockadeKinds.map { String(session.blockades[$0] ?? 0) }
      cells += [String(session.closing), session.endingScore.map(String.init) ?? ""]
      cells += AssessmentCriterion.allCases.map { session.colleague[$0].map(String.init) ?? "" }
      lines.append(cells.map(Self.csvCell).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A cell quoted when needed; text that a spreadsheet would run as a formula gets a leading `'`.
  static func csvCell(_ text: String) -> String {
    var cell = text
    if let first = cell.first, "=+-@".contains(first), Double(cell) == nil { cell = "'" + cell }
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
