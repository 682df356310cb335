/// What the analyser found in one reply: the markers, the ik-boodschap parts, and the evidence for each.
public struct ReplyAnalysis: Sendable, Equatable, Codable {
  /// The reply as the teacher typed it.
  public var text: String
  /// The markers found, unique, in contract order.
  public var markers: [Marker]
  /// The ik-boodschap parts found, also when they do not make a full ik-boodschap.
  public var iMessageParts: [IMessagePart]
  /// For each marker or part found: the words that show it and a short Dutch explanation.
  public var evidence: [MarkerEvidence]

  public init(
    text: String, markers: [Marker] = [], iMessageParts: [IMessagePart] = [], evidence: [MarkerEvidence] = []
  ) {
    self.text = text
    self.markers = Array(Set(markers)).sorted()
    self.iMessageParts = Array(Set(iMessageParts)).sorted()
    self.evidence = evidence
  }

  /// The markers as a set, for matching.
  public var markerSet: Set<Marker> { Set(markers) }

  /// The blockades found.
  public var blockades: [Marker] { markers.filter(\.isBlockade) }

  /// Whether the reply carries at least one listening marker.
  public var listens: Bool { markers.contains { $0.family == .luisteren } }

  /// The ik-boodschap parts still missing: all three when the reply has none.
  public var missingIMessageParts: [IMessagePart] {
    IMessagePart.allCases.filter { !iMessageParts.contains($0) }
  }
}

/// The words in a reply that show a marker or an ik-boodschap part, with a Dutch explanation.
public struct MarkerEvidence: Sendable, Equatable, Codable {
  /// The marker this evidence is for; nil when it is for a part only.
  public var marker: Marker?
  /// The ik-boodschap part this evidence is for, if any.
  public var part: IMessagePart?
  /// The words of the reply that show it.
  public var words: String
  /// A short Dutch explanation for the teacher.
  public var explanation: String

  public init(marker: Marker? = nil, part: IMessagePart? = nil, words: String, explanation: String) {
    self.marker = marker
    self.part = part
    self.words = words
    self.explanation = explanation
  }
}
