/// Counts of hits and misses for one marker, part or family, with precision, recall and F1.
public struct EvaluationScore: Sendable, Equatable {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0

  public init() {}

  /// Adds one reply: whether it should have it and whether it got it.
  public mutating func count(expected: Bool, found: Bool) {
    switch (expected, found) {
    case (true, true): truePositives += 1
    case (false, true): falsePositives += 1
    case (true, false): falseNegatives += 1
    case (false, false): break
    }
  }

  /// How many replies should have it.
  public var support: Int { truePositives + falseNegatives }
  /// Whether it occurs at all, in the labels or in the findings.
  public var occurs: Bool { truePositives + falsePositives + falseNegatives > 0 }

  public var precision: Double {
    truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
