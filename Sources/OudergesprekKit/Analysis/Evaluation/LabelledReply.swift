/// One line of a labelled set (`labels<TAB>reply`): the reply and the markers and parts it should get.
public struct LabelledReply: Sendable, Equatable {
  /// The line number in the file, from 1.
  public var line: Int
  /// The reply.
  public var text: String
  /// The markers it should get.
  public var markers: Set<Marker>
  /// The ik-boodschap parts it should get.
  public var parts: Set<IMessagePart>

  public init(line: Int, text: String, markers: Set<Marker>, parts: Set<IMessagePart>) {
    self.line = line
    self.text = text
    self.markers = markers
    self.parts = parts
  }

  /// The labels written the way the file writes them: `ik-boodschap(gedrag+gevoel),open-vraag`, or `-`.
  public static func labels(markers: Set<Marker>, parts: Set<IMessagePart>) -> String {
    var labels: [String] = []
    let partList = parts.sorted().map(\.rawValue).joined(separator: "+")
    for marker in markers.sorted() {
      labels.append(marker == .ikBoodschap && !parts.isEmpty ? "ik-boodschap(\(partList))" : marker.rawValue)
    }
    if !markers.contains(.ikBoodschap) && !parts.isEmpty { labels.insert("ik-delen(\(partList))", at: 0) }
    return labels.isEmpty ? "-" : labels.joined(separator: ",")
  }
}
