extension MarkerModel {
  /// How the model is trained and applied: passes over the examples, the fewest examples a feature must occur in
  /// to be learned, the margin by which a score must be right before the weights stop moving, and how far below
  /// zero a marker's score must fall before the model may drop a marker the rules found.
  public struct Setting: Sendable, Equatable {
    public var epochs: Int
    public var minimumCount: Int
    public var margin: Double
    /// A rule hit is dropped only when the model's score for it is below `-ruleKeep`: a rule declared with its
    /// examples is not overruled by a few words that happened to go with other labels.
    public var ruleKeep: Float

    public init(epochs: Int = 10, minimumCount: Int = 1, margin: Double = 0, ruleKeep: Float = 0) {
      self.epochs = epochs
      self.minimumCount = minimumCount
      self.margin = margin
      self.ruleKeep = ruleKeep
    }

    /// The setting of the shipped model: the one with the best leave-one-set-out macro-F1 that keeps the rule
    /// hits of every declared example.
    public static let shipped = Setting(ruleKeep: 1)
  }
}
