/// The colleague's view and the analyser's side by side.
extension TogetherRenderer {
  /// The colleague's view and the analyser's side by side, and where they differ by two points or more.
  public func comparison(_ review: ScoreComparison?) -> String {
    guard let review else { return "" }
    let who = roles.ouder.label
    let width = AssessmentCriterion.allCases.map(\.label.count).max() ?? 0
    var lines = [style.bold("De \(who) en de analyser naast elkaar")]
    lines.append("  " + pad("onderdeel", width) + "  " + pad(who, 8) + "  analyser")
    for row in review.rows {
      var line = "  " + pad(row.criterion.label, width) + "  " + pad(row.colleague.map(String.init) ?? "-", 8) + "  "
      line += pad(row.analyser.map(String.init) ?? "-", 8)
      if row.differs { line += style.color(.yellow, "  ← verschil van \(abs(row.difference ?? 0))") }
      lines.append(line.trimmingTrailingSpaces())
    }
    let explained = review.rows.filter { $0.analyserExplanation != nil }
    if !explained.isEmpty {
      lines.append("Wat de analyser telde:")
      for row in explained { lines.append("  \(row.criterion.label): \(row.analyserExplanation!)") }
    }
    if let comment = review.comment { lines.append("Opmerking van de \(who): \"\(safe(comment))\"") }
    if review.differences.isEmpty {
      lines.append(
        review.rows.contains { $0.difference != nil }
          ? "Jullie zien het ongeveer hetzelfde als de analyser." : "Geen cijfers van de \(who) om te vergelijken.")
    } else {
      lines.append(style.bold("Om samen over te praten"))
      for row in review.differences {
        let higher =
          (row.difference ?? 0) > 0 ? "De \(who) zag meer dan de analyser" : "De analyser zag meer dan de \(who)"
        lines.append(
          TextWrap.wrap(
            "- \(row.criterion.label): \(who) \(row.colleague!), analyser \(row.analyser!). \(higher): "
              + "welk moment in het gesprek maakt het verschil?", indent: "  "))
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
