extension Marker {
  /// A short Dutch name for the marker, for feedback and reports (from `MarkerKnowledge`).
  public var dutchName: String { knowledge.name }
}
