extension MarkerModel {
  /// One labelled reply as the model learns from it: its features and the markers it should carry. A reply of a
  /// labelled set is judged on every marker; a rule's example or counter-example only on the rule's marker.
  public struct Example: Sendable {
    public var features: ReplyFeatures
    public var markers: Set<Marker>
    /// The markers this example says something about; nil for all of them.
    public var judged: Set<Marker>?

    public init(features: ReplyFeatures, markers: Set<Marker>, judged: Set<Marker>? = nil) {
      self.features = features
      self.markers = markers
      self.judged = judged
    }
  }

  /// An averaged perceptron per marker, trained on `examples` for `epochs` passes in an order shuffled by
  /// `seed`: the same examples and seed give the same weights. Weights are rounded to two decimals and those
  /// below `minimumWeight` dropped, so the shipped file stays small. Two settings keep the model from learning
  /// one reply by heart: a feature seen in fewer than `minimumCount` examples is not learned, and a marker's
  /// weights also move when its score is right by less than `margin`.
  public static func train(
    _ examples: [Example], epochs: Int = 10, seed: UInt64 = 1, minimumWeight: Float = 0.1,
    minimumCount: Int = 1, margin: Double = 0
  ) -> MarkerModel {
    let markers = Marker.allCases
    var counts: [String: Int] = [:]
    for example in examples {
      for key in Set(example.features.keyStrings) { counts[key, default: 0] += 1 }
    }
    var ids: [String: Int] = [:]
    var keys: [String] = []
    let encoded: [[Int]] = examples.map { example in
      example.features.keyStrings.compactMap { key in
        if let id = ids[key] { return id }
        guard counts[key, default: 0] >= minimumCount else { return nil }
        ids[key] = keys.count
        keys.append(key)
        return keys.count - 1
      }
    }
    let width = markers.count
    var weights = [Double](repeating: 0, count: keys.count * width)
    var sums = [Double](repeating: 0, count: keys.count * width)
    var counter = 1.0
    var generator = SeededGenerator(seed: seed)
    var order = Array(examples.indices)
    for _ in 0..<epochs {
      // Fisher-Yates with the project's own generator: the same order on every platform and Swift version.
      for position in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(position, generator.next(below: position + 1))
      }
      for index in order {
        let features = encoded[index]
        for (column, marker) in markers.enumerated() {
          if let judged = examples[index].judged, !judged.contains(marker) { continue }
          let wanted: Double = examples[index].markers.contains(marker) ? 1 : -1
          var score = 0.0
          for feature in features { score += weights[feature * width + column] }
          guard wanted * score <= margin else { continue }
          for feature in features {
            weights[feature * width + column] += wanted
            sums[feature * width + column] += wanted * counter
          }
        }
        counter += 1
      }
    }
    var trained: [String: [Float]] = [:]
    for (id, key) in keys.enumerated() {
      let row = (0..<width).map { column -> Float in
        let averaged = weights[id * width + column] - sums[id * width + column] / counter
        let rounded = Float((averaged * 100).rounded() / 100)
        return abs(rounded) < minimumWeight ? 0 : rounded
      }
      if row.contains(where: { $0 != 0 }) { trained[key] = row }
    }
    return MarkerModel(weights: trained)
  }
}
