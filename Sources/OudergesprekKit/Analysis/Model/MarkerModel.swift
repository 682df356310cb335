/// A linear model per marker over the features of a reply: a reply carries a marker when its score is above zero.
/// It learns from labelled replies which words, word pairs and rule hits go with a marker, and corrects the rules
/// where they generalise worse (`MarkerModel+Training`); its weights ship as a data file (`DutchMarkerModel`).
public struct MarkerModel: Sendable {
  /// The feature names, one per row of `rows`, kept as byte ranges of a text: only training and `weights` read
  /// them, so a process that only scores builds no String per feature.
  let names: FeatureNames
  /// The row number of each feature, by the hash of its name (`FeatureKey`).
  let rowOfKey: FeatureRows
  /// One weight per marker for every feature, in `Marker.allCases` order, the rows one after another.
  let rows: [Float]
  static let width = Marker.allCases.count

  /// For each feature name: one weight per marker, in `Marker.allCases` order.
  public var weights: [String: [Float]] {
    var weights: [String: [Float]] = [:]
    weights.reserveCapacity(names.count)
    for row in 0..<names.count {
      let name = names[row]
      guard rowOfKey[FeatureKey.hash(name)] == row else { continue }
      weights[name] = Array(rows[row * Self.width..<(row + 1) * Self.width])
    }
    return weights
  }

  public init(weights: [String: [Float]] = [:]) {
    var names: [String] = []
    names.reserveCapacity(weights.count)
    var rowOfKey = FeatureRows(minimumCapacity: weights.count)
    var rows: [Float] = []
    rows.reserveCapacity(weights.count * Self.width)
    for (key, row) in weights {
      rowOfKey[FeatureKey.hash(key)] = names.count
      names.append(key)
      rows += row
    }
    self.init(names: FeatureNames(names), rowOfKey: rowOfKey, rows: rows)
  }

  /// A model from its rows as they are: `rowOfKey` maps a name's hash to its row in `names` and `rows`.
  init(names: FeatureNames, rowOfKey: FeatureRows, rows: [Float]) {
    self.names = names
    self.rowOfKey = rowOfKey
    self.rows = rows
  }

  /// The score of every marker, in `Marker.allCases` order.
  public func scores(_ features: ReplyFeatures) -> [Float] {
    var scores = [Float](repeating: 0, count: Self.width)
    for key in features.keys {
      guard let row = rowOfKey[key] else { continue }
      let start = row * Self.width
      for index in 0..<Self.width { scores[index] += rows[start + index] }
    }
    return scores
  }

  /// The reply's words that count most for `marker`: the word features with the largest positive weight,
  /// strongest first (ties in the reply's order), at most `limit`.
  public func decidingWords(for marker: Marker, in features: ReplyFeatures, limit: Int = 3) -> [String] {
    guard let column = Marker.allCases.firstIndex(of: marker) else { return [] }
    var best: [(words: String, weight: Float)] = []
    for (feature, key) in features.keys.enumerated() {
      guard let row = rowOfKey[key], case let weight = rows[row * Self.width + column], weight > 0,
        let words = features.words(of: feature)
      else { continue }
      if let known = best.firstIndex(where: { $0.words == words }) {
        best[known].weight = max(best[known].weight, weight)
      } else {
        best.append((words, weight))
      }
    }
    let ranked = best.enumerated().sorted { lhs, rhs in
      lhs.element.weight != rhs.element.weight ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
    }
    return ranked.prefix(limit).map(\.element.words)
  }
}

extension MarkerModel: Equatable {
  public static func == (lhs: MarkerModel, rhs: MarkerModel) -> Bool { lhs.weights == rhs.weights }
}
