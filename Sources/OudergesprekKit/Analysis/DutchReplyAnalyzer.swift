/// The Dutch reply analyser: the language-independent `MarkerEngine` with the Dutch lexicon.
public struct DutchReplyAnalyzer: ReplyAnalyzer {
  /// Compiled once per process, on first use.
  static let engine = compile(.dutch)
  /// The Dutch lexicon with every rule twice, for `scripts/benchmark-analyser` only: the findings are the same,
  /// and the speed shows whether the engine's cost grows with the number of patterns.
  static let doubledEngine: MarkerEngine = {
    var lexicon = LanguageLexicon.dutch
    lexicon.rules += lexicon.rules
    return compile(lexicon)
  }()

  private let doubled: Bool
  private let usesModel: Bool

  /// The analyser; `doublingTheLexicon` is for measuring the engine, not for use. Without `usingModel` it gives
  /// the rules' findings alone, as the model learns from them (`oudergesprek leer`).
  public init(doublingTheLexicon: Bool = false, usingModel: Bool = true) {
    doubled = doublingTheLexicon
    usesModel = usingModel
  }

  public func analyze(_ reply: String) -> ReplyAnalysis {
    let rules = doubled ? Self.doubledEngine.analyze(reply) : Self.engine.analyze(reply)
    return usesModel ? DutchMarkerModel.shipped.correct(rules) : rules
  }

  private static func compile(_ lexicon: LanguageLexicon) -> MarkerEngine {
    do {
      return try MarkerEngine(lexicon: lexicon)
    } catch {
      fatalError("Dutch lexicon does not compile: \(error)")
    }
  }
}
