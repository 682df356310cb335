import OudergesprekKit
import Testing

/// Every rule of the Dutch lexicon carries its own examples and counter-examples; one generic test runs them all,
/// as swift-format pairs each rule with its test cases.
@Suite("Voorbeelden per regel")
struct CueRuleExampleTests {
  static let analyzer = DutchReplyAnalyzer()

  /// One rule with examples, named by its target and first pattern.
  struct Case: Sendable, CustomTestStringConvertible {
    var rule: CueRule
    var testDescription: String { "\(rule.target): \(rule.patterns.first ?? "")" }
  }

  static let cases: [Case] = LanguageLexicon.dutch.rules
    .filter { !$0.examples.isEmpty || !$0.counterExamples.isEmpty }
    .map { Case(rule: $0) }

  /// Whether the analysis of `text` shows what `target` stands for; nil for targets a reply cannot show alone.
  static func shows(_ target: CueTarget, in text: String) -> Bool? {
    let analysis = analyzer.analyze(text)
    switch target {
    case .marker(let marker): return analysis.markers.contains(marker)
    case .part(let part): return analysis.iMessageParts.contains(part)
    case .imperative, .praise, .steer, .statement: return nil
    }
  }

  @Test("in elk voorbeeld staat de marker van de regel, in geen tegenvoorbeeld", arguments: cases)
  func examples(_ testCase: Case) throws {
    let rule = testCase.rule
    #expect(rule.examples.count >= 3, "een regel met voorbeelden heeft er minstens drie")
    for example in rule.examples {
      let shown = try #require(Self.shows(rule.target, in: example), "doel zonder eigen marker")
      #expect(shown, "\(example)")
    }
    for counter in rule.counterExamples {
      let shown = try #require(Self.shows(rule.target, in: counter), "doel zonder eigen marker")
      #expect(!shown, "\(counter)")
    }
  }

  @Test("de regels met voorbeelden zijn er: minstens de zinsvormen van issue 12")
  func coverage() {
    #expect(Self.cases.count >= 8)
  }
}
