/// The Dutch reply analyser: the language-independent `MarkerEngine` with the Dutch lexicon.
public struct DutchReplyAnalyzer: ReplyAnalyzer {
  /// Compiled once per process; compiling the lexicon takes a few milliseconds.
  static let engine: MarkerEngine = {
    do {
      return try MarkerEngine(lexicon: .dutch)
    } catch {
      fatalError("Dutch lexicon does not compile: \(error)")
    }
  }()

  public init() {}

  public func analyze(_ reply: String) -> ReplyAnalysis {
    Self.engine.analyze(reply)
  }
}
