extension SessionReport {
  /// For a session with a colleague: the colleague's scores beside the analysis, and the differences to talk about.
  func colleague(_ review: ScoreComparison) -> String {
    var lines = ["## De collega naast de analyse", ""]
    lines.append("| Criterium | Collega | Analyse | Waarop de analyse let |")
    lines.append("|---|---|---|---|")
    for row in review.rows {
      let colleague = row.colleague.map { "\($0)/5" } ?? "–"
      let analyser = row.analyser.map { "\($0)/5" } ?? "–"
      lines.append("| \(row.criterion.label) | \(colleague) | \(analyser) | \(row.analyserExplanation ?? "") |")
    }
    if let comment = review.comment { lines += ["", "Opmerking van de collega: \"\(safe(comment))\""] }
    let differences = review.differences.map { row in
      "Bij \(row.criterion.label) geeft de collega \(row.colleague!) en de analyse \(row.analyser!): "
        + "welk moment in het gesprek maakt het verschil?"
    }
    if !differences.isEmpty { lines += [""] + differences }
    return lines.joined(separator: "\n")
  }
}
