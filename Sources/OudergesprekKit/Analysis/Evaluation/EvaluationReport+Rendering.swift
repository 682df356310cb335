import Foundation

extension EvaluationReport {
  /// The Dutch report for `analyseer --evalueer`: a table per marker, part and family, macro-F1, the misses.
  public func rendered(showMisses: Bool = true) -> String {
    var lines: [String] = []
    func row(_ name: String, _ score: EvaluationScore) -> String {
      let cells = [
        name.padding(toLength: 24, withPad: " ", startingAt: 0),
        String(format: "%9.2f %9.2f %6.2f %7d", score.precision, score.recall, score.f1, score.support),
      ]
      return cells.joined()
    }
    let header = "".padding(toLength: 24, withPad: " ", startingAt: 0) + "precisie    recall     F1  aantal"
    lines.append("\(replyCount) antwoorden, \(replyCount - misses.count) helemaal goed (\(percent(exactShare))).")
    lines.append("")
    lines.append("Per familie:")
    lines.append(header)
    for family in MarkerFamily.allCases { lines.append(row(family.rawValue, families[family] ?? EvaluationScore())) }
    lines.append("")
    lines.append("Per marker:")
    lines.append(header)
    for marker in Marker.allCases {
      let score = markers[marker] ?? EvaluationScore()
      lines.append(row(marker.rawValue, score) + (score.occurs ? "" : "  (komt niet voor)"))
    }
    lines.append("")
    lines.append("Delen van de ik-boodschap:")
    lines.append(header)
    for part in IMessagePart.allCases { lines.append(row(part.rawValue, parts[part] ?? EvaluationScore())) }
    lines.append("")
    lines.append(String(format: "Macro-F1 over de markers: %.3f", macroF1))
    if showMisses && !misses.isEmpty {
      lines.append("")
      lines.append("Fout herkend (\(misses.count)):")
      for miss in misses {
        let expected = LabelledReply.labels(markers: miss.reply.markers, parts: miss.reply.parts)
        let found = LabelledReply.labels(markers: miss.analysis.markerSet, parts: Set(miss.analysis.iMessageParts))
        lines.append("  regel \(miss.reply.line): \(miss.reply.text)")
        lines.append("    verwacht: \(expected)")
        lines.append("    gevonden: \(found)")
      }
    }
    return lines.joined(separator: "\n")
  }

  private func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
}
