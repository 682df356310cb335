/// The judged ending of a conversation, as it is stored in the transcript under `ending`.
public struct EndingAssessment: Sendable, Equatable, Codable {
  /// `vroeg` or `op-tijd`.
  public var kind: EndingKind
  /// Each criterion with `id`, `met`, points and Dutch `feedback`.
  public var criteria: [EndingCriterion]
  /// The total, 0–100.
  public var score: Int
  /// How the parent took the ending; nil while the teacher is still closing.
  public var reaction: ParentClosingReaction?
  /// Whether the parent protested once before the end.
  public var protested: Bool
  /// The teacher's turn count when the ending started (the replies before the closing words).
  public var startedAtTurn: Int

  public init(
    kind: EndingKind, criteria: [EndingCriterion], reaction: ParentClosingReaction? = nil, protested: Bool = false,
    startedAtTurn: Int
  ) {
    self.kind = kind
    self.criteria = criteria
    self.score = criteria.reduce(0) { $0 + $1.points }
    self.reaction = reaction
    self.protested = protested
    self.startedAtTurn = startedAtTurn
  }

  /// The judged criterion with this id, if it is part of this kind of ending.
  public func criterion(_ id: EndingCriterion.ID) -> EndingCriterion? {
    criteria.first { $0.id == id.rawValue }
  }
}
