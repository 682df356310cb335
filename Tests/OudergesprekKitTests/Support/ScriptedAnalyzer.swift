import OudergesprekKit

/// An analyser for tests: each reply is given the markers the test names, so engine tests do not
/// depend on the Dutch analyser. A reply it does not know gets no markers.
struct ScriptedAnalyzer: ReplyAnalyzer {
  var markers: [String: [Marker]]

  init(_ markers: [String: [Marker]]) {
    self.markers = markers
  }

  func analyze(_ reply: String) -> ReplyAnalysis {
    ReplyAnalysis(text: reply, markers: markers[reply] ?? [])
  }
}
