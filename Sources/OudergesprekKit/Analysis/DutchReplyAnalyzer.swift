/// The Dutch reply analyser: the language-independent `MarkerEngine` with the Dutch lexicon.
public struct DutchReplyAnalyzer: ReplyAnalyzer {
  /// Made once per process, on first use, from the generated tables (`DutchCompiledTables`) when they read (and,
  /// in a debug build, are up to date with the Dutch data), else compiled from it.
  static let engine: MarkerEngine = {
    let lexicon = LanguageLexicon.dutch
    guard
      let compiled = CompiledTables.read(
        DutchCompiledTables.numbers, count: DutchCompiledTables.count, for: lexicon,
        checkingFingerprint: CompiledTables.checksFingerprint)
    else { return compile(lexicon) }
    do {
      return try MarkerEngine(lexicon: lexicon, compiled: compiled)
    } catch {
      fatalError("Dutch lexicon does not compile: \(error)")
    }
  }()

  /// The Swift source of the generated tables of the Dutch lexicon (`scripts/compile-analyser-tables`).
  public static func compiledTablesSource() throws -> String {
    CompiledTables.swiftSource(try CompiledTables.bytes(for: .dutch))
  }

  /// The Swift source of the compiled form of the shipped marker model (`scripts/compile-analyser-tables`).
  public static func compiledModelSource() -> String { DutchMarkerModel.compiledSource() }
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
