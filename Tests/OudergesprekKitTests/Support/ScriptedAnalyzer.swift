import OudergesprekKit

/// An analyser for tests: each reply is given the markers the test names, so engine tests do not
/// depend on the Dutch analyser. A reply it does not know gets no markers.
struct ScriptedAnalyzer: ReplyAnalyzer {
  var markers: [String: [Marker]]
  /// The ik-boodschap parts of a reply, for tests that need them.
  var parts: [String: [IMessagePart]]

  init(_ markers: [String: [Marker]], parts: [String: [IMessagePart]] = [:]) {
    self.markers = markers
    self.parts = parts
  }

  func analyze(_ reply: String) -> ReplyAnalysis {
    ReplyAnalysis(text: reply, markers: markers[reply] ?? [], iMessageParts: parts[reply] ?? [])
  }
}
