/// Recognises Gordon's markers in one teacher reply. The one interface the rest of the kit depends on.
public protocol ReplyAnalyzer: Sendable {
  /// Analyses one reply (one turn of the teacher, possibly several sentences).
  func analyze(_ reply: String) -> ReplyAnalysis
}
