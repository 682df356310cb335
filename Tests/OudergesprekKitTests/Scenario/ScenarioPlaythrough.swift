import OudergesprekKit
import Testing

/// One teacher reply in a scripted playthrough, with the markers it is meant to carry.
struct ScriptedReply: Sendable {
  let text: String
  let markers: [Marker]

  init(_ text: String, _ markers: Marker...) {
    self.text = text
    self.markers = markers
  }
}

/// A scripted conversation with one library scenario: the replies and the end they must reach.
struct ScenarioPlaythrough: Sendable, CustomTestStringConvertible {
  enum Path: String, Sendable {
    case goed = "goede reacties"
    case blokkades
  }

  let scenario: String
  let path: Path
  let replies: [ScriptedReply]

  /// Where the path must end: resolved for good replies, escalated for blockades.
  var expected: ConversationOutcome { path == .goed ? .opgelost : .geescaleerd }

  var testDescription: String { "\(scenario), \(path.rawValue)" }
}

extension ScriptedAnalyzer {
  /// An analyser that returns the markers the script intends, so that a playthrough tests the scenario graph alone.
  init(_ replies: [ScriptedReply]) {
    self.init(Dictionary(replies.map { ($0.text, $0.markers) }, uniquingKeysWith: { first, _ in first }))
  }
}
