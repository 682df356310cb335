extension MarkerKnowledge {
  /// One entry per marker, in contract order.
  public static let all: [MarkerKnowledge] = messages + listening + blockades + closing

  /// The entry of every marker, for lookup.
  static let byMarker: [Marker: MarkerKnowledge] = Dictionary(uniqueKeysWithValues: all.map { ($0.marker, $0) })
}

extension Marker {
  /// What the program tells a user about this marker.
  public var knowledge: MarkerKnowledge {
    guard let entry = MarkerKnowledge.byMarker[self] else {
      preconditionFailure("No MarkerKnowledge entry for marker \(id)")
    }
    return entry
  }
}
