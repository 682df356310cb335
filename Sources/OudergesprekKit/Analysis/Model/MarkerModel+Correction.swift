extension MarkerModel {
  /// The families the model decides. Listening and closing stay as the rules find them: there the rules already
  /// generalise (F1 0.90-0.97 on sets not tuned on) and the model, measured leaving one set out, added little and
  /// dropped real open questions.
  static let decided: Set<MarkerFamily> = [.ikBoodschap, .jijBoodschap, .blokkade]
  /// Per marker, in `Marker.allCases` order: whether the model decides it (its family is in `decided`).
  private static let decidedColumns = Marker.allCases.map { decided.contains($0.family) }

  /// Markers that cannot stand beside others (labels.md): an ik-boodschap is without blame, so not beside a
  /// jij-boodschap, criticism or a label. No labelled reply of the project has them together.
  static let excluded: [(Marker, Set<Marker>)] = [(.ikBoodschap, [.jijBoodschap, .bekritiseren, .etiketteren])]

  /// The rules' findings corrected by the model: a marker is added when its score is above zero; a marker the
  /// rules found is dropped only when its score is below `-ruleKeep` (a model without weights changes nothing). A
  /// kept marker keeps the rules' evidence; an added one names the reply's words that decided.
  public func correct(_ rules: ReplyAnalysis, ruleKeep: Float = Setting.shipped.ruleKeep) -> ReplyAnalysis {
    guard !names.isEmpty else { return rules }
    let features = ReplyFeatures(text: rules.text, rules: rules)
    let scores = scores(features)
    var markers: [Marker] = []
    for (column, marker) in Marker.inOrder.enumerated() {
      let byRules = rules.markers.contains(marker)
      let kept = Self.decidedColumns[column] ? scores[column] > (byRules ? -ruleKeep : 0) : byRules
      if kept { markers.append(marker) }
    }
    for (marker, excluders) in Self.excluded where markers.contains(where: excluders.contains) {
      markers.removeAll { $0 == marker }
    }
    guard markers != rules.markers else { return rules }
    var evidence = rules.evidence.filter { item in item.marker.map(markers.contains) ?? true }
    for marker in markers where !rules.markers.contains(marker) {
      let words = decidingWords(for: marker, in: features)
      guard !words.isEmpty else { continue }
      evidence.append(
        MarkerEvidence(
          marker: marker, words: words.joined(separator: " … "),
          explanation: "Zo klinkt \(marker.dutchName) in de gelabelde voorbeelden waarvan het model leerde."))
    }
    return ReplyAnalysis(text: rules.text, markers: markers, iMessageParts: rules.iMessageParts, evidence: evidence)
  }
}
