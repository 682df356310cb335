import Testing

@testable import OudergesprekKit

@Suite("Collega en analyser naast elkaar")
struct ScoreComparisonTests {
  private let views: [AssessmentCriterion: SessionReview.CriterionView] = [
    .ikBoodschappen: .init(score: 2, reason: "1 aanzet"),
    .actiefLuisteren: .init(score: 4, reason: "75% luisterde actief"),
    .blokkadesVermeden: .init(score: 5, reason: "0 blokkades"),
    .emotioneleAfstand: .init(score: nil, reason: "de ouder werd niet heftig"),
    .afronding: .init(score: 1, reason: "geen afrondende stappen"),
  ]

  private func analyser(_ criterion: AssessmentCriterion) -> SessionReview.CriterionView {
    views[criterion]!
  }

  @Test("een verschil van 2 of meer punten is een gespreksonderwerp, 1 punt niet")
  func differences() {
    let comparison = ScoreComparison(
      colleague: [.ikBoodschappen: 4, .actiefLuisteren: 3, .blokkadesVermeden: 2, .emotioneleAfstand: 4],
      analyser: analyser)
    #expect(comparison.differences.map(\.criterion) == [.ikBoodschappen, .blokkadesVermeden])
    #expect(comparison.rows.map(\.difference) == [2, -1, -3, nil, nil])
  }

  @Test("een overgeslagen onderdeel telt niet als verschil")
  func skipped() {
    let comparison = ScoreComparison(colleague: [:], analyser: analyser)
    #expect(comparison.differences.isEmpty)
    #expect(comparison.rows.map(\.analyser) == [2, 4, 5, nil, 1])
  }

  @Test("de vergelijking toont beide cijfers en de verschillen om over te praten")
  func rendered() {
    let renderer = TogetherRenderer(
      scenario: TogetherFixtures.mother, style: .plain, roles: SessionRoles())
    let text = renderer.comparison(
      ScoreComparison(colleague: [.ikBoodschappen: 5, .actiefLuisteren: 4], analyser: analyser, comment: "Mooi"))
    #expect(text.contains("ik-boodschappen     5         2"))
    #expect(text.contains("verschil van 3"))
    #expect(text.contains("Om samen over te praten"))
    #expect(text.contains("\"Mooi\""))
    #expect(!text.contains("actief luisteren: collega"))
  }
}
