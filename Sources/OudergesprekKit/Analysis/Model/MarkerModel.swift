/// A linear model per marker over the features of a reply: a reply carries a marker when its score is above zero.
/// It learns from labelled replies which words, word pairs and rule hits go with a marker, and corrects the rules
/// where they generalise worse (`MarkerModel+Training`); its weights ship as a data file (`DutchMarkerModel`).
public struct MarkerModel: Sendable, Equatable {
  /// For each feature key: one weight per marker, in `Marker.allCases` order.
  public var weights: [String: [Float]]

  public init(weights: [String: [Float]] = [:]) {
    self.weights = weights
  }

  /// The score of every marker, in `Marker.allCases` order.
  public func scores(_ features: ReplyFeatures) -> [Float] {
    var scores = [Float](repeating: 0, count: Marker.allCases.count)
    for feature in features.features {
      guard let row = weights[feature.key] else { continue }
      for index in row.indices { scores[index] += row[index] }
    }
    return scores
  }

  /// The reply's words that count most for `marker`: the features with the largest positive weight, strongest
  /// first, at most `limit`, without rule hits (they have no words of their own).
  public func decidingWords(for marker: Marker, in features: ReplyFeatures, limit: Int = 3) -> [String] {
    guard let index = Marker.allCases.firstIndex(of: marker) else { return [] }
    var best: [(words: String, weight: Float)] = []
    for feature in features.features {
      guard let words = feature.words, let weight = weights[feature.key]?[index], weight > 0 else { continue }
      if let known = best.firstIndex(where: { $0.words == words }) {
        best[known].weight = max(best[known].weight, weight)
      } else {
        best.append((words, weight))
      }
    }
    // Ties keep the reply's order, so the evidence reads the same on every run.
    let ranked = best.enumerated().sorted { lhs, rhs in
      lhs.element.weight != rhs.element.weight ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
    }
    return ranked.prefix(limit).map(\.element.words)
  }
}
