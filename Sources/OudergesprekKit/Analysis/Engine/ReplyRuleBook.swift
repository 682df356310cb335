/// A marker made from other findings: `jij-boodschap := oordeel ∧ onderwerp(ander) ∧ ¬gebiedend`.
public struct Combination: Sendable, CustomStringConvertible {
  /// Where a combination is judged and which words are its evidence.
  public enum Scope: Sendable {
    /// Per sentence; the evidence runs from the other person to the judgement.
    case sentence
    /// Per reply; the evidence is the number of questions.
    case questionCount
    /// Per reply; the evidence is the ik-boodschap parts.
    case parts
  }

  /// The marker it makes.
  public var marker: Marker
  /// When it holds.
  public var condition: ReplyCondition
  /// Where it is judged.
  public var scope: Scope
  /// Dutch explanation shown with the finding.
  public var explanation: String
  /// Replies that show the marker, and replies that do not (at least two of each).
  public var examples: [String]
  public var counterExamples: [String]

  /// A combination with its examples.
  public init(
    _ marker: Marker, when condition: ReplyCondition, scope: Scope, explanation: String, examples: [String],
    counterExamples: [String]
  ) {
    self.marker = marker
    self.condition = condition
    self.scope = scope
    self.explanation = explanation
    self.examples = examples
    self.counterExamples = counterExamples
  }

  /// The rule in the notation of the rule book.
  public var description: String { "\(marker.rawValue) := \(condition)" }
}

/// Markers a reply does not show when a condition holds: `vragen>=3 => verberg open-vraag, aanmoediging`.
public struct Suppression: Sendable, CustomStringConvertible {
  /// When it holds (over the whole reply).
  public var condition: ReplyCondition
  /// The markers it hides.
  public var hides: [Marker]
  /// Replies where it hides a marker, and replies where a hidden marker stays (at least two of each).
  public var examples: [String]
  public var counterExamples: [String]

  /// A suppression with its examples.
  public init(_ condition: ReplyCondition, hides: [Marker], examples: [String], counterExamples: [String]) {
    self.condition = condition
    self.hides = hides
    self.examples = examples
    self.counterExamples = counterExamples
  }

  /// The rule in the notation of the rule book.
  public var description: String { "\(condition) => verberg \(hides.map(\.rawValue).joined(separator: ", "))" }
}

/// The combination and suppression rules of one language, in the order they apply.
public struct ReplyRuleBook: Sendable, CustomStringConvertible {
  /// Sentence combinations apply per sentence, reply combinations after the last sentence, in this order.
  public var combinations: [Combination]
  /// Applied after the reply combinations; a hidden marker is left out of the findings.
  public var suppressions: [Suppression]

  /// A rule book.
  public init(combinations: [Combination], suppressions: [Suppression]) {
    self.combinations = combinations
    self.suppressions = suppressions
  }

  /// The combinations judged per sentence.
  public var sentenceCombinations: [Combination] { combinations.filter { $0.scope == .sentence } }
  /// The combinations judged over the whole reply.
  public var replyCombinations: [Combination] { combinations.filter { $0.scope != .sentence } }

  /// All rules, one a line.
  public var description: String {
    (combinations.map(\.description) + suppressions.map(\.description)).joined(separator: "\n")
  }
}
