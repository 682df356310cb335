import OudergesprekKit
import Testing

@Suite("Collega en analyser naast elkaar")
struct ScoreComparisonTests {
  private let analyser = [
    CriterionScore(criterion: .ikBoodschappen, score: 2, explanation: "1 half"),
    CriterionScore(criterion: .luisteren, score: 4, explanation: "3 van 4"),
    CriterionScore(criterion: .blokkadesVermeden, score: 5, explanation: "0 blokkades"),
    CriterionScore(criterion: .afronding, score: 1, explanation: "geen afrondende zet"),
  ]

  @Test("een verschil van 2 of meer punten is een gespreksonderwerp, 1 punt niet")
  func differences() {
    let comparison = ScoreComparison(
      colleague: [.ikBoodschappen: 4, .luisteren: 3, .blokkadesVermeden: 2], analyser: analyser)
    #expect(comparison.differences.map(\.criterion) == [.ikBoodschappen, .blokkadesVermeden])
    #expect(comparison.rows.map(\.difference) == [2, -1, -3, nil])
  }

  @Test("een overgeslagen onderdeel telt niet als verschil")
  func skipped() {
    let comparison = ScoreComparison(colleague: [:], analyser: analyser)
    #expect(comparison.differences.isEmpty)
    #expect(comparison.rows.map(\.analyser) == [2, 4, 5, 1])
  }

  @Test("de vergelijking toont beide cijfers en de verschillen om over te praten")
  func rendered() {
    let renderer = TogetherRenderer(
      scenario: TogetherFixtures.mother, style: .plain, roles: SessionRoles())
    let text = renderer.comparison(
      ScoreComparison(colleague: [.ikBoodschappen: 5, .luisteren: 4], analyser: analyser, comment: "Mooi"))
    #expect(text.contains("ik-boodschappen     5         2"))
    #expect(text.contains("verschil van 3"))
    #expect(text.contains("Om samen over te praten"))
    #expect(text.contains("\"Mooi\""))
    #expect(!text.contains("luisteren: collega"))
  }
}
